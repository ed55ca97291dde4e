/**
 * TT22/2020: items 1a–3c with the maximum points of Điều 5 (restated here), totals per group and overall,
 * xếp loại by the bands of Điều 6 khoản 3 at, just below and just above each boundary; a point above an
 * item's maximum is an error; the roster's ratios stand beside 2b–2d and 3a as evidence.
 */
import { evaluate } from "../../src/engine/evaluate";
import type { IndicatorResult } from "../../src/engine/result";
import { findRuleSet } from "../../src/rules";
import { pointsInput } from "../helpers/community-input";
import { spoil } from "../helpers/input-builder";

const TT22 = findRuleSet("tt22-2020")!;
const MAX: Record<string, number> = { "1a": 10, "1b": 10, "1c": 10, "2a": 10, "2b": 5, "2c": 10, "2d": 5, "3a": 25, "3b": 10, "3c": 5 };

test("Điều 5: the items and their maximum points, 30 + 30 + 40 = 100", () => {
  const evaluation = evaluate(pointsInput(10, MAX), TT22);
  expect(Object.fromEntries(evaluation.indicators.map((i) => [i.id, i.maxPoints]))).toEqual(MAX);
  expect(evaluation.criteria.map((c) => [c.id, c.points, c.maxPoints])).toEqual([["1", 30, 30], ["2", 30, 30], ["3", 40, 40]]);
  expect(evaluation.scoring).toMatchObject({ points: 100, maxPoints: 100, grade: "Tốt" });
});

/** Full marks less `100 - total`, taken from 3a, then 2a, then 1a. */
function withTotal(total: number): Record<string, number> {
  const points = { ...MAX };
  let missing = 100 - total;
  for (const id of ["3a", "2a", "1a"]) {
    const take = Math.min(missing, points[id]!);
    points[id] = points[id]! - take;
    missing -= take;
  }
  return points;
}

const BANDS: [string, number, string][] = [
  ["Điều 6 khoản 3 điểm a: 100 is Tốt", 100, "Tốt"],
  ["Điều 6 khoản 3 điểm a: 85 is Tốt", 85, "Tốt"],
  ["Điều 6 khoản 3 điểm b: 84,5 is Khá", 84.5, "Khá"],
  ["Điều 6 khoản 3 điểm b: 84 is Khá", 84, "Khá"],
  ["Điều 6 khoản 3 điểm b: 86 is Tốt", 86, "Tốt"],
  ["Điều 6 khoản 3 điểm b: 70 is Khá", 70, "Khá"],
  ["Điều 6 khoản 3 điểm c: 69 is Trung bình", 69, "Trung bình"],
  ["Điều 6 khoản 3 điểm b: 71 is Khá", 71, "Khá"],
];
test.each(BANDS)("%s", (_article, total, grade) => {
  const evaluation = evaluate(pointsInput(10, withTotal(total)), TT22);
  expect(evaluation.scoring!.points).toBe(total);
  expect(evaluation.scoring!.grade).toBe(grade);
});

test.each([
  ["Điều 6 khoản 3 điểm c: 50 is Trung bình", { ...MAX, "3a": 0, "2a": 0, "1a": 0, "1b": 5 }, 50, "Trung bình"],
  ["Điều 6 khoản 3 điểm d: 49 is Chưa đạt", { ...MAX, "3a": 0, "2a": 0, "1a": 0, "1b": 4 }, 49, "Chưa đạt"],
  ["Điều 6 khoản 3 điểm c: 51 is Trung bình", { ...MAX, "3a": 0, "2a": 0, "1a": 0, "1b": 6 }, 51, "Trung bình"],
] as const)("%s", (_article, points, total, grade) => {
  const evaluation = evaluate(pointsInput(10, points), TT22);
  expect(evaluation.scoring).toMatchObject({ points: total, grade });
});

test("seed 001: 30 + 30 + 35 = 95 → Tốt (3b: 5 of 10, the unit being Tập thể lao động tiên tiến)", () => {
  const evaluation = evaluate(pointsInput(30, { ...MAX, "3b": 5 }), TT22);
  expect(evaluation.criteria.map((c) => c.points)).toEqual([30, 30, 35]);
  expect(evaluation.scoring).toEqual({ points: 95, maxPoints: 100, grade: "Tốt", citation: "Điều 6 khoản 3 điểm a Thông tư 22/2020/TT-BGDĐT" });
  expect(evaluation.overall.label).toBe("Xếp loại Tốt (95/100 điểm)");
});

test("a point above an item's maximum is an error and is not counted", () => {
  const evaluation = evaluate(pointsInput(10, { ...MAX, "2b": 6 }), TT22);
  const issue = evaluation.issues.find((i) => i.code === "pointsAboveMaximum")!;
  expect(issue).toMatchObject({ severity: "error", sheet: "Tự đánh giá", column: "Điểm" });
  expect(issue.message).toContain("vượt điểm tối đa 5");
  expect(evaluation.indicators.find((i) => i.id === "2b")!.points).toBe(0);
  expect(evaluation.scoring!.points).toBe(95);
});

test("a missing point counts 0 with a warning", () => {
  const evaluation = evaluate(pointsInput(10, { ...MAX, "3c": null }), TT22);
  expect(evaluation.scoring!.points).toBe(95);
  expect(evaluation.issues.some((i) => i.code === "missingPoints" && i.severity === "warning")).toBe(true);
});

test("the ratios behind 2b, 2c, 2d and 3a are computed from the roster, beside the points", () => {
  const input = spoil(spoil(pointsInput(20, MAX), "2.5", 2), "3.1", 1);
  const byId: Record<string, IndicatorResult> = Object.fromEntries(evaluate(input, TT22).indicators.map((i) => [i.id, i]));
  expect([byId["2d"]!.numerator, byId["2d"]!.denominator, byId["2d"]!.points]).toEqual([18, 20, 5]);
  expect([byId["3a"]!.numerator, byId["3a"]!.denominator]).toEqual([19, 20]);
  expect([byId["2b"]!.numerator, byId["2c"]!.numerator]).toEqual([20, 20]);
  expect(byId["3b"]!.parts[0]!.value).toBe("Tập thể lao động tiên tiến");
  expect(byId["2d"]!.explanation).toContain("18/20 thành viên (90%) đạt danh hiệu Lao động tiên tiến trở lên");
  expect(byId["1a"]!.numerator).toBeNull();
});

test("TT22 used for a year after 2023 is reported with the rule set that fits", () => {
  const evaluation = evaluate(pointsInput(10, MAX, { year: 2024, tier: "huyen" }), TT22);
  const issue = evaluation.issues.find((i) => i.code === "repealedRegulation")!;
  expect(issue.severity).toBe("warning");
  expect(issue.message).toContain("tt24-2023/huyen");
  expect(evaluate(pointsInput(10, MAX), TT22).issues.some((i) => i.code === "repealedRegulation")).toBe(false);
});
