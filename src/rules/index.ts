/** Every rule set dvht knows, by id, and the lookups the faces (CLI, custom functions, task pane) use. */
import type { IndicatorRule, RecognitionTier, RuleSet } from "./types";
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

export function isPointsBased(ruleSet: RuleSet): boolean {
  return ruleSet.scoring !== undefined;
}

export type { RuleSet } from "./types";
