/**
 * An audit of what the Tổ đánh giá wrote against what the data supports (RULES.md §8): a level claimed
 * above or below the computed one, "Đạt" written for a chỉ tiêu that does not apply, figures in the
 * Mô tả hiện trạng that use another total than the roster's (four totals in one report, learners counted
 * as members), and why a unit sits below some of its chỉ tiêu. Findings are DataIssues on the
 * `Tự đánh giá` row, so every face shows them where it shows the other issues.
 */
import type { RuleSet } from "../rules/types";
import { claimedOutcome } from "./claims";
import { formatInteger, levelLabel } from "./format";
import { placeOf, type AssessmentInput, type FieldId, type InputNames, type SelfAssessment } from "./input";
import type { DataIssue } from "./issues";
import type { Evaluation, IndicatorResult } from "./result";

/** "17/20", "846/933", "1.234/1.250" — but not a date (14/01/2026) nor a decision number (125/QĐ-UBND). */
const FIGURE = /(?<![\d/.])(\d{1,3}(?:\.\d{3})+|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])/gu;

/** A figure after “trong đó” / “trong số đó” in its sentence is a sub-count of the measure, not the measure. */
function isSubCount(text: string, index: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf(".", index - 1), text.lastIndexOf(";", index - 1), text.lastIndexOf("\n", index - 1)) + 1;
  return /trong (số )?đó/iu.test(text.slice(sentenceStart, index));
}

function toNumber(text: string): number {
  return Number(text.replace(/\./g, ""));
}

/** "mức độ 2": a level's name inside a sentence, from the rule set. */
function levelName(level: number, ruleSet: RuleSet): string {
  return ruleSet.levels.find((l) => l.level === level)?.name ?? `mức ${level}`;
}

function at(names: InputNames, assessment: SelfAssessment, field: FieldId) {
  return { ...placeOf(names, field), row: assessment.row, indicator: assessment.indicatorId };
}

function claimFindings(indicator: IndicatorResult, assessment: SelfAssessment, ruleSet: RuleSet, names: InputNames): DataIssue[] {
  const claimed = claimedOutcome(assessment.claimed, ruleSet.levels);
  if (claimed === undefined) return [];
  const computed = indicator.level;
  const said = `“${assessment.claimed}”`;
  const where = at(names, assessment, "selfAssessment.claimed");
  if (computed === null) {
    if (claimed === null) return [];
    return [{
      severity: "warning",
      code: "notApplicableClaimed",
      ...where,
      message: `Chỉ tiêu ${indicator.id} không áp dụng cho đơn vị này nhưng Tổ đánh giá ghi ${said}. ${indicator.explanation}.`,
      fix: `Ghi “Không áp dụng” ở cột “${names.columns["selfAssessment.claimed"]}”.`,
    }];
  }
  // Committee-rated chỉ tiêu take their level from the claim itself: nothing to audit.
  const rule = ruleSet.indicators.find((i) => i.id === indicator.id);
  const committeeRated = rule?.parts.every((p) => p.measure.kind === "committee") ?? false;
  const claimedLevel = claimed === "met" ? null : claimed;
  if (claimed === "met" && computed === 0 && !committeeRated) {
    return [overClaim(indicator, said, computed, ruleSet, where)];
  }
  if (claimedLevel === null || committeeRated) return [];
  if (claimedLevel > computed) return [overClaim(indicator, said, computed, ruleSet, where)];
  if (claimedLevel < computed) {
    return [{
      severity: "warning",
      code: "underClaim",
      ...where,
      message: `Chỉ tiêu ${indicator.id}: Tổ đánh giá ghi ${said} nhưng số liệu đạt ${levelName(computed, ruleSet)}: ${indicator.explanation}.`,
      fix: `Ghi “${levelLabel(computed, ruleSet)}” nếu số liệu đúng.`,
    }];
  }
  return [];
}

function overClaim(indicator: IndicatorResult, said: string, computed: number, ruleSet: RuleSet, where: ReturnType<typeof at>): DataIssue {
  return {
    severity: "warning",
    code: "overClaim",
    ...where,
    message: `Chỉ tiêu ${indicator.id}: Tổ đánh giá ghi ${said} nhưng số liệu chỉ ${computed === 0 ? "cho kết quả không đạt" : `đạt ${levelName(computed, ruleSet)}`}: ${indicator.explanation}.`,
    fix: "Sửa mức tự đánh giá theo số liệu, hoặc bổ sung dữ liệu còn thiếu vào các sheet.",
  };
}

function figureFindings(indicator: IndicatorResult, assessment: SelfAssessment, input: AssessmentInput): DataIssue[] {
  const member = indicator.parts.find((p) => p.rows?.sheet === input.names.sheets.roster && p.denominator !== null);
  if (!member || !assessment.description) return [];
  const findings: DataIssue[] = [];
  const learners = input.unit.learners;
  const computedPair = [member.numerator!, member.denominator!];
  const figures = [...assessment.description.matchAll(FIGURE)];
  // When the computed figure is written, the other figures describe other things (7/43 Chiến sĩ thi đua
  // beside 42/43 Lao động tiên tiến): only the learners-as-members check applies to them.
  const statesComputed = figures.some((m) => toNumber(m[1]!) === computedPair[0] && toNumber(m[2]!) === computedPair[1]);
  for (const match of figures) {
    if (isSubCount(assessment.description, match.index!)) continue;
    const [text, a, b] = match;
    const numerator = toNumber(a!);
    const denominator = toNumber(b!);
    if (denominator === 0 || numerator > denominator) continue;
    const computed = `${formatInteger(member.numerator!)}/${formatInteger(member.denominator!)}`;
    if (learners !== null && denominator === learners && denominator !== member.denominator) {
      findings.push({
        severity: "warning",
        code: "learnersAsMembers",
        ...at(input.names, assessment, "selfAssessment.description"),
        message: `Chỉ tiêu ${indicator.id}: mô tả ghi “${text}”, tức lấy ${formatInteger(learners)} người học làm tổng số, trong khi tỷ lệ này tính trên Thành viên (${computed}). Người học (Điều 2 khoản 8) không phải Thành viên.`,
        fix: "Ghi tỷ lệ Thành viên theo danh sách; tỷ lệ Người học ghi riêng.",
      });
    } else if (!statesComputed && (denominator !== member.denominator || numerator !== member.numerator)) {
      findings.push({
        severity: "warning",
        code: "figureMismatch",
        ...at(input.names, assessment, "selfAssessment.description"),
        message: `Chỉ tiêu ${indicator.id}: mô tả ghi “${text}” nhưng danh sách tính được ${computed} thành viên.`,
        fix: "Sửa số liệu trong mô tả theo danh sách thành viên (một danh sách, một tổng số cho cả báo cáo).",
      });
    }
  }
  return findings;
}

/** Why the unit is below some of its chỉ tiêu (seed 002): not an error, said once. */
function levelNote(evaluation: Evaluation, ruleSet: RuleSet): DataIssue[] {
  const overall = evaluation.overall.level;
  if (overall === null) return [];
  const holding = evaluation.indicators.filter((i) => i.level === overall);
  const above = evaluation.indicators.filter((i) => i.level !== null && i.level > overall);
  if (above.length === 0 || holding.length === 0) return [];
  return [{
    severity: "info",
    code: "unitBelowIndicators",
    message: `Đơn vị ${overall === 0 ? "chưa đạt" : `đạt ${levelName(overall, ruleSet)}`} vì chỉ tiêu ${holding.map((i) => i.id).join(", ")} ở mức này; các chỉ tiêu ${above.map((i) => i.id).join(", ")} đạt mức cao hơn là bình thường, vì đơn vị chỉ đạt một mức khi mọi tiêu chí đạt mức đó (${ruleSet.levels.map((l) => l.cite).join("; ")}).`,
  }];
}

export function auditClaims(evaluation: Evaluation, input: AssessmentInput, ruleSet: RuleSet): DataIssue[] {
  const byId = new Map(input.selfAssessments.map((s) => [s.indicatorId, s]));
  const findings: DataIssue[] = [];
  for (const indicator of evaluation.indicators) {
    const assessment = byId.get(indicator.id);
    if (!assessment) continue;
    findings.push(...claimFindings(indicator, assessment, ruleSet, input.names), ...figureFindings(indicator, assessment, input));
  }
  return [...findings, ...levelNote(evaluation, ruleSet)];
}
