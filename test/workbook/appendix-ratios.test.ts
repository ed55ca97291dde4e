/** Tỷ lệ chỉ tiêu: one row per computed share, numbers as Excel numbers, thresholds from the rule set. */
import type { RuleSet } from "../../src/rules/types";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { findRow, makeEvaluation, makeSelfAssessments, RULES, rowTexts, sheet } from "./appendix-fixture";

const m = sheet(buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES), "Tỷ lệ chỉ tiêu");
const header = findRow(m, 0, "Chỉ tiêu");

test("header and one row per applicable member share (no Người học row for a primary school)", () => {
  expect(rowTexts(m, header)).toEqual([
    "Chỉ tiêu",
    "Tổng số",
    "Số đạt",
    "Tỷ lệ",
    "Ngưỡng mức độ 1",
    "Ngưỡng mức độ 2",
    "Kết quả",
  ]);
  expect(m.frozenRows).toBe(header + 1);
  const ids = m.rows
    .slice(header + 1)
    .map((r) => rowTexts(m, m.rows.indexOf(r))[0] ?? "")
    .filter((t) => /^\d\.\d\. /.test(t));
  expect(ids).toEqual([
    "2.1. Thành viên tuân thủ kỷ luật lao động, nội quy",
    "2.2. Thành viên hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định",
    "2.3. Thành viên được bồi dưỡng, tham gia chuyển đổi số",
    "2.4. Thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số",
    "2.5. Thành viên đạt danh hiệu Lao động tiên tiến trở lên",
    "3.1. Thành viên đạt “Công dân học tập”",
  ]);
});

test("counts and ratio are numbers with number formats; thresholds and result are text", () => {
  const r = findRow(m, 0, /^2\.4\. /);
  const row = m.rows[r]!;
  expect(row[1]).toMatchObject({ value: 45, style: { numberFormat: "#,##0" } });
  expect(row[2]).toMatchObject({ value: 30, style: { numberFormat: "#,##0" } });
  expect(row[3]!.value).toBeCloseTo(30 / 45, 12);
  expect(row[3]!.style?.numberFormat).toBe("0.0%");
  expect(rowTexts(m, r).slice(4)).toEqual(["50%", "70%", "Đạt mức độ 1"]);
});

test.each([
  ["2.1", "Đạt mức độ 2"],
  ["2.3", "Đạt mức độ 1"],
  ["2.5", "Đạt mức độ 2"],
])("%s → %s", (id, result) => {
  const row = rowTexts(m, findRow(m, 0, new RegExp(`^${id.replace(".", "\\.")}\\. `)));
  expect(row[6]).toBe(result);
  expect(row.slice(4, 6)).toEqual(["90%", "95%"]);
});

test("thresholds come from each part's rule, written the Vietnamese way", () => {
  const rules: RuleSet = {
    ...RULES,
    indicators: RULES.indicators.map((i) =>
      i.id !== "2.3"
        ? i
        : { ...i, parts: i.parts.map((p) => ({ ...p, levels: { 1: { ...p.levels[1]!, threshold: "92.5%" as const }, 2: p.levels[2]! } })) },
    ),
  };
  const s = sheet(buildAppendixSheets(makeEvaluation(), [], rules), "Tỷ lệ chỉ tiêu");
  expect(rowTexts(s, findRow(s, 0, /^2\.3\. /)).slice(4, 6)).toEqual(["92,5%", "95%"]);
});

test("a Người học part that applies gets its own row", () => {
  const evaluation = makeEvaluation();
  const i31 = evaluation.indicators.find((i) => i.id === "3.1")!;
  const learner = {
    ...i31.parts[1]!,
    requiredAt: { 1: true, 2: true },
    metAt: { 1: true, 2: false },
    numerator: 1180,
    denominator: 1240,
    ratio: 1180 / 1240,
  };
  const thpt = {
    ...evaluation,
    indicators: evaluation.indicators.map((i) => (i.id === "3.1" ? { ...i31, level: 1 as const, parts: [i31.parts[0]!, learner] } : i)),
  };
  const s = sheet(buildAppendixSheets(thpt, [], RULES), "Tỷ lệ chỉ tiêu");
  const r = findRow(s, 0, "3.1. Người học đạt “Công dân học tập”");
  expect(r).toBeGreaterThan(0);
  expect(s.rows[r]![1]!.value).toBe(1240);
  expect(rowTexts(s, r).slice(4)).toEqual(["95%", "97%", "Đạt mức độ 1"]);
});
