/**
 * Thresholds as exact fractions. "95%" is 95/100 and "97,5%" or "97.5%" is 975/1000; a share meets it
 * when numerator·den ≥ num·denominator, so 42/43 is compared with 95% without floating-point error.
 */
import type { ThresholdText } from "../rules/types";

export interface Fraction {
  num: number;
  den: number;
}

const PERCENT = /^(\d+)(?:[.,](\d+))?%$/;
const RATIO = /^(\d+)\/(\d+)$/;

export function parseThreshold(text: ThresholdText | string): Fraction {
  const compact = text.replace(/\s+/g, "");
  const percent = PERCENT.exec(compact);
  if (percent) {
    const decimals = percent[2] ?? "";
    return { num: Number(percent[1]! + decimals), den: 100 * 10 ** decimals.length };
  }
  const ratio = RATIO.exec(compact);
  if (ratio && Number(ratio[2]) > 0) return { num: Number(ratio[1]), den: Number(ratio[2]) };
  throw new Error(`Ngưỡng không hợp lệ trong dữ liệu quy định: “${text}”`);
}

/** numerator/denominator ≥ threshold, exactly. A zero denominator meets nothing. */
export function meetsThreshold(numerator: number, denominator: number, threshold: Fraction): boolean {
  if (denominator <= 0) return false;
  return numerator * threshold.den >= threshold.num * denominator;
}

/** The threshold as a number in [0, 1], for display and for spreadsheets. */
export function thresholdValue(threshold: Fraction): number {
  return threshold.num / threshold.den;
}
