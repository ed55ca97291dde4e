/** `dvht evaluate --json`: exactly one JSON object, with levels as 0, 1, 2 or null. */
import type { Evaluation } from "../engine/result";

/** Four decimals are enough to read a ratio; levels were decided on exact fractions before this. */
function round4(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 10_000) / 10_000;
}

export function evaluationJson(evaluation: Evaluation): object {
  const { unit } = evaluation;
  return {
    ruleSet: evaluation.ruleSet.id,
    ruleSetTitle: evaluation.ruleSet.title,
    unit: {
      name: unit.name,
      type: unit.type,
      tier: unit.tier,
      year: unit.year,
      publicSector: unit.publicSector,
      schoolLevel: unit.schoolLevel,
    },
    members: evaluation.members,
    indicators: evaluation.indicators.map((i) => ({
      id: i.id,
      criterion: i.criterion,
      title: i.title,
      numerator: i.numerator,
      denominator: i.denominator,
      ratio: round4(i.ratio),
      level: i.level,
      explanation: i.explanation,
      citation: i.citation,
      basis: i.basis,
      assumptions: i.assumptions,
      parts: i.parts.map((p) => ({
        id: p.id,
        numerator: p.numerator,
        denominator: p.denominator,
        ratio: round4(p.ratio),
        value: p.value,
        metAt: p.metAt,
        rows: p.rows,
      })),
      // Every share part: who does not count (name, reason, sheet, row) and the count to the next level.
      gaps: i.gaps ?? [],
    })),
    criteria: evaluation.criteria.map((c) => ({ id: c.id, title: c.title, level: c.level, applicable: c.applicable })),
    overall: evaluation.overall,
    procedure: evaluation.procedure ?? null,
    issues: evaluation.issues,
  };
}
