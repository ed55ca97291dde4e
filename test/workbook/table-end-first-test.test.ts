/**
 * labelKind turns ordinary names away with a cheap first test on the loose words (built from the trailer
 * word lists) before its full tests. The first test must never turn a label away: on names, on the
 * trailer labels clerks write (with and without diacritics, capitals, brackets, counts, date lines) and on
 * generated text, labelKind gives what the full tests alone give.
 */
import fc from "fast-check";
import { looseWords } from "../../src/rules/vocabulary/normalise";
import { LABEL_STARTS, labelKind, labelKindInFull, startsLikeLabel } from "../../src/workbook/read/table-end";

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Tống", "Tô", "Lưu", "Chu", "Văn", "Ngô", "Đỗ", "Kế", "Duyệt", "Thư", "Cộng", "Tổng"];
const MIDDLES = ["Văn", "Thị", "Ngọc", "Ý", "Hữu", ""];
const GIVENS = ["An", "Nhi", "Thúy", "Hòa", "Ký", "Tháng", "Năm", "Ngày", "Số", "Cộng"];
const LABELS = [
  "Tổng cộng: 46", "Tổng số 46 người", "Cộng", "Tổng", "tong cong 46", "TỔNG CỘNG", "Tổng cộng:", "Cộng: 12 lượt",
  "Người lập biểu", "Người lập", "Thủ trưởng đơn vị", "Hiệu trưởng", "KT. HIỆU TRƯỞNG", "TM. UBND", "T/M. Ban chỉ đạo",
  "(Ký, ghi rõ họ tên)", "[Ký tên]", "Ký", "Đã ký", "Xác nhận của thủ trưởng đơn vị", "Duyệt", "Văn thư", "Kế toán trưởng",
  "Kim Đồng, ngày 15 tháng 5 năm 2025", "…, ngày … tháng … năm …", "Ngày 01 tháng 12 năm 2025",
  "Ghi chú: số liệu đến 31/12", "Ghi chu", "Chú thích", "Lưu ý: không ghi tên", "Luu y:", "Lưu Ý Nhi",
];

const name = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLES), fc.constantFrom(...GIVENS))
  .map(([s, m, g]) => [s, m, g].filter((w) => w !== "").join(" "));
const decorated = fc
  .tuple(fc.constantFrom("", "(", "[", " ", "- ", "1. "), fc.constantFrom(...LABELS), fc.constantFrom("", ")", "]", ":", " 12", "."), fc.boolean(), fc.boolean())
  .map(([before, label, after, upper, plain]) => {
    let t = before + label + after;
    if (upper) t = t.toUpperCase();
    if (plain) t = t.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    return t;
  });
const pieces = fc
  .array(fc.constantFrom("tổng", "tong", "cộng", "ngày", "tháng", "năm", "ky", "ký", "tm", "t", "m", " ", ".", ",", ":", "(", "1", "An", "ghi", "chú", "lưu", "ý"), { maxLength: 8 })
  .map((a) => a.join(""));

/** Pieces that looseWords drops, breaks on, or leaves to its full definition (NFD marks, invisible characters). */
const oddPieces = fc
  .array(fc.constantFrom("t", "h", "a", "n", "g", "T", "Ạ", " ", "\u00ad", "\u200b", "\u0300", "-", "Ð", "ky", "tm", "nguoi", "lap"), { maxLength: 10 })
  .map((a) => a.join(""));

describe("table-end: the first test of labelKind", () => {
  test.each(LABELS)("%j: the first test lets it through", (label) => {
    expect(labelKind(label)).toBe(labelKindInFull(label));
  });

  test("names are turned away, and Tống Văn An is still a name", () => {
    expect(labelKind("Nguyễn Văn An")).toBeNull();
    expect(labelKind("Tống Văn An")).toBeNull();
    expect(labelKind("Lưu Ý Nhi")).toBeNull();
    expect(labelKind("Tổng cộng: 46")).toBe("totals");
  });

  test("on names, labels and generated text, the same kind as the full tests", () => {
    fc.assert(
      fc.property(fc.oneof(name, decorated, pieces, oddPieces), (t) => {
        expect(labelKind(t)).toBe(labelKindInFull(t));
      }),
      { numRuns: 5000 },
    );
  });

  test("the scan without building the loose words answers as its regexp over them", () => {
    for (const t of [...LABELS, "Nguyễn Văn An", "t m", "tm", "  Tổng", "x thang", "xthang", "a  thang", "a -thang", "thang", "ngày t tháng 5", "a th thang"]) {
      expect([t, startsLikeLabel(t)]).toEqual([t, LABEL_STARTS.test(looseWords(t))]);
    }
    fc.assert(
      fc.property(fc.oneof(name, decorated, pieces, oddPieces), (t) => {
        expect(startsLikeLabel(t)).toBe(LABEL_STARTS.test(looseWords(t)));
      }),
      { numRuns: 5000 },
    );
  });
});
