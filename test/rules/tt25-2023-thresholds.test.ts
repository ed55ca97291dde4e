/**
 * TT25/2023 “Cộng đồng học tập”: every threshold restated from the text (Điều 6, 7 cấp xã; Điều 11, 12
 * cấp huyện; Điều 16, 17 cấp tỉnh), at, just below and just above; 5.2's lower thresholds for a xã thuộc
 * vùng khó khăn; tiêu chí 4 cấp xã on the recognised PCGD and XMC standards.
 */
import { evaluate } from "../../src/engine/evaluate";
import type { UnitInfo } from "../../src/engine/input";
import { findRuleSet } from "../../src/rules";
import { communityInput, memberUnits } from "../helpers/community-input";

const XA = findRuleSet("tt25-2023/xa")!;
const N = 1000;
type Row = [article: string, field: keyof UnitInfo, count: number, level: 0 | 1 | 2];

function rows(l1: string, l2: string, field: keyof UnitInfo, t1: number, t2: number): Row[] {
  const at = (pct: number) => (pct * N) / 100;
  return [
    [`${l1}: just below ${t1}%`, field, at(t1) - 1, 0],
    [`${l1}: at ${t1}%`, field, at(t1), 1],
    [`${l1}: just above ${t1}%`, field, at(t1) + 1, 1],
    [`${l2}: just below ${t2}%`, field, at(t2) - 1, 1],
    [`${l2}: at ${t2}%`, field, at(t2), 2],
    [`${l2}: just above ${t2}%`, field, at(t2) + 1, 2],
  ];
}

describe("cấp xã, 5.1 and 5.2", () => {
  const CASES: [string, Row[], boolean][] = [
    ["5.1", rows("Điều 6 khoản 5 điểm a", "Điều 7 khoản 5 điểm a", "learningCitizens", 60, 80), false],
    ["5.2", rows("Điều 6 khoản 5 điểm b (đào tạo)", "Điều 7 khoản 5 điểm b (đào tạo)", "trainedCitizens", 50, 60), false],
    ["5.2", rows("Điều 6 khoản 5 điểm b (đại học)", "Điều 7 khoản 5 điểm b (đại học)", "universityCitizens", 12, 15), false],
    ["5.2", rows("Điều 6 khoản 5 điểm b, vùng khó khăn (đào tạo)", "Điều 7 khoản 5 điểm b, vùng khó khăn (đào tạo)", "trainedCitizens", 40, 50), true],
    ["5.2", rows("Điều 6 khoản 5 điểm b, vùng khó khăn (đại học)", "Điều 7 khoản 5 điểm b, vùng khó khăn (đại học)", "universityCitizens", 10, 12), true],
  ];
  for (const [id, table, disadvantaged] of CASES) {
    test.each(table)(`${id} %s`, (_article, field, count, level) => {
      const input = communityInput(XA, { [field]: count, disadvantagedArea: disadvantaged });
      const evaluation = evaluate(input, XA);
      expect(evaluation.indicators.find((i) => i.id === id)!.level).toBe(level);
      expect(evaluation.issues.filter((i) => i.severity === "error")).toEqual([]);
    });
  }

  test("5.2 needs both shares: trained at mức độ 2, university below mức độ 1", () => {
    const result = evaluate(communityInput(XA, { universityCitizens: 119 }), XA).indicators.find((i) => i.id === "5.2")!;
    expect(result.level).toBe(0);
    expect(result.parts.map((p) => p.id)).toEqual(["5.2", "5.2b"]);
  });

  test("vùng khó khăn: 45% and 11% is mức độ 1 for such a xã, Không đạt for another", () => {
    const figures = { trainedCitizens: 450, universityCitizens: 110 };
    const level = (d: boolean) => evaluate(communityInput(XA, { ...figures, disadvantagedArea: d }), XA).indicators.find((i) => i.id === "5.2")!.level;
    expect(level(true)).toBe(1);
    expect(level(false)).toBe(0);
  });

  test("no population: 5.1 cannot be met and the Cộng đồng sheet is named", () => {
    const evaluation = evaluate(communityInput(XA, { population: null }), XA);
    expect(evaluation.indicators.find((i) => i.id === "5.1")!.level).toBe(0);
    expect(evaluation.issues.some((i) => i.code === "communityFigureMissing" && i.sheet === "Cộng đồng")).toBe(true);
  });
});

type Standard = [article: string, indicator: string, unit: Partial<UnitInfo>, level: 0 | 1 | 2];
const STANDARDS: Standard[] = [
  ["Điều 6 khoản 4 điểm a: 4.1 PCGD mầm non 5 tuổi đạt chuẩn", "4.1", { pcgdPreschool: true }, 2],
  ["Điều 6 khoản 4 điểm a: 4.1 PCGD mầm non 5 tuổi chưa đạt", "4.1", { pcgdPreschool: false }, 0],
  ["Điều 6 khoản 4 điểm b: 4.2 PCGD tiểu học mức độ 1", "4.2", { pcgdPrimary: "Mức độ 1" }, 0],
  ["Điều 6 khoản 4 điểm b: 4.2 PCGD tiểu học mức độ 2", "4.2", { pcgdPrimary: "Mức độ 2" }, 1],
  ["Điều 7 khoản 4 điểm b: 4.2 PCGD tiểu học mức độ 3", "4.2", { pcgdPrimary: "Mức độ 3" }, 2],
  ["Điều 6 khoản 4 điểm c: 4.3 PCGD THCS mức độ 1", "4.3", { pcgdLowerSecondary: "Mức độ 1" }, 0],
  ["Điều 6 khoản 4 điểm c: 4.3 PCGD THCS mức độ 2", "4.3", { pcgdLowerSecondary: "Mức độ 2" }, 1],
  ["Điều 7 khoản 4 điểm c: 4.3 PCGD THCS mức độ 3", "4.3", { pcgdLowerSecondary: "Mức độ 3" }, 2],
  ["Điều 6 khoản 4 điểm d: 4.4 XMC not recognised", "4.4", { literacy: null }, 0],
  ["Điều 6 khoản 4 điểm d: 4.4 XMC mức độ 1", "4.4", { literacy: "Mức độ 1" }, 1],
  ["Điều 7 khoản 4 điểm d: 4.4 XMC mức độ 2", "4.4", { literacy: "Mức độ 2" }, 2],
];

test.each(STANDARDS)("%s", (_article, id, unit, level) => {
  expect(evaluate(communityInput(XA, unit), XA).indicators.find((i) => i.id === id)!.level).toBe(level);
});

// TT25 Điều 8 khoản 2 has no minh chứng rule (unlike TT24 Điều 9 khoản 3): a warning, the rating stands.
type EvidenceRow = [article: string, evidence: string | null, level: 0 | 2, warned: boolean];
const EVIDENCE: EvidenceRow[] = [
  ["Điều 8 khoản 2 TT25: Đạt without minh chứng → cảnh báo, vẫn đạt", null, 2, true],
  ["Điều 8 khoản 2 TT25: Đạt with minh chứng → không cảnh báo", "MC-3.1", 2, false],
];
test.each(EVIDENCE)("%s", (_article, evidence, level, warned) => {
  const input = communityInput(XA);
  input.selfAssessments.find((s) => s.indicatorId === "3.1")!.evidence = evidence;
  const evaluation = evaluate(input, XA);
  expect(evaluation.indicators.find((i) => i.id === "3.1")!.level).toBe(level);
  const issue = evaluation.issues.find((i) => i.code === "missingEvidence");
  expect(issue !== undefined).toBe(warned);
  if (issue) expect(issue.severity).toBe("warning");
  expect(evaluation.overall.level).toBe(2);
});

describe.each([
  ["tt25-2023/huyen", "Điều 11 khoản 4 điểm a", "Điều 12 khoản 4 điểm a"],
  ["tt25-2023/tinh", "Điều 16 khoản 4 điểm a", "Điều 17 khoản 4 điểm a"],
])("%s 4.1: at least 90% of member units recognised at the level", (id, l1, l2) => {
  const ruleSet = findRuleSet(id)!;
  // 20 units: 90% is 18.
  const UNITS: [string, number, number, 0 | 1 | 2][] = [
    [`${l1}: 17/20 at mức độ 1 or above (just below)`, 17, 0, 0],
    [`${l1}: 18/20 at mức độ 1 or above (at 90%)`, 18, 0, 1],
    [`${l1}: 19/20 at mức độ 1 or above (just above)`, 19, 0, 1],
    [`${l2}: 20/20 recognised, 17 at mức độ 2 (just below)`, 3, 17, 1],
    [`${l2}: 20/20 recognised, 18 at mức độ 2 (at 90%)`, 2, 18, 2],
    [`${l2}: 19 at mức độ 2, one not recognised (just above)`, 0, 19, 2],
  ];
  test.each(UNITS)("%s", (_article, level1, level2, level) => {
    const evaluation = evaluate(communityInput(ruleSet, {}, memberUnits(20, level1, level2)), ruleSet);
    expect(evaluation.indicators.find((i) => i.id === "4.1")!.level).toBe(level);
  });
});

test("cấp huyện and cấp tỉnh have the tiêu chí of their articles", () => {
  const shape = (id: string) => findRuleSet(id)!.indicators.map((i) => i.id).join(" ");
  expect(shape("tt25-2023/xa")).toBe("1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 3.3 4.1 4.2 4.3 4.4 5.1 5.2");
  expect(shape("tt25-2023/huyen")).toBe("1.1 1.2 1.3 2.1 2.2 2.3 2.4 3.1 3.2 3.3 4.1 4.2 4.3");
  expect(shape("tt25-2023/tinh")).toBe("1.1 1.2 1.3 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 3.4 3.5 4.1 4.2 4.3");
});

test("TT25 chỉ tiêu apply to every commune whatever its Loại đơn vị", () => {
  const evaluation = evaluate(communityInput(XA, { type: "toChucKinhTe" }), XA);
  expect(evaluation.indicators.every((i) => i.level !== null)).toBe(true);
  expect(evaluation.overall.level).toBe(2);
});
