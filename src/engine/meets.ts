/**
 * The one decision of whether a figure meets a level's requirement, used by the engine (measures.ts, from
 * the workbook) and by every DVHT.* function (src/functions, from a value typed in a cell): the same rule
 * data, the same exact comparisons. Figures are typed; reading “97,7%” or “42/43” from a cell is the
 * functions' job, not the engine's.
 */
import type { LevelRequirement, ScaleId } from "../rules/types";
import { scaleRank } from "./scale";
import { meetsThreshold, parseThreshold, thresholdValue } from "./threshold";

/** What is known of one indicator part, enough to decide any level's requirement. */
export type Figures =
  /** A share as counts (members, learners, citizens): compared exactly, numerator·den ≥ num·denominator. */
  | { kind: "share"; numerator: number; denominator: number }
  /**
   * A share typed or computed in a cell (0.95 from 19/20 in floating point): compared with a tolerance far
   * below any real roster's step (1e-9).
   */
  | { kind: "decimalShare"; value: number }
  /** A value on an ordinal scale (a collective title, a mức chuyển đổi số, a mức phổ cập), as written. */
  | { kind: "ordinal"; scale: ScaleId; value: string | null }
  /** Yes or no: a unit's flag, or the committee's judgement with its evidence already weighed. */
  | { kind: "flag"; met: boolean }
  /** The recognition level of each member unit (commune, district), as written; null = not recognised. */
  | { kind: "memberUnits"; levels: readonly (string | null)[] }
  /** Figures that are missing: no level is met. */
  | { kind: "missing" };

/** The members (at or above `minimum` on the recognitionLevel scale) among member units' levels. */
export function memberUnitsAtLeast(levels: readonly (string | null)[], minimum: string | undefined): number {
  const min = minimum === undefined ? 0 : (scaleRank("recognitionLevel", minimum) ?? Infinity);
  return levels.filter((l) => l !== null && (scaleRank("recognitionLevel", l) ?? -1) >= min).length;
}

export function meets(requirement: LevelRequirement, figures: Figures): boolean {
  switch (figures.kind) {
    case "share":
      return requirement.threshold !== undefined && meetsThreshold(figures.numerator, figures.denominator, parseThreshold(requirement.threshold));
    case "decimalShare":
      return requirement.threshold !== undefined && figures.value >= thresholdValue(parseThreshold(requirement.threshold)) - 1e-9;
    case "ordinal": {
      const rank = figures.value === null ? undefined : scaleRank(figures.scale, figures.value);
      const min = requirement.minimum === undefined ? undefined : scaleRank(figures.scale, requirement.minimum);
      return rank !== undefined && min !== undefined && rank >= min;
    }
    case "flag":
      return figures.met;
    case "memberUnits":
      return (
        figures.levels.length > 0 &&
        requirement.threshold !== undefined &&
        meetsThreshold(memberUnitsAtLeast(figures.levels, requirement.minimum), figures.levels.length, parseThreshold(requirement.threshold))
      );
    case "missing":
      return false;
  }
}
