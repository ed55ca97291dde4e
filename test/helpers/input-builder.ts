/**
 * Normalised inputs for engine tests, built directly (no workbook): a unit whose every member meets
 * every indicator, and `spoil` to make some members fail one indicator.
 */
import type { AssessmentInput, Member, UnitInfo } from "../../src/engine/input";
import { INPUT_NAMES } from "../../src/workbook/input-names";

export const YEAR = 2025;

export function unitInfo(overrides: Partial<UnitInfo> = {}): UnitInfo {
  return {
    name: "Trường Trung học phổ thông Thử Nghiệm",
    type: "phoThong",
    tier: "huyen",
    year: YEAR,
    regulation: null,
    publicSector: true,
    schoolLevel: "thpt",
    collectiveTitle: "Tập thể lao động tiên tiến",
    digitalTransformation: "Mức đáp ứng tốt",
    vetAccredited: true,
    learners: 1000,
    learnerCitizens: 1000,
    rows: { learners: 11 },
    ...overrides,
  };
}

/** n members, all meeting every member indicator; committee indicators rated Đạt with evidence. */
export function compliantInput(n: number, unit: Partial<UnitInfo> = {}): AssessmentInput {
  const members: Member[] = [];
  const input: AssessmentInput = {
    unit: unitInfo(unit),
    members,
    awards: [],
    certificates: [],
    trainings: [],
    selfAssessments: ["1.1", "1.2", "1.3", "1.4", "1.5", "3.2"].map((id, i) => ({
      indicatorId: id,
      row: i + 2,
      claimed: "Đạt",
      evidence: `H-${id}-01`,
      description: null,
      strengths: null,
      weaknesses: null,
      plan: null,
    })),
    ambiguousKeys: new Set(),
    names: INPUT_NAMES,
  };
  for (let i = 0; i < n; i++) {
    const key = `m${i}`;
    const row = i + 2;
    members.push({ key, row, name: `Thành viên ${i}`, position: null, counted: true, discipline: null, learningCitizen: true });
    input.awards.push({ memberKey: key, row, title: "Lao động tiên tiến", year: YEAR, decision: null });
    input.certificates.push({ memberKey: key, row, category: "Ngoại ngữ", name: "B1", issuedYear: YEAR - 3 });
    input.trainings.push({ memberKey: key, row: 2 * i + 2, program: "BDTX", group: "Bắt buộc", completed: true, year: YEAR });
    input.trainings.push({ memberKey: key, row: 2 * i + 3, program: "Kỹ năng số", group: "Chuyển đổi số", completed: true, year: YEAR });
  }
  return input;
}

/** Make the first `count` members fail the member indicator `id`. */
export function spoil(input: AssessmentInput, id: string, count: number): AssessmentInput {
  const keys = new Set(input.members.slice(0, count).map((m) => m.key));
  switch (id) {
    case "2.1":
      input.members.forEach((m) => keys.has(m.key) && (m.discipline = "Khiển trách"));
      break;
    case "2.2":
      input.trainings.forEach((t) => keys.has(t.memberKey) && t.group === "Bắt buộc" && (t.completed = false));
      break;
    case "2.3":
      input.trainings = input.trainings.filter((t) => !(keys.has(t.memberKey) && t.group === "Chuyển đổi số"));
      break;
    case "2.4":
      input.certificates = input.certificates.filter((c) => !keys.has(c.memberKey));
      break;
    case "2.5":
      input.awards = input.awards.filter((a) => !keys.has(a.memberKey));
      break;
    case "3.1":
      input.members.forEach((m) => keys.has(m.key) && (m.learningCitizen = false));
      break;
    default:
      throw new Error(`spoil: no member indicator ${id}`);
  }
  return input;
}
