/**
 * A tally of the inputs each property generated, per rule set, that hold data for every measure kind the
 * rule set reads (shapes.ts `fullShape`): the guard test reads it to prove that no rule set was exercised
 * only with inputs it ignores (a TT25 rule set fed a roster, TT22 without points).
 */
import type { AssessmentInput } from "../../src/engine/input";
import { fullShape, rulesOf } from "./shapes";

const tally = new Map<string, Map<string, number>>();

/** Count one generated input of rule set `id` for the property `suite`, when it has data of its shape. */
export function noteGenerated(suite: string, id: string, input: AssessmentInput): void {
  if (!fullShape(rulesOf(id), input)) return;
  const bySet = tally.get(suite) ?? new Map<string, number>();
  bySet.set(id, (bySet.get(id) ?? 0) + 1);
  tally.set(suite, bySet);
}

/** Inputs of full shape generated for rule set `id` by each suite. */
export function generatedFor(id: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [suite, bySet] of tally) if (bySet.get(id)) out.set(suite, bySet.get(id)!);
  return out;
}

export function suites(): string[] {
  return [...tally.keys()];
}
