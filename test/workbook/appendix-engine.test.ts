/** The Phụ lục built from the real engine's output (a THPT with Người học), for both TT24 rule sets. */
import { evaluate } from "../../src/engine/evaluate";
import { RULE_SETS } from "../../src/rules";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { compliantInput, spoil } from "../helpers/input-builder";
import { findRow, rowTexts, sheet, text } from "./appendix-fixture";

// The member-based TT24 rule sets (TT25 reads community figures, TT22 points: tested in test/rules, test/cli).
const TT24_SETS = RULE_SETS.filter((r) => r.regulation.short === "TT24/2023");

describe.each(TT24_SETS.map((r) => [r.id, r] as const))("%s", (_id, ruleSet) => {
  const input = spoil(compliantInput(53), "2.5", 3); // 50/53 = 94,3%: mức độ 1 only
  const evaluation = evaluate(input, ruleSet);
  const models = buildAppendixSheets(evaluation, input.selfAssessments, ruleSet);

  test("six sheets, every row full width, no undefined", () => {
    expect(models).toHaveLength(6);
    for (const m of models) {
      for (const row of m.rows) {
        expect(row).toHaveLength(m.columnWidths.length);
        for (const c of row) expect(c).not.toBeUndefined();
      }
    }
  });

  test("Bản tổng hợp: 2.5 at mức độ 1 with its figures; 3.1 with Thành viên and Người học", () => {
    const m = sheet(models, "Bản tổng hợp");
    const h = findRow(m, 0, "STT");
    expect(rowTexts(m, findRow(m, 0, "2.5", h + 1)).slice(2, 4)).toEqual(["50/53 (94,3%)", "Đạt mức độ 1"]);
    expect(rowTexts(m, findRow(m, 0, "3.1", h + 1))[2]).toBe("Thành viên: 53/53 (100%)\nNgười học: 1.000/1.000 (100%)");
    expect(rowTexts(m, findRow(m, 0, "1.1", h + 1))[2]).toBe("Tổ đánh giá: Đạt");
    expect(text(m.rows[findRow(m, 1, /^KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG/)]![3])).toBe(evaluation.overall.label);
  });

  test("Tỷ lệ chỉ tiêu has the Người học row with its own thresholds", () => {
    const m = sheet(models, "Tỷ lệ chỉ tiêu");
    const r = findRow(m, 0, /^3\.1\. Người học/);
    expect(rowTexts(m, r).slice(4)).toEqual(["95%", "97%", "Đạt mức độ 2"]);
  });

  test("Kết luận chung agrees with the engine's criteria", () => {
    const m = sheet(models, "Kết luận chung");
    const h = findRow(m, 1, "Mức độ 1");
    const n = evaluation.criteria.filter((c) => c.level !== null).length;
    const at2 = evaluation.criteria.filter((c) => c.level === 2).length;
    expect(rowTexts(m, h + 1).slice(0, 3)).toEqual(["Số tiêu chí đạt", `${n}/${n}`, `${at2}/${n}`]);
  });
});

test("Phụ lục I carries the audit's note under a description whose figures use another total", () => {
  const ruleSet = RULE_SETS.find((r) => r.id === "tt24-2023/huyen")!;
  const input = compliantInput(48);
  input.selfAssessments.push({ indicatorId: "2.1", row: 9, claimed: "Đạt mức độ 2", evidence: "H2-01", description: "51/51 thành viên chấp hành tốt nội quy.", strengths: null, weaknesses: null, plan: null });
  const models = buildAppendixSheets(evaluate(input, ruleSet), input.selfAssessments, ruleSet);
  const texts = sheet(models, "Phụ lục I").rows.flat().map(text);
  expect(texts).toContain("Lưu ý khi kiểm tra: Chỉ tiêu 2.1: mô tả ghi “51/51” nhưng danh sách tính được 48/48 thành viên.");
});
