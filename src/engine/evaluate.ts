/**
 * The evaluation: every indicator's figures and level, each criterion, the unit. A criterion reaches a
 * level when every applicable indicator does (TT24 Điều 9 khoản 4); the unit when every criterion does
 * (Điều 8). Indicators that do not apply to the unit are "Không áp dụng" and lower nothing.
 */
import { ASSUMPTIONS } from "../rules/assumptions";
import type { Basis, IndicatorPart, IndicatorRule, LevelNo, RuleSet } from "../rules/types";
import { applies, resolveRequirement } from "./applicability";
import { auditClaims } from "./audit";
import { decidingLevel, explainNotApplicable, explainPart, fullCite, type PartVerdict } from "./explain";
import { formatPoints, levelLabel } from "./format";
import { withGaps } from "./gaps";
import { ruleSetFit } from "./rule-set-fit";
import { gradeFor, sumPoints, evaluatePointsItem } from "./points";
import { procedureFor } from "./procedure";
import { withDerivedDigitalLevel } from "./qd4725";
import type { AssessmentInput, UnitInfo } from "./input";
import type { DataIssue } from "./issues";
import { lowestOutcome, reachedLevel } from "./level-scale";
import { measurePart, type MeasureContext } from "./measures";
import { indexMemberFacts, rowsByMember } from "./member-facts";
import type { CriterionResult, Evaluation, IndicatorResult, Outcome, PartResult } from "./result";

const BASIS_STRENGTH: Record<Basis, number> = { text: 0, secondary: 1, assumption: 2 };

function isRequired(verdict: Pick<PartVerdict, "requiredAt">, ruleSet: RuleSet): boolean {
  return ruleSet.levels.some((l) => verdict.requiredAt[l.level]);
}

/** A part with each level's requirement as it applies to this unit (variants resolved). */
function resolvePart(part: IndicatorPart, unit: UnitInfo): IndicatorPart {
  if (!Object.values(part.levels).some((r) => r?.variants)) return part;
  const levels: IndicatorPart["levels"] = {};
  for (const [level, requirement] of Object.entries(part.levels)) {
    if (requirement) levels[Number(level) as LevelNo] = resolveRequirement(requirement, unit);
  }
  return { ...part, levels };
}

function evaluateIndicator(indicator: IndicatorRule, ruleSet: RuleSet, ctx: MeasureContext): IndicatorResult {
  if (indicator.parts.some((p) => p.measure.kind === "points")) return evaluatePointsItem(indicator, ruleSet, ctx);
  const unit = ctx.input.unit;
  const parts: PartResult[] = [];
  const bases: Basis[] = [];
  const assumptions = new Set<string>();
  let decidingCite: string | null = null;

  for (const rulePart of indicator.parts) {
    const part = resolvePart(rulePart, unit);
    const verdict: PartVerdict = { requiredAt: {}, metAt: {} };
    for (const { level } of ruleSet.levels) {
      const requirement = part.levels[level];
      verdict.requiredAt[level] = requirement !== undefined && applies(requirement.appliesTo ?? part.appliesTo, unit);
    }
    if (!isRequired(verdict, ruleSet)) {
      parts.push({ id: part.id, label: part.label, requiredAt: verdict.requiredAt, metAt: {}, numerator: null, denominator: null, ratio: null, value: null, rows: null, explanation: explainNotApplicable(part, ruleSet) });
      continue;
    }
    const figures = measurePart(part, ctx);
    for (const { level } of ruleSet.levels) {
      const requirement = part.levels[level];
      if (!verdict.requiredAt[level] || !requirement) continue;
      verdict.metAt[level] = figures.meets(requirement);
      bases.push(requirement.basis);
      requirement.assumptions?.forEach((a) => assumptions.add(a));
    }
    if (ruleSet.levels.some((l) => part.levels[l.level] && !verdict.requiredAt[l.level])) {
      assumptions.add(ASSUMPTIONS.notApplicableExcluded!.id);
    }
    const deciding = decidingLevel(part, verdict, ruleSet);
    const failedHere = deciding !== undefined && !verdict.metAt[deciding.level];
    if (deciding && (decidingCite === null || failedHere)) decidingCite = fullCite(part.levels[deciding.level]!, ruleSet);
    const { numerator, denominator } = figures;
    parts.push({
      id: part.id,
      label: part.label,
      requiredAt: verdict.requiredAt,
      metAt: verdict.metAt,
      numerator,
      denominator,
      ratio: numerator !== null && denominator ? numerator / denominator : null,
      value: figures.value,
      rows: figures.rows,
      explanation: explainPart(part, figures, verdict, ruleSet),
    });
  }

  const applicable = parts.some((p) => isRequired(p, ruleSet));
  // An applicable indicator shows its applicable parts; a non-applicable one says why once.
  const shown = applicable ? parts.filter((p) => isRequired(p, ruleSet)) : parts.slice(0, 1);
  const level: Outcome = reachedLevel(
    ruleSet.levels,
    (l) => shown.some((p) => p.requiredAt[l]),
    (l) => shown.every((p) => !p.requiredAt[l] || p.metAt[l]),
  );
  if (!applicable) {
    assumptions.add(ASSUMPTIONS.notApplicableExcluded!.id);
  }
  // The figures shown for the indicator are the deciding part's: the first that fails the level the
  // indicator does not reach (3.1's learners at 90% while the members are at 100%).
  const failedLevel = ruleSet.levels.find((l) => shown.some((p) => p.requiredAt[l.level] && !p.metAt[l.level]))?.level;
  const deciding = failedLevel === undefined ? undefined : shown.find((p) => p.numerator !== null && p.requiredAt[failedLevel] && !p.metAt[failedLevel]);
  const main = deciding ?? shown.find((p) => p.numerator !== null) ?? shown[0]!;
  const basis = bases.reduce<Basis>((weakest, b) => (BASIS_STRENGTH[b] > BASIS_STRENGTH[weakest] ? b : weakest), "text");
  const firstPart = resolvePart(indicator.parts[0]!, unit);
  const firstRequirement = ruleSet.levels.map((l) => firstPart.levels[l.level]).find((r) => r !== undefined);
  return {
    id: indicator.id,
    criterion: indicator.criterion,
    title: indicator.title,
    level,
    numerator: main.numerator,
    denominator: main.denominator,
    ratio: main.ratio,
    explanation: shown.map((p) => p.explanation).join(". "),
    citation: decidingCite ?? (firstRequirement ? fullCite(firstRequirement, ruleSet) : ruleSet.regulation.name),
    basis,
    assumptions: [...assumptions],
    parts: shown,
  };
}

export function evaluate(rawInput: AssessmentInput, ruleSet: RuleSet, priorIssues: DataIssue[] = []): Evaluation {
  const derived = withDerivedDigitalLevel(rawInput.unit, rawInput.names);
  const input: AssessmentInput = derived.unit === rawInput.unit ? rawInput : { ...rawInput, unit: derived.unit };
  const rows = rowsByMember(input);
  const ctx: MeasureContext = {
    input,
    rows,
    evidence: ruleSet.evidence,
    regulation: ruleSet.regulation.name,
    facts: indexMemberFacts(input, rows),
    selfAssessments: new Map(input.selfAssessments.map((s) => [s.indicatorId, s])),
    issues: [...derived.issues, ...ruleSetFit(input, ruleSet)],
  };
  const indicators = withGaps(ruleSet.indicators.map((indicator) => evaluateIndicator(indicator, ruleSet, ctx)), ruleSet, ctx);
  const scoring = ruleSet.scoring;
  const criteria: CriterionResult[] = ruleSet.criteria.map((criterion) => {
    const own = indicators.filter((i) => i.criterion === criterion.id);
    const result: CriterionResult = {
      id: criterion.id,
      title: criterion.title,
      level: lowestOutcome(own.map((i) => i.level)),
      applicable: own.filter((i) => i.level !== null).map((i) => i.id),
    };
    if (scoring) {
      result.points = sumPoints(own.map((i) => i.points ?? 0));
      result.maxPoints = criterion.maxPoints ?? sumPoints(own.map((i) => i.maxPoints ?? 0));
    }
    return result;
  });
  const overall = lowestOutcome(criteria.map((c) => c.level));
  const counted = input.members.filter((m) => m.counted).length;
  const evaluation: Evaluation = {
    ruleSet: { id: ruleSet.id, title: ruleSet.title, regulation: ruleSet.regulation.name },
    unit: input.unit,
    members: { total: input.members.length, counted, excluded: input.members.length - counted },
    indicators,
    criteria,
    overall: { level: overall, label: levelLabel(overall, ruleSet) },
    issues: [...priorIssues, ...ctx.issues],
  };
  if (scoring) {
    const points = sumPoints(criteria.map((c) => c.points ?? 0));
    const band = gradeFor(points, scoring);
    evaluation.scoring = { points, maxPoints: scoring.maxTotal, grade: band.grade, citation: `${band.cite} ${ruleSet.regulation.name}` };
    evaluation.overall = { level: null, label: `Xếp loại ${band.grade} (${formatPoints(points)}/${formatPoints(scoring.maxTotal)} điểm)` };
  }
  if (ruleSet.input === "community") evaluation.community = { population: input.unit.population ?? null };
  const procedure = procedureFor(ruleSet, input.unit, evaluation.overall.level, input.names);
  if (procedure.result) evaluation.procedure = procedure.result;
  if (procedure.result?.note) evaluation.overall.note = procedure.result.note;
  evaluation.issues.push(...procedure.issues);
  evaluation.issues.push(...auditClaims(evaluation, input, ruleSet));
  return evaluation;
}
