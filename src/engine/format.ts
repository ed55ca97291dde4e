/**
 * Vietnamese number and level formatting: a decimal comma, a dot between thousands (97,7%; 1.234),
 * and the rule set's own level labels.
 */
import type { RuleSet } from "../rules/types";
import type { Outcome } from "./result";

const GROUP = ".";
const DECIMAL = ",";

/** 1234567 → "1.234.567". */
export function formatInteger(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = Math.round(Math.abs(n)).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
}

/**
 * A ratio as a percentage rounded to one decimal: 0.97674 → "97,7%", 1 → "100%", 0.9 → "90%".
 * Rounding is for display only; levels are decided on exact fractions.
 */
export function formatPercent(ratio: number): string {
  const tenths = Math.round(ratio * 1000);
  const whole = Math.trunc(tenths / 10);
  const decimal = Math.abs(tenths % 10);
  return decimal === 0 ? `${formatInteger(whole)}%` : `${formatInteger(whole)}${DECIMAL}${decimal}%`;
}

export const NOT_APPLICABLE_LABEL = "Không áp dụng";
export const NOT_MET_LABEL = "Không đạt";

/** "Đạt mức độ 2", "Không đạt", "Không áp dụng" — from the rule set's level definitions. */
export function levelLabel(outcome: Outcome, ruleSet: Pick<RuleSet, "levels">): string {
  if (outcome === null) return NOT_APPLICABLE_LABEL;
  if (outcome === 0) return NOT_MET_LABEL;
  return ruleSet.levels.find((l) => l.level === outcome)?.label ?? `Mức độ ${outcome}`;
}

/** Points with a Vietnamese decimal comma, at most two decimals: 95 → "95", 7.5 → "7,5". */
export function formatPoints(n: number): string {
  const hundredths = Math.round(n * 100);
  const whole = Math.trunc(hundredths / 100);
  const frac = Math.abs(hundredths % 100);
  if (frac === 0) return formatInteger(whole);
  const digits = frac % 10 === 0 ? String(frac / 10) : String(frac).padStart(2, "0");
  return `${hundredths < 0 && whole === 0 ? "-" : ""}${formatInteger(whole)}${DECIMAL}${digits}`;
}

/** “35/40 điểm”: points out of the maximum (TT22), for any face; missing points count as 0. */
export function formatPointsOf(scored: { points?: number | null; maxPoints?: number | null }): string {
  return `${formatPoints(scored.points ?? 0)}/${formatPoints(scored.maxPoints ?? 0)} điểm`;
}

/** "2024-01-26" → "26/01/2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
