/** Phụ lục I — Phiếu tự đánh giá chỉ tiêu: the committee's text carried over, dvht's figures and level. */
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { claimDiffers } from "../../src/workbook/appendix/common";
import type { SheetModel } from "../../src/workbook/sheet-model";
import { allTexts, findRow, makeEvaluation, makeSelfAssessments, RULES, rowTexts, sheet, text } from "./appendix-fixture";

const models = buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES);
const m = sheet(models, "Phụ lục I");

/** The rows of one chỉ tiêu's block, from its heading to the blank row that ends it. */
function block(model: SheetModel, id: string): string[][] {
  const start = findRow(model, 0, new RegExp(`^Chỉ tiêu ${id.replace(".", "\\.")}: `));
  expect(start).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (let r = start; r < model.rows.length; r++) {
    // A block ends at a row with no cells at all (the plan table's empty row still has bordered cells).
    if (model.rows[r]!.every((c) => c === null)) break;
    rows.push(rowTexts(model, r));
  }
  return rows;
}

test("one block per chỉ tiêu, under its tiêu chí heading", () => {
  const headings = m.rows.map((r) => text(r[0])).filter((t) => /^(Tiêu chí \d|Chỉ tiêu \d)/.test(t)).map((t) => t.split(":")[0]);
  expect(headings).toEqual([
    "Tiêu chí 1", "Chỉ tiêu 1.1", "Chỉ tiêu 1.2", "Chỉ tiêu 1.3", "Chỉ tiêu 1.4", "Chỉ tiêu 1.5",
    "Tiêu chí 2", "Chỉ tiêu 2.1", "Chỉ tiêu 2.2", "Chỉ tiêu 2.3", "Chỉ tiêu 2.4", "Chỉ tiêu 2.5",
    "Tiêu chí 3", "Chỉ tiêu 3.1", "Chỉ tiêu 3.2", "Chỉ tiêu 3.3", "Chỉ tiêu 3.4", "Chỉ tiêu 3.5",
  ]);
});

test("heading is the rule's mức độ 1 wording", () => {
  const b = block(m, "2.5");
  expect(b[0]![0]).toBe(
    "Chỉ tiêu 2.5: Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.",
  );
  const r = findRow(m, 0, b[0]![0]!);
  expect(m.rows[r]![0]!.style).toMatchObject({ bold: true, wrap: true });
});

test("a. to đ. in order, with the committee's text and dvht's figures", () => {
  const b = block(m, "1.1").map((r) => r[0]);
  expect(b).toEqual([
    expect.stringMatching(/^Chỉ tiêu 1\.1: Ban hành kế hoạch hằng năm/),
    "a. Mô tả hiện trạng:",
    "Nhà trường ban hành Kế hoạch số 12/KH-THAT ngày 05/9/2025 về học tập thường xuyên; triển khai đến 100% CBGV-NV qua họp hội đồng và nhóm Zalo.",
    "Số liệu tính từ dữ liệu: Tổ đánh giá ghi “Đạt”, có minh chứng.",
    "Minh chứng: [H1-1.1-01] Kế hoạch 12/KH-THAT; [H1-1.1-02] Biên bản họp hội đồng",
    "Căn cứ: Điều 6 khoản 1 điểm a (theo Điều 7 khoản 1) Thông tư 24/2023/TT-BGDĐT",
    "b. Điểm mạnh:",
    "Điểm mạnh của chỉ tiêu 1.1.",
    "c. Tồn tại:",
    "Tồn tại của chỉ tiêu 1.1.",
    "d. Kế hoạch cải tiến:",
    "Nội dung",
    "Rà soát, bổ sung kế hoạch học tập thường xuyên vào đầu năm học 2026-2027.",
    "đ. Tự đánh giá: Đạt mức độ 2",
  ]);
});

test("the figures line of a share chỉ tiêu is the indicator's explanation", () => {
  expect(block(m, "2.3").map((r) => r[0])).toContain(
    "Số liệu tính từ dữ liệu: 42/45 Thành viên hoàn thành chương trình bồi dưỡng về chuyển đổi số trong năm.",
  );
});

test("kế hoạch cải tiến is a bordered table Nội dung | Người thực hiện | Thời gian with the plan in Nội dung", () => {
  const b = block(m, "2.4");
  const h = b.findIndex((r) => r[0] === "Nội dung");
  expect(b[h]).toEqual(["Nội dung", "Người thực hiện", "Thời gian"]);
  expect(b[h + 1]).toEqual(["Kế hoạch cải tiến chỉ tiêu 2.4 trong năm 2026.", "", ""]);
  const r = findRow(m, 0, "Kế hoạch cải tiến chỉ tiêu 2.4 trong năm 2026.");
  for (const c of m.rows[r]!) expect(c?.style?.border).toBe(true);
  for (const c of m.rows[r - 1]!) expect(c?.style).toMatchObject({ bold: true, border: true });
});

test("a level the committee wrote differently is noted, not used (seed 000: under-claimed 2.5)", () => {
  const b = block(m, "2.5").map((r) => r[0]);
  expect(b).toContain("đ. Tự đánh giá: Đạt mức độ 2");
  expect(b).toContain(
    "Tổ đánh giá ghi: Đạt mức độ 1 — khác với mức tính từ số liệu (Đạt mức độ 2); đề nghị Tổ đánh giá xem lại.",
  );
});

test("a chỉ tiêu that does not apply says so, and the committee's “Đạt” is noted (seed 000: 3.5)", () => {
  const b = block(m, "3.5").map((r) => r[0]);
  expect(b).toContain("đ. Tự đánh giá: Không áp dụng");
  expect(b).toContain("Tổ đánh giá ghi: Đạt — khác với mức tính từ số liệu (Không áp dụng); đề nghị Tổ đánh giá xem lại.");
  expect(b).toContain("Số liệu tính từ dữ liệu: Không áp dụng: chỉ tiêu dành cho cơ sở giáo dục nghề nghiệp.");
});

test("a claim that agrees is not noted: bare “Đạt”, the label itself, or typed without diacritics", () => {
  for (const id of ["1.2", "2.1", "3.4"]) {
    expect(block(m, id).some((r) => r[0]!.startsWith("Tổ đánh giá ghi:"))).toBe(false);
  }
});

test("a section the committee left empty is marked, not left blank", () => {
  const b = block(m, "3.3").map((r) => r[0]);
  expect(b[b.indexOf("b. Điểm mạnh:") + 1]).toBe("(Tổ đánh giá chưa ghi nội dung này)");
});

test("all the committee's text for every chỉ tiêu is carried into Phụ lục I", () => {
  const texts = new Set(allTexts(m));
  for (const sa of makeSelfAssessments()) {
    for (const t of [sa.description, sa.strengths, sa.weaknesses, sa.plan]) if (t) expect(texts).toContain(t);
    expect(texts).toContain(`Minh chứng: ${sa.evidence}`);
  }
});

test("without a Tự đánh giá sheet every block still has its sections, marked as not written", () => {
  const bare = sheet(buildAppendixSheets(makeEvaluation(), [], RULES), "Phụ lục I");
  const b = block(bare, "2.1").map((r) => r[0]);
  expect(b.filter((t) => t === "(Tổ đánh giá chưa ghi nội dung này)")).toHaveLength(3);
  expect(b).toContain("đ. Tự đánh giá: Đạt mức độ 2");
  expect(b.some((t) => t!.startsWith("Tổ đánh giá ghi:"))).toBe(false);
  // The plan table is there, empty, for the committee to fill in.
  expect(b[b.indexOf("Nội dung") + 1]).toBe("");
});

describe("claimDiffers", () => {
  const ctx = { ruleSet: RULES };
  test.each([
    ["Đạt mức độ 2", 2, false],
    ["Mức độ 2", 2, false],
    ["đạt mức 2", 2, false],
    ["Đạt", 1, false],
    ["Có", 2, false],
    ["", 0, false],
    ["Đạt mức độ 1", 2, true],
    ["Đạt", 0, true],
    ["Đạt", null, true],
    ["Không đạt", 0, false],
    ["Chưa đạt", 1, true],
    ["Không áp dụng", null, false],
    ["Khong ap dung", 1, true],
    ["Tốt", 2, true],
  ] as const)("“%s” against %s → %s", (claimed, outcome, differs) => {
    expect(claimDiffers(claimed, outcome, ctx)).toBe(differs);
  });
});
