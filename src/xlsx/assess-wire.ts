/**
 * What crosses between assess-files.ts and its worker threads. A rule set (25 KB of data) crosses to the main
 * thread once per worker: later results that use it carry its number only, and the main thread puts the
 * rule set back (ruleSetOnArrival), so a thousand results do not each carry a copy.
 */
import type { RuleSet } from "../rules/types";
import type { FileAssessment } from "./assess-file";

/**
 * An evaluated result's rule set as sent: its number in this worker, and the rule set itself the first time.
 * The result's own `ruleSet` is left out when the rule set was sent before.
 */
export interface SentRuleSet {
  index: number;
  ruleSet?: RuleSet;
}

/** An unforeseen error goes back as plain data (an Error's `code` and `path` do not cross threads). */
export type WorkerReply =
  | { ok: true; result: FileAssessment; ruleSet?: SentRuleSet }
  | { ok: false; error: { name: string; message: string; code?: string; path?: string } };

/**
 * The rule sets this worker has sent, by identity: the rule sets are the rule data's own objects, one per
 * regulation and level of unit, so two with one id but other data stay apart.
 */
const sent = new Map<RuleSet, number>();

export function reply(result: FileAssessment): Extract<WorkerReply, { ok: true }> {
  const assessment = result.assessment;
  if (assessment?.kind !== "evaluated") return { ok: true, result };
  const known = sent.get(assessment.ruleSet);
  const index = known ?? sent.size;
  if (known === undefined) sent.set(assessment.ruleSet, index);
  const without = { ...result, assessment: { ...assessment, ruleSet: undefined as unknown as RuleSet } };
  return { ok: true, result: without, ruleSet: known === undefined ? { index, ruleSet: assessment.ruleSet } : { index } };
}

/** The main thread's side: the result with its rule set back, from what this worker sent before. */
export function ruleSetOnArrival(message: Extract<WorkerReply, { ok: true }>, received: RuleSet[]): FileAssessment {
  const { result, ruleSet } = message;
  if (!ruleSet || result.assessment?.kind !== "evaluated") return result;
  if (ruleSet.ruleSet) received[ruleSet.index] = ruleSet.ruleSet;
  const known = received[ruleSet.index];
  if (!known) throw new Error(`rule set ${ruleSet.index} was never sent by this worker`);
  return { ...result, assessment: { ...result.assessment, ruleSet: known } };
}

export function plain(error: unknown): Extract<WorkerReply, { ok: false }>["error"] {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { code, path } = error as { code?: unknown; path?: unknown };
  return { name: error.name, message: error.message, code: typeof code === "string" ? code : undefined, path: typeof path === "string" ? path : undefined };
}

