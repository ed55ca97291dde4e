/** Every rule set dvht knows, by id. */
import type { RuleSet } from "./types";
import { TT24_HUYEN } from "./tt24-2023/huyen";
import { TT24_XA } from "./tt24-2023/xa";

export const RULE_SETS: readonly RuleSet[] = [TT24_XA, TT24_HUYEN];

export function findRuleSet(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id.trim().toLowerCase());
}

export type { RuleSet } from "./types";
