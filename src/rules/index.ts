/** Every rule set dvht knows, by id, and the lookups the faces (CLI, custom functions, task pane) use. */
import type { IndicatorRule, RecognitionKind, RecognitionTier, RuleSet } from "./types";
import { TT22_2020 } from "./tt22-2020";
import { TT24_HUYEN } from "./tt24-2023/huyen";
import { TT24_TINH } from "./tt24-2023/tinh";
import { TT24_XA } from "./tt24-2023/xa";
import { TT25_HUYEN } from "./tt25-2023/huyen";
import { TT25_TINH } from "./tt25-2023/tinh";
import { TT25_XA } from "./tt25-2023/xa";

export const RULE_SETS: readonly RuleSet[] = [TT24_XA, TT24_HUYEN, TT24_TINH, TT25_XA, TT25_HUYEN, TT25_TINH, TT22_2020];

/** The rule set used when none is named: “Đơn vị học tập” cấp xã under TT24/2023. */
export const DEFAULT_RULE_SET_ID = TT24_XA.id;

export function findRuleSet(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id.trim().toLowerCase());
}

/** The rule set by id, or the default one when `id` is omitted or blank; undefined for an unknown id. */
export function ruleSetOrDefault(id?: string | null): RuleSet | undefined {
  return id === undefined || id === null || id.trim() === "" ? findRuleSet(DEFAULT_RULE_SET_ID) : findRuleSet(id);
}

/** A chỉ tiêu of a rule set by id ("2.5", "5.2", "3a"), case and spacing folded. */
export function findIndicator(ruleSet: RuleSet, id: string): IndicatorRule | undefined {
  const key = id.trim().toLowerCase().replace(",", ".");
  return ruleSet.indicators.find((i) => i.id === key) ?? ruleSet.indicators.find((i) => i.parts.some((p) => p.id === key));
}

/** Whether the rule set serves units recognised at this tier (its `tiers`, else its one `tier`). */
export function coversTier(ruleSet: RuleSet, tier: RecognitionTier): boolean {
  return (ruleSet.tiers ?? [ruleSet.tier]).includes(tier);
}

/**
 * The last day of an evaluated year's data (TT24 Điều 10 khoản 1 điểm b: “từ ngày 01 tháng 1 đến ngày 31
 * tháng 12 của năm đánh giá”): the day a rule set must be in force on to evaluate that year.
 */
export function periodEnd(year: number): string {
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** Whether the rule set is in force on the last day of the evaluated year (validFrom ≤ day ≤ validUntil). */
export function inForceFor(ruleSet: RuleSet, year: number): boolean {
  const day = periodEnd(year);
  return ruleSet.validFrom <= day && (ruleSet.validUntil === undefined || day <= ruleSet.validUntil);
}

/** Default "donViHocTap". */
export function kindOf(ruleSet: RuleSet): RecognitionKind {
  return ruleSet.kind ?? "donViHocTap";
}

/**
 * The rule set in force for a kind of recognition, a tier and a year: among those of the kind that cover
 * the tier and are in force, else the successor of one that covered it (cấp huyện → cấp xã after the
 * two-level reform). Undefined when no rule data fits.
 */
export function ruleSetInForce(kind: RecognitionKind, tier: RecognitionTier, year: number): RuleSet | undefined {
  const ofKind = RULE_SETS.filter((r) => kindOf(r) === kind);
  const direct = ofKind.find((r) => coversTier(r, tier) && inForceFor(r, year));
  if (direct) return direct;
  for (const r of ofKind.filter((x) => coversTier(x, tier) && x.successor)) {
    const next = findRuleSet(r.successor!);
    if (next && inForceFor(next, year)) return next;
  }
  return undefined;
}

export function isPointsBased(ruleSet: RuleSet): boolean {
  return ruleSet.scoring !== undefined;
}

export type { RuleSet } from "./types";
