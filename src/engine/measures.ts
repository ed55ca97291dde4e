/**
 * The figures of one indicator part, by measure kind: a share of members or learners, a unit attribute,
 * or the committee's judgement. `meets(level)` then decides each level against the rule data.
 */
import type { CommunityCount, FlagAttribute, IndicatorPart, LevelRequirement, OrdinalAttribute, RuleSet, ScaleId } from "../rules/types";
import type { DataIssue } from "./issues";
import { placeOf, placeOfField, type AssessmentInput, type SelfAssessment } from "./input";
import type { MemberFacts, MemberRows } from "./member-facts";
import { memberTest } from "./predicates";
import type { RowRefs } from "./result";
import { readClaim } from "./claims";
import { meets, memberUnitsAtLeast, type Figures } from "./meets";

export interface PartFigures {
  numerator: number | null;
  denominator: number | null;
  value: string | null;
  rows: RowRefs | null;
  /** Why the part cannot be met whatever the level (no evidence, no value recorded). */
  blocker: string | null;
  meets(requirement: LevelRequirement): boolean;
}

export interface MeasureContext {
  input: AssessmentInput;
  /** The rule set's article on minh chứng, when it has one: a rating without evidence is then not met. */
  evidence: RuleSet["evidence"] | undefined;
  /** "Thông tư 24/2023/TT-BGDĐT", to cite the evidence article. */
  regulation: string;
  /** The other sheets' rows by member key (see rowsByMember). */
  rows: Map<string, MemberRows>;
  /** The facts of each member of `input.members`, by position (see indexMemberFacts). */
  facts: (MemberFacts | undefined)[];
  selfAssessments: Map<string, SelfAssessment>;
  issues: DataIssue[];
}

/** A part's `meets`: the one decision (meets.ts) over the figures measured here. */
function by(figures: Figures) {
  return (requirement: LevelRequirement): boolean => meets(requirement, figures);
}

function memberShare(part: IndicatorPart, predicate: Parameters<typeof memberTest>[0], ctx: MeasureContext): PartFigures {
  const test = memberTest(predicate);
  const qualifying: number[] = [];
  const notQualifying: number[] = [];
  const members = ctx.input.members;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (!member.counted) continue;
    const outcome = test(member, ctx.facts[i]);
    (outcome.ok ? qualifying : notQualifying).push(member.row);
    if (outcome.nothingRecorded) {
      ctx.issues.push({
        severity: "warning",
        code: "nothingRecorded",
        ...placeOf(ctx.input.names, "roster.name"),
        row: member.row,
        message: `${member.name} không có dòng nào trong năm đánh giá cho chỉ tiêu ${part.id} (${part.label.toLowerCase()}); dvht tính là chưa đạt.`,
        fix: `Thêm các dòng của ${member.name} vào sheet “${ctx.input.names.sheets.training}”, hoặc ghi “Không” ở cột “${ctx.input.names.columns["roster.counted"]}” nếu người này không thuộc diện đánh giá.`,
      });
    }
  }
  const numerator = qualifying.length;
  const denominator = qualifying.length + notQualifying.length;
  return {
    numerator,
    denominator,
    value: null,
    rows: { sheet: ctx.input.names.sheets.roster, qualifying, notQualifying },
    blocker: denominator === 0 ? "không có thành viên nào được tính vào đánh giá" : null,
    meets: by({ kind: "share", numerator, denominator }),
  };
}

function learnerShare(ctx: MeasureContext): PartFigures {
  const { learners, learnerCitizens, rows } = ctx.input.unit;
  const missing = learners === null || learnerCitizens === null || learners === 0;
  if (missing) {
    ctx.issues.push({
      severity: "error",
      code: "learnersMissing",
      ...placeOf(ctx.input.names, "unit.value"),
      row: rows.learners,
      message: "Đơn vị có Người học (Điều 2 khoản 8) nhưng chưa ghi Số người học hoặc Số người học đạt Công dân học tập.",
      fix: `Ghi hai số này ở sheet “${ctx.input.names.sheets.unit}”; người học không được tính chung với thành viên.`,
    });
  }
  const numerator = learnerCitizens ?? 0;
  const denominator = learners ?? 0;
  return {
    numerator: missing ? null : numerator,
    denominator: missing ? null : denominator,
    value: null,
    rows: null,
    blocker: missing ? "chưa có số liệu người học" : null,
    meets: by(missing ? { kind: "missing" } : { kind: "share", numerator, denominator }),
  };
}

function unitOrdinal(part: IndicatorPart, attribute: OrdinalAttribute, scaleId: ScaleId, ctx: MeasureContext): PartFigures {
  const value = ctx.input.unit[attribute] ?? null;
  return {
    numerator: null,
    denominator: null,
    value,
    rows: null,
    blocker: value === null ? `chưa ghi ${part.measure.describe} ở sheet “${placeOfField(ctx.input.names, ctx.input.unit, attribute).sheet}”` : null,
    meets: by({ kind: "ordinal", scale: scaleId, value }),
  };
}

function unitFlag(part: IndicatorPart, attribute: FlagAttribute, ctx: MeasureContext): PartFigures {
  const value = ctx.input.unit[attribute] ?? null;
  return {
    numerator: null,
    denominator: null,
    value: value === null ? null : value ? "Đạt" : "Chưa đạt",
    rows: null,
    blocker: value === null ? `chưa ghi ${part.measure.describe} ở sheet “${placeOfField(ctx.input.names, ctx.input.unit, attribute).sheet}”` : null,
    meets: by({ kind: "flag", met: value === true }),
  };
}

function committee(part: IndicatorPart, ctx: MeasureContext): PartFigures {
  const assessment = ctx.selfAssessments.get(part.id);
  const claim = readClaim(assessment?.claimed ?? null);
  const hasEvidence = (assessment?.evidence ?? "").trim() !== "";
  let blocker: string | null = null;
  if (!assessment || claim === undefined) {
    blocker = "Tổ đánh giá chưa ghi mức tự đánh giá";
    ctx.issues.push({
      severity: "warning",
      code: assessment ? "unknownClaim" : "missingSelfAssessment",
      ...placeOf(ctx.input.names, "selfAssessment.claimed"),
      row: assessment?.row,
      message: assessment
        ? `Chỉ tiêu ${part.id}: không hiểu mức tự đánh giá “${assessment.claimed ?? ""}”.`
        : `Chỉ tiêu ${part.id} do Tổ đánh giá đánh giá nhưng chưa có dòng nào trong sheet “${ctx.input.names.sheets.selfAssessment}”.`,
      fix: `Ghi “Đạt” hoặc “Không đạt” (kèm minh chứng) ở cột “${ctx.input.names.columns["selfAssessment.claimed"]}”.`,
    });
  } else if (claim === "met" && !hasEvidence && ctx.evidence && ctx.evidence.effect === "warning") {
    // The regulation has no minh chứng rule of its own (TT25/2023): a warning, the rating stands.
    ctx.issues.push({
      severity: "warning",
      code: "missingEvidence",
      ...placeOf(ctx.input.names, "selfAssessment.evidence"),
      row: assessment.row,
      message: `Chỉ tiêu ${part.id} được ghi “${assessment.claimed}” nhưng không có minh chứng. ${ctx.regulation} không có điều khoản riêng về minh chứng nên dvht giữ mức Tổ đánh giá ghi và chỉ nhắc bổ sung.`,
      fix: `Ghi mã minh chứng (ví dụ H1-1.1-01) ở cột “${ctx.input.names.columns["selfAssessment.evidence"]}”.`,
    });
  } else if (claim === "met" && !hasEvidence && ctx.evidence) {
    const cite = ctx.evidence.cite.includes("Thông tư") ? ctx.evidence.cite : `${ctx.evidence.cite} ${ctx.regulation}`;
    blocker = `không có minh chứng nên được đánh giá là không đạt (${cite})`;
    ctx.issues.push({
      severity: "warning",
      code: "missingEvidence",
      ...placeOf(ctx.input.names, "selfAssessment.evidence"),
      row: assessment.row,
      message: `Chỉ tiêu ${part.id} được ghi “${assessment.claimed}” nhưng không có minh chứng; theo ${cite}, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt.`,
      fix: `Ghi mã minh chứng (ví dụ H1-1.1-01) ở cột “${ctx.input.names.columns["selfAssessment.evidence"]}”.`,
    });
  }
  const met = blocker === null && claim === "met";
  return {
    numerator: null,
    denominator: null,
    value: assessment?.claimed ?? null,
    rows: assessment ? { sheet: ctx.input.names.sheets.selfAssessment, qualifying: met ? [assessment.row] : [], notQualifying: met ? [] : [assessment.row] } : null,
    blocker,
    meets: by({ kind: "flag", met }),
  };
}

function communityShare(part: IndicatorPart, count: CommunityCount, ctx: MeasureContext): PartFigures {
  const unit = ctx.input.unit;
  const population = unit.population ?? null;
  const numerator = unit[count] ?? null;
  const missing = population === null || numerator === null || population === 0;
  if (missing) {
    ctx.issues.push({
      severity: "error",
      code: "communityFigureMissing",
      ...placeOf(ctx.input.names, "community.value"),
      row: unit.communityRows?.[population === null || population === 0 ? "population" : count],
      message: `Chỉ tiêu ${part.id} tính trên số công dân trong xã nhưng chưa ghi “${ctx.input.names.communityRows.population}” hoặc “${ctx.input.names.communityRows[count]}”.`,
      fix: `Ghi hai số này ở sheet “${ctx.input.names.sheets.community}”.`,
    });
  }
  return {
    numerator: missing ? null : numerator,
    denominator: missing ? null : population,
    value: null,
    rows: null,
    blocker: missing ? "chưa có số liệu công dân" : null,
    meets: by(missing ? { kind: "missing" } : { kind: "share", numerator: numerator!, denominator: population! }),
  };
}

function memberUnitsShare(part: IndicatorPart, ctx: MeasureContext): PartFigures {
  const units = ctx.input.memberUnits ?? [];
  if (units.length === 0) {
    ctx.issues.push({
      severity: "error",
      code: "memberUnitsMissing",
      sheet: ctx.input.names.sheets.memberUnits,
      message: `Chỉ tiêu ${part.id} tính trên các đơn vị thành viên nhưng sheet “${ctx.input.names.sheets.memberUnits}” chưa có dòng nào.`,
      fix: `Ghi mỗi xã (huyện) một dòng ở sheet “${ctx.input.names.sheets.memberUnits}”: tên và mức công nhận “Cộng đồng học tập”.`,
    });
  }
  const levels = units.map((u) => u.recognition);
  const recognised = units.filter((u) => memberUnitsAtLeast([u.recognition], undefined) === 1);
  return {
    numerator: units.length ? recognised.length : null,
    denominator: units.length ? units.length : null,
    value: null,
    rows: {
      sheet: ctx.input.names.sheets.memberUnits,
      qualifying: recognised.map((u) => u.row),
      notQualifying: units.filter((u) => !recognised.includes(u)).map((u) => u.row),
    },
    blocker: units.length ? null : "chưa có danh sách đơn vị thành viên",
    meets: by({ kind: "memberUnits", levels }),
  };
}

/** Counts of member units at or above each step, for explanations: “18/20 đạt mức độ 1, 12/20 đạt mức độ 2”. */
export function memberUnitCounts(ctx: Pick<MeasureContext, "input">, minimum: string): number {
  return memberUnitsAtLeast((ctx.input.memberUnits ?? []).map((u) => u.recognition), minimum);
}

export function measurePart(part: IndicatorPart, ctx: MeasureContext): PartFigures {
  const measure = part.measure;
  switch (measure.kind) {
    case "memberShare":
      return memberShare(part, measure.predicate, ctx);
    case "learnerShare":
      return learnerShare(ctx);
    case "unitOrdinal":
      return unitOrdinal(part, measure.attribute, measure.scale, ctx);
    case "unitFlag":
      return unitFlag(part, measure.attribute, ctx);
    case "committee":
      return committee(part, ctx);
    case "communityShare":
      return communityShare(part, measure.count, ctx);
    case "memberUnitsShare":
      return memberUnitsShare(part, ctx);
    case "points":
      throw new Error("Mục tính điểm được tính ở src/engine/points.ts");
  }
}

