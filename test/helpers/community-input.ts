/** Normalised inputs for TT25 “Cộng đồng học tập” and TT22 points tests, built directly (no workbook). */
import type { AssessmentInput, MemberUnit, SelfAssessment, UnitInfo } from "../../src/engine/input";
import type { RuleSet } from "../../src/rules/types";
import { compliantInput, unitInfo } from "./input-builder";
import { INPUT_NAMES } from "../../src/workbook/input-names";

function rating(indicatorId: string, i: number, extra: Partial<SelfAssessment> = {}): SelfAssessment {
  return { indicatorId, row: i + 2, claimed: "Đạt", evidence: `MC-${indicatorId}`, description: null, strengths: null, weaknesses: null, plan: null, ...extra };
}

/** A commune (or district, province) meeting mức độ 2 everywhere; every committee chỉ tiêu rated Đạt. */
export function communityInput(ruleSet: RuleSet, unit: Partial<UnitInfo> = {}, memberUnits: MemberUnit[] = []): AssessmentInput {
  const committeeIds = ruleSet.indicators.filter((i) => i.parts.some((p) => p.measure.kind === "committee")).map((i) => i.id);
  return {
    unit: unitInfo({
      name: "Xã Thử Nghiệm",
      type: "coQuanHanhChinh",
      tier: ruleSet.tier,
      schoolLevel: null,
      learners: null,
      learnerCitizens: null,
      population: 1000,
      learningCitizens: 1000,
      trainedCitizens: 1000,
      universityCitizens: 1000,
      disadvantagedArea: false,
      pcgdPreschool: true,
      pcgdPrimary: "Mức độ 3",
      pcgdLowerSecondary: "Mức độ 3",
      literacy: "Mức độ 2",
      ...unit,
    }),
    members: [],
    awards: [],
    certificates: [],
    trainings: [],
    selfAssessments: committeeIds.map((id, i) => rating(id, i)),
    memberUnits,
    sheetsPresent: { community: true, roster: false },
    ambiguousKeys: new Set(),
    names: INPUT_NAMES,
  };
}

/** n member units, `level2` of them at Mức độ 2, `level1` at Mức độ 1, the rest not recognised. */
export function memberUnits(n: number, level1: number, level2: number): MemberUnit[] {
  return Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    name: `Đơn vị ${i + 1}`,
    recognition: i < level2 ? "Mức độ 2" : i < level2 + level1 ? "Mức độ 1" : null,
  }));
}

/** A school of n members under TT22 with the committee's points per item. */
export function pointsInput(n: number, points: Record<string, number | null>, unit: Partial<UnitInfo> = {}): AssessmentInput {
  const input = compliantInput(n, { year: 2023, schoolLevel: "tieuHoc", learners: null, learnerCitizens: null, ...unit });
  const year = input.unit.year;
  input.awards.forEach((a) => (a.year = year));
  input.trainings.forEach((t) => (t.year = year));
  input.selfAssessments = Object.entries(points).map(([id, p], i) => rating(id, i, { points: p }));
  return input;
}
