/**
 * fast-check arbitraries for the property tests: a unit and its members with random facts, as an engine
 * input (AssessmentInput) and as the canonical workbook a clerk would keep (WorkbookData, no `Mã`, joined
 * by name), plus the comparable part of an Evaluation. Per rule set shapes are in shapes.ts.
 */
import fc from "fast-check";
import type { AssessmentInput, Member, UnitInfo } from "../../src/engine/input";
import type { Evaluation } from "../../src/engine/result";
import { SCALES } from "../../src/rules/scales";
import type { SchoolLevel, UnitType } from "../../src/rules/types";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";
import { UNIT_TYPES, SCHOOL_LEVELS } from "../../src/workbook/vocabulary";
import { buildWorkbook, memberName } from "../helpers/workbook-builder";
import { INPUT_NAMES } from "../../src/workbook/input-names";

/** Fixed seed for every property (override with FC_SEED=… to replay another run). fast-check prints the
 * seed and the counterexample's path when a property fails. */
export const SEED = Number(process.env.FC_SEED ?? 20_261_126);

export const YEAR = 2025;
const TITLES = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua toàn quốc", "Giấy khen", "Hoàn thành tốt nhiệm vụ"];
const CATEGORIES = ["Ngoại ngữ", "Tiếng dân tộc thiểu số", "Tin học", "Khác"];
const GROUPS = ["Bắt buộc", "Chuyển đổi số", "Tự chọn"];

export interface MemberSpec {
  counted: boolean;
  discipline: string | null;
  learningCitizen: boolean | null;
  awards: { title: string; year: number | null }[];
  certificates: { category: string; issuedYear: number | null }[];
  trainings: { group: string; completed: boolean; year: number | null }[];
}

export interface UnitSpec {
  unit: UnitInfo;
  members: MemberSpec[];
  committee: CommitteeSpec[];
}

/** One row of `Tự đánh giá`: the committee's rating with its evidence, and its points (TT22/2020 items). */
export interface CommitteeSpec {
  id: string;
  claimed: string | null;
  evidence: string | null;
  points?: number | null;
}

const year = fc.constantFrom<number | null>(YEAR, YEAR, YEAR, YEAR - 1, null);

/** True with probability tenths/10 (shrinks towards true). */
const likely = (tenths: number) => fc.integer({ min: 0, max: 9 }).map((x) => x < tenths);

/**
 * A member who mostly qualifies, with a flaw now and then, so that shares land near the 90% and 95%
 * thresholds where levels change; plus random extra rows of any kind.
 */
export const memberSpec: fc.Arbitrary<MemberSpec> = fc
  .record({
    counted: likely(9),
    disciplined: likely(1),
    discipline: fc.constantFrom("Khiển trách", "Cảnh cáo"),
    learningCitizen: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constantFrom(false, null) }),
    title: likely(9),
    language: likely(8),
    mandatory: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constantFrom(false, null) }),
    digital: likely(9),
    awards: fc.array(fc.record({ title: fc.constantFrom(...TITLES), year }), { maxLength: 1 }),
    certificates: fc.array(
      fc.record({ category: fc.constantFrom(...CATEGORIES), issuedYear: fc.constantFrom<number | null>(YEAR - 3, YEAR, YEAR + 1, null) }),
      { maxLength: 1 },
    ),
    trainings: fc.array(
      fc.record({ group: fc.constantFrom(...GROUPS), completed: likely(7), year }),
      { maxLength: 2 },
    ),
  })
  .map((m) => ({
    counted: m.counted,
    discipline: m.disciplined ? m.discipline : null,
    learningCitizen: m.learningCitizen,
    awards: [...(m.title ? [{ title: "Lao động tiên tiến", year: YEAR }] : []), ...m.awards],
    certificates: [...(m.language ? [{ category: "Ngoại ngữ", issuedYear: YEAR - 2 }] : []), ...m.certificates],
    trainings: [
      ...(m.mandatory === null ? [] : [{ group: "Bắt buộc", completed: m.mandatory, year: YEAR }]),
      ...(m.digital ? [{ group: "Chuyển đổi số", completed: true, year: YEAR }] : []),
      ...m.trainings,
    ],
  }));

export const unitInfo: fc.Arbitrary<UnitInfo> = fc
  .record({
    type: fc.constantFrom<UnitType>(...UNIT_TYPES.map((t) => t.value)),
    tier: fc.constantFrom<"xa" | "huyen">("xa", "huyen"),
    publicSector: fc.constantFrom<boolean | null>(true, false, null),
    schoolLevel: fc.constantFrom<SchoolLevel | null>(...SCHOOL_LEVELS.map((l) => l.value), null),
    collectiveTitle: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom<string | null>(...SCALES.collectiveTitle.steps.map((s) => s.name)) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    digitalTransformation: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom<string | null>(...SCALES.digitalTransformation4725.steps.map((s) => s.name)) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    vetAccredited: fc.constantFrom<boolean | null>(true, false, null),
    learners: fc.option(fc.integer({ min: 0, max: 3000 }), { freq: 6 }),
    learnerShare: fc.oneof(fc.constant(1), fc.double({ min: 0.9, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map(({ learnerShare, learners, ...u }) => ({
    name: "Đơn vị thử",
    year: YEAR,
    regulation: null,
    ...u,
    learners,
    learnerCitizens: learners === null ? null : Math.floor(learners * learnerShare),
    rows: {},
  }));

/** Ratings of the committee for the given chỉ tiêu: mostly Đạt with minh chứng, now and then not. */
export function committeeOf(ids: readonly string[]): fc.Arbitrary<CommitteeSpec[]> {
  return fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        claimed: fc.oneof({ weight: 19, arbitrary: fc.constant<string | null>("Đạt") }, { weight: 1, arbitrary: fc.constantFrom<string | null>("Không đạt", null) }),
        evidence: fc.oneof({ weight: 19, arbitrary: fc.constant<string | null>(`MC-${id}`) }, { weight: 1, arbitrary: fc.constant(null) }),
      }),
    ),
  );
}

/** The engine input of a spec; member i has key "m<i>" and roster row i + 2. */
export function toInput(spec: UnitSpec): AssessmentInput {
  const input: AssessmentInput = {
    unit: structuredClone(spec.unit),
    members: [],
    awards: [],
    certificates: [],
    trainings: [],
    selfAssessments: spec.committee.map((c, i) => ({
      indicatorId: c.id,
      row: i + 2,
      claimed: c.claimed,
      evidence: c.evidence,
      points: c.points ?? null,
      description: null,
      strengths: null,
      weaknesses: null,
      plan: null,
    })),
    ambiguousKeys: new Set(),
    names: INPUT_NAMES,
  };
  spec.members.forEach((m, i) => addMember(input, m, `m${i}`, i + 2, memberName(i)));
  return input;
}

export function addMember(input: AssessmentInput, m: MemberSpec, key: string, row: number, name: string): Member {
  const member: Member = { key, row, name, position: null, counted: m.counted, discipline: m.discipline, learningCitizen: m.learningCitizen };
  input.members.push(member);
  for (const a of m.awards) input.awards.push({ memberKey: key, row, title: a.title, year: a.year, decision: null });
  for (const c of m.certificates) input.certificates.push({ memberKey: key, row, category: c.category, name: null, issuedYear: c.issuedYear });
  for (const t of m.trainings) input.trainings.push({ memberKey: key, row, program: "Chương trình", group: t.group, completed: t.completed, year: t.year });
  return member;
}

/**
 * The workbook a clerk would keep for a spec's members (no `Mã`: rows are joined by name). The unit is
 * the builder's primary school (the reader decides its rule set); `names[i]` is how member i's name is
 * written in the roster, `written(i, sheet, k)` how it is written on the k-th row of another sheet.
 */
export function toWorkbook(
  members: MemberSpec[],
  written: (i: number, sheet: string, k: number) => string = (i) => memberName(i),
): WorkbookData {
  const base = buildWorkbook({ members: 1, codes: false });
  const keep = (name: string) => base.sheets.find((s) => s.name === name)!;
  const roster: CellValue[][] = [["STT", "Họ và tên", "Chức vụ", "Tính vào đánh giá", "Kỷ luật", "Công dân học tập"]];
  const awards: CellValue[][] = [["Họ và tên", "Danh hiệu", "Năm", "Số quyết định"]];
  const certificates: CellValue[][] = [["Họ và tên", "Loại", "Tên chứng chỉ", "Ngày cấp"]];
  const training: CellValue[][] = [["Họ và tên", "Chương trình", "Nhóm", "Kết quả", "Năm"]];
  const yesNo = (b: boolean | null) => (b === null ? null : b ? "Có" : "Không");
  members.forEach((m, i) => {
    roster.push([i + 1, written(i, "Thành viên", 0), "Giáo viên", yesNo(m.counted), m.discipline, yesNo(m.learningCitizen)]);
    m.awards.forEach((a, k) => awards.push([written(i, "Khen thưởng", k), a.title, a.year, null]));
    m.certificates.forEach((c, k) => certificates.push([written(i, "Chứng chỉ", k), c.category, null, c.issuedYear]));
    m.trainings.forEach((t, k) => training.push([written(i, "Bồi dưỡng", k), "Chương trình", t.group, t.completed ? "Hoàn thành" : "Chưa hoàn thành", t.year]));
  });
  return {
    sheets: [
      keep("Đơn vị"),
      { name: "Thành viên", rows: roster },
      { name: "Khen thưởng", rows: awards },
      { name: "Chứng chỉ", rows: certificates },
      { name: "Bồi dưỡng", rows: training },
      keep("Tự đánh giá"),
    ],
  };
}

/** What an evaluation decides, without row numbers, wording or issues. */
export function figures(e: Evaluation) {
  return {
    members: e.members,
    overall: e.overall.level,
    criteria: e.criteria.map((c) => ({ id: c.id, level: c.level, applicable: c.applicable })),
    indicators: e.indicators.map((i) => ({
      id: i.id,
      level: i.level,
      numerator: i.numerator,
      denominator: i.denominator,
      ratio: i.ratio,
      parts: i.parts.map((p) => ({ id: p.id, numerator: p.numerator, denominator: p.denominator, value: p.value, metAt: p.metAt })),
    })),
  };
}
