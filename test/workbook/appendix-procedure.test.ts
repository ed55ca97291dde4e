/**
 * The recognition procedure in the Phụ lục (Kết luận chung, Bản tổng hợp) and the report's III. Kết luận
 * chung (issue 12 item 8): the mức độ 1 recognition held, how long a recognition is kept (TT24 Điều 5
 * khoản 4: 36 tháng), and the overall note beside the level when mức độ 2 is asked for too early.
 */
import type { Evaluation, ProcedureResult } from "../../src/engine/result";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { buildReport } from "../../src/workbook/report/build-report";
import { allTexts, findRow, makeEvaluation, makeSelfAssessments, RULES, sheet, text } from "./appendix-fixture";

const VALIDITY = "Kết quả công nhận được bảo lưu trong thời hạn 36 tháng (03 năm) tiếp theo năm được công nhận (Điều 5 khoản 4 Thông tư 24/2023/TT-BGDĐT).";
const HELD = "Đơn vị đã được công nhận “Đơn vị học tập” cấp huyện mức độ 1 theo Quyết định số 125/QĐ-UBND ngày 20/03/2024; kết quả công nhận được bảo lưu đến hết ngày 31/12/2027.";
const NOTE = "Số liệu đạt mức độ 2, nhưng đơn vị chỉ được đề nghị công nhận mức độ 2 sau ít nhất 12 tháng …";

function procedure(extra: Partial<ProcedureResult> = {}): ProcedureResult {
  return {
    level1RecognisedOn: "2024-03-20",
    level1Decision: "125/QĐ-UBND",
    level1ValidUntil: "2027-12-31",
    monthsHeld: 21,
    monthsRequired: 12,
    filingBy: "2026-01-15",
    validityMonths: 36,
    validityCite: "Điều 5 khoản 4 Thông tư 24/2023/TT-BGDĐT",
    upgradeAllowed: null,
    note: null,
    ...extra,
  };
}

function withProcedure(p: ProcedureResult | undefined, note?: string): Evaluation {
  const e = makeEvaluation();
  return { ...e, procedure: p, overall: { ...e.overall, ...(note ? { note } : {}) } };
}

function reportTexts(e: Evaluation): string[] {
  return buildReport(e, makeSelfAssessments(), RULES).blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
}

describe("Kết luận chung", () => {
  test("the recognition held and its validity follow the overall sentence", () => {
    const m = sheet(buildAppendixSheets(withProcedure(procedure()), makeSelfAssessments(), RULES), "Kết luận chung");
    const overall = findRow(m, 0, /tự đánh giá đạt/);
    const held = findRow(m, 0, HELD);
    const validity = findRow(m, 0, VALIDITY);
    expect(overall).toBeGreaterThan(-1);
    expect(held).toBeGreaterThan(overall);
    expect(validity).toBeGreaterThan(held);
  });

  test("the overall note is the row right under the overall sentence", () => {
    const m = sheet(buildAppendixSheets(withProcedure(procedure(), NOTE), makeSelfAssessments(), RULES), "Kết luận chung");
    const overall = findRow(m, 0, /tự đánh giá đạt/);
    expect(text(m.rows[overall + 1]![0])).toBe(NOTE);
  });

  test("only the decision number known: the date is said to be missing, no end date", () => {
    const p = procedure({ level1RecognisedOn: null, level1ValidUntil: null });
    const m = sheet(buildAppendixSheets(withProcedure(p), makeSelfAssessments(), RULES), "Kết luận chung");
    expect(allTexts(m)).toContain("Đơn vị đã được công nhận “Đơn vị học tập” cấp huyện mức độ 1 theo Quyết định số 125/QĐ-UBND (chưa ghi ngày công nhận).");
  });

  test("no recognition written: only the validity line", () => {
    const p = procedure({ level1RecognisedOn: null, level1Decision: null, level1ValidUntil: null });
    const texts = allTexts(sheet(buildAppendixSheets(withProcedure(p), makeSelfAssessments(), RULES), "Kết luận chung"));
    expect(texts).toContain(VALIDITY);
    expect(texts.filter((t) => t.startsWith("Đơn vị đã được công nhận"))).toEqual([]);
  });

  test("a rule set without a procedure shows none", () => {
    const texts = allTexts(sheet(buildAppendixSheets(withProcedure(undefined), makeSelfAssessments(), RULES), "Kết luận chung"));
    expect(texts.filter((t) => t.includes("bảo lưu"))).toEqual([]);
  });
});

describe("Bản tổng hợp", () => {
  test("the note is in the KẾT QUẢ CHUNG cell; recognition and validity under the table", () => {
    const m = sheet(buildAppendixSheets(withProcedure(procedure(), NOTE), makeSelfAssessments(), RULES), "Bản tổng hợp");
    const result = findRow(m, 1, /^KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG CỦA ĐƠN VỊ\n/);
    expect(text(m.rows[result]![1]).split("\n")).toEqual([
      "KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG CỦA ĐƠN VỊ",
      "Trường Tiểu học An Tiến tự đánh giá đạt “Đơn vị học tập” cấp huyện mức độ 1 năm 2025.",
      NOTE,
    ]);
    expect(findRow(m, 1, HELD)).toBeGreaterThan(result);
    expect(findRow(m, 1, VALIDITY)).toBeGreaterThan(findRow(m, 1, HELD));
  });

  test("the validity's assumption (which year is “năm được công nhận”) is numbered and listed", () => {
    const m = sheet(buildAppendixSheets(withProcedure(procedure()), makeSelfAssessments(), RULES), "Bản tổng hợp");
    const mark = findRow(m, 1, /^Giả định của dvht: \(\d+\)$/, findRow(m, 1, VALIDITY));
    expect(mark).toBe(findRow(m, 1, VALIDITY) + 1);
    const no = /\((\d+)\)/.exec(text(m.rows[mark]![1]))![1];
    const listed = findRow(m, 0, `(${no})`);
    expect(text(m.rows[listed]![1])).toContain("dvht lấy năm của ngày ký quyết định công nhận làm “năm được công nhận”");
  });
});

describe("Báo cáo — III. Kết luận chung", () => {
  test("the note, the recognition held and the validity follow the overall sentence, in that order", () => {
    const texts = reportTexts(withProcedure(procedure(), NOTE));
    const overall = texts.indexOf("Trường Tiểu học An Tiến tự đánh giá đạt “Đơn vị học tập” cấp huyện mức độ 1 năm 2025.");
    expect(overall).toBeGreaterThan(-1);
    expect(texts.slice(overall + 1, overall + 4)).toEqual([NOTE, HELD, VALIDITY]);
  });

  test("without a note, the recognition lines follow the overall sentence directly", () => {
    const texts = reportTexts(withProcedure(procedure()));
    const overall = texts.findIndex((t) => t.includes("tự đánh giá đạt"));
    expect(texts.slice(overall + 1, overall + 3)).toEqual([HELD, VALIDITY]);
  });
});
