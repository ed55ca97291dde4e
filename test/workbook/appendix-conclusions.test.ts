/** Kết luận tiêu chí (an “x” per chỉ tiêu) and Kết luận chung (“3/3” cells, the overall sentence). */
import type { Evaluation } from "../../src/engine/result";
import type { RuleSet } from "../../src/rules/types";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { findRow, makeEvaluation, makeSelfAssessments, RULES, rowTexts, share, sheet, text } from "./appendix-fixture";

function build(evaluation: Evaluation = makeEvaluation(), rules: RuleSet = RULES) {
  return buildAppendixSheets(evaluation, makeSelfAssessments(), rules);
}

describe("Kết luận tiêu chí", () => {
  const m = sheet(build(), "Kết luận tiêu chí");

  test("a table per tiêu chí with a two-row header", () => {
    const blocks = m.rows.map((r) => text(r[0])).filter((t) => t.startsWith("Kết luận về Tiêu chí"));
    expect(blocks).toEqual([
      "Kết luận về Tiêu chí 1: Về điều kiện xây dựng “Đơn vị học tập”",
      "Kết luận về Tiêu chí 2: Về kết quả học tập của Thành viên trong đơn vị",
      "Kết luận về Tiêu chí 3: Tác dụng của việc xây dựng “Đơn vị học tập”",
    ]);
    const h = findRow(m, 0, "Chỉ tiêu");
    expect(rowTexts(m, h)).toEqual(["Chỉ tiêu", "Xếp loại chỉ tiêu", "", "", "Xếp loại tiêu chí"]);
    expect(rowTexts(m, h + 1)).toEqual(["", "Không đạt", "Đạt mức độ 1", "Đạt mức độ 2", ""]);
    expect(m.merges).toContainEqual({ top: h, left: 0, bottom: h + 1, right: 0 });
    expect(m.merges).toContainEqual({ top: h, left: 1, bottom: h, right: 3 });
    expect(m.merges).toContainEqual({ top: h, left: 4, bottom: h + 1, right: 4 });
  });

  test.each([
    ["1.1", 3], ["1.5", 3],
    ["2.1", 3], ["2.2", 3], ["2.3", 2], ["2.4", 2], ["2.5", 3],
    ["3.1", 3], ["3.2", 3], ["3.3", 3], ["3.4", 2],
  ])("chỉ tiêu %s: the x is in column %i and only there", (id, col) => {
    const r = findRow(m, 0, new RegExp(`^${id.replace(".", "\\.")}\\. `));
    const row = rowTexts(m, r);
    expect(row.slice(1, 4).map((t, i) => (t === "x" ? i + 1 : 0)).filter(Boolean)).toEqual([col]);
  });

  test("a chỉ tiêu that does not apply shows “Không áp dụng” across the three columns", () => {
    const r = findRow(m, 0, /^3\.5\. /);
    expect(rowTexts(m, r).slice(1, 4)).toEqual(["Không áp dụng", "", ""]);
    expect(m.merges).toContainEqual({ top: r, left: 1, bottom: r, right: 3 });
  });

  test("Xếp loại tiêu chí is merged down the block with the criterion's level", () => {
    for (const [first, last, level] of [["1.1", "1.5", "Đạt mức độ 2"], ["2.1", "2.5", "Đạt mức độ 1"], ["3.1", "3.5", "Đạt mức độ 1"]] as const) {
      const top = findRow(m, 0, new RegExp(`^${first.replace(".", "\\.")}\\. `));
      const bottom = findRow(m, 0, new RegExp(`^${last.replace(".", "\\.")}\\. `));
      expect(text(m.rows[top]![4])).toBe(level);
      expect(m.merges).toContainEqual({ top, left: 4, bottom, right: 4 });
    }
  });

  test("the count line under each table", () => {
    expect(m.rows.map((r) => text(r[0]))).toContain("Số lượng chỉ tiêu: 5/5 chỉ tiêu đạt mức độ 1; 3/5 chỉ tiêu đạt mức độ 2.");
  });

  test("a failing chỉ tiêu gets its x under Không đạt and the tiêu chí says Không đạt", () => {
    const f = sheet(build(makeEvaluation({ "2.4": share("2.4", 20) })), "Kết luận tiêu chí");
    const r = findRow(f, 0, /^2\.4\. /);
    expect(rowTexts(f, r).slice(1, 4)).toEqual(["x", "", ""]);
    expect(text(f.rows[findRow(f, 0, /^2\.1\. /)]![4])).toBe("Không đạt");
  });
});

describe("Kết luận chung", () => {
  test("rows Số tiêu chí đạt / không đạt, columns Mức độ 1 / Mức độ 2, cells computed from the criteria", () => {
    const m = sheet(build(), "Kết luận chung");
    const h = findRow(m, 1, "Mức độ 1");
    expect(rowTexts(m, h - 1)[0]).toBe("Số lượng các tiêu chí đạt và không đạt mức độ 1, mức độ 2:");
    expect(rowTexts(m, h).slice(0, 3)).toEqual(["", "Mức độ 1", "Mức độ 2"]);
    expect(rowTexts(m, h + 1).slice(0, 3)).toEqual(["Số tiêu chí đạt", "3/3", "1/3"]);
    expect(rowTexts(m, h + 2).slice(0, 3)).toEqual(["Số tiêu chí không đạt", "0/3", "2/3"]);
  });

  test("the overall sentence, why the unit stops at mức độ 1, and the tiêu chí one by one", () => {
    const m = sheet(build(), "Kết luận chung");
    const texts = m.rows.map((r) => text(r[0]));
    expect(texts).toContain("Trường Tiểu học An Tiến tự đánh giá đạt “Đơn vị học tập” cấp huyện mức độ 1 năm 2025.");
    expect(texts).toContain(
      "Chưa đạt mức độ 2 vì tiêu chí 2 (chỉ tiêu 2.3, 2.4); tiêu chí 3 (chỉ tiêu 3.4) chưa đạt mức độ 2.",
    );
    // Seed 002: chỉ tiêu at mức độ 2 with the unit at mức độ 1 is right; say why.
    expect(texts).toContain(
      "11 chỉ tiêu đạt mức độ 2, nhưng đơn vị chỉ được công nhận ở một mức khi tất cả các tiêu chí đều đạt mức đó (Điều 8 khoản 2 Thông tư 24/2023/TT-BGDĐT).",
    );
    const r2 = findRow(m, 0, /^Tiêu chí 2:/);
    expect(rowTexts(m, r2)).toEqual(["Tiêu chí 2: Về kết quả học tập của Thành viên trong đơn vị", "5/5", "3/5", "Đạt mức độ 1"]);
    expect(rowTexts(m, findRow(m, 0, /^Tiêu chí 3:/)).slice(1)).toEqual(["4/4", "3/4", "Đạt mức độ 1"]);
  });

  test("a failing tiêu chí: “2/3” and “1/3”, and the unit chưa đạt", () => {
    const m = sheet(build(makeEvaluation({ "2.4": share("2.4", 20) })), "Kết luận chung");
    const h = findRow(m, 1, "Mức độ 1");
    expect(rowTexts(m, h + 1).slice(0, 3)).toEqual(["Số tiêu chí đạt", "2/3", "1/3"]);
    expect(rowTexts(m, h + 2).slice(0, 3)).toEqual(["Số tiêu chí không đạt", "1/3", "2/3"]);
    const texts = m.rows.map((r) => text(r[0]));
    expect(texts).toContain("Trường Tiểu học An Tiến tự đánh giá chưa đạt “Đơn vị học tập” cấp huyện năm 2025.");
    expect(texts).toContain("Chưa đạt mức độ 1 vì tiêu chí 2 (chỉ tiêu 2.4) chưa đạt mức độ 1.");
  });

  test("the number of tiêu chí comes from the data, not a constant", () => {
    const evaluation = makeEvaluation();
    const two: Evaluation = {
      ...evaluation,
      criteria: evaluation.criteria.filter((c) => c.id !== "3"),
      indicators: evaluation.indicators.filter((i) => i.criterion !== "3"),
    };
    const m = sheet(build(two), "Kết luận chung");
    const h = findRow(m, 1, "Mức độ 1");
    expect(rowTexts(m, h + 1).slice(0, 3)).toEqual(["Số tiêu chí đạt", "2/2", "1/2"]);
  });
});

describe("labels come from the rule set", () => {
  const relabelled: RuleSet = {
    ...RULES,
    levels: [
      { level: 1, label: "Đạt Mức I", name: "mức I", cite: "Điều 8 khoản 1" },
      { level: 2, label: "Đạt Mức II", name: "mức II", cite: "Điều 8 khoản 2" },
    ],
  };
  const models = build(makeEvaluation(), relabelled);

  test("Kết luận tiêu chí columns and Kết luận chung headers use the rule set's labels", () => {
    const kt = sheet(models, "Kết luận tiêu chí");
    expect(rowTexts(kt, findRow(kt, 0, "Chỉ tiêu") + 1)).toEqual(["", "Không đạt", "Đạt Mức I", "Đạt Mức II", ""]);
    const kc = sheet(models, "Kết luận chung");
    expect(findRow(kc, 1, "Mức I")).toBeGreaterThan(0);
    expect(rowTexts(kc, findRow(kc, 1, "Mức I"))[2]).toBe("Mức II");
    const th = sheet(models, "Bản tổng hợp");
    expect(rowTexts(th, findRow(th, 0, "2.3"))[3]).toBe("Đạt Mức I");
  });
});
