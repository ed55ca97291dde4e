/**
 * A rule set derived from another: the criteria and indicators are inherited, not copied, and only the
 * fields that differ (id, title, authority, dates, amending texts) are given.
 */
import type { RuleSet } from "./types";

export type RuleSetOverrides = Pick<RuleSet, "id" | "title" | "authority" | "tier" | "validFrom"> &
  Partial<Pick<RuleSet, "validUntil" | "successor" | "amendedBy">>;

export function deriveRuleSet(base: RuleSet, overrides: RuleSetOverrides): RuleSet & { inherits: string } {
  return { ...base, ...overrides, inherits: base.id };
}
