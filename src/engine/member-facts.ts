/**
 * Awards, certificates and training indexed by member once, so that every indicator is a single pass
 * over the roster (no member × row scans). Only the evaluated year's awards and training count
 * (TT24 Điều 10 khoản 1 điểm b: data from 01/01 to 31/12 of the year); certificates count when issued
 * by the end of that year.
 */
import type { AssessmentInput } from "./input";
import { fold } from "./text";

export interface MemberFacts {
  /** Award titles of the evaluated year, as written. */
  titles: string[];
  /** Folded certificate categories, each once. */
  certificateCategories: string[];
  /** Per folded training group: how many programmes of the year, and how many completed. */
  trainingGroups: TrainingTally[];
}

export interface TrainingTally {
  group: string;
  total: number;
  completed: number;
}

/**
 * Lists rather than sets and maps: a member has one or two categories and groups, and a roster of
 * 100,000 members would otherwise allocate 200,000 hash tables.
 */
function emptyFacts(): MemberFacts {
  return { titles: [], certificateCategories: [], trainingGroups: [] };
}

/** A member's tally of a folded training group, if any programme of it is recorded. */
export function tallyOf(facts: MemberFacts | undefined, group: string): TrainingTally | undefined {
  if (facts === undefined) return undefined;
  for (const tally of facts.trainingGroups) if (tally.group === group) return tally;
  return undefined;
}

/**
 * The facts of each member of `input.members`, in the same order (undefined: nothing recorded, or a key
 * two members share), so that each indicator's pass over the roster reads them by position.
 */
export function indexMemberFacts(input: AssessmentInput): (MemberFacts | undefined)[] {
  const year = input.unit.year;
  // Categories and groups are a few values repeated on every row: each folded once.
  const folded = new Map<string, string>();
  const foldOnce = (text: string): string => {
    let f = folded.get(text);
    if (f === undefined) folded.set(text, (f = fold(text)));
    return f;
  };
  const facts = new Map<string, MemberFacts>();
  const known = new Set(input.members.map((m) => m.key));
  // A member's rows usually follow one another: the last key's facts are reused without a lookup.
  let lastKey: string | null = null;
  let lastFacts: MemberFacts | undefined;
  const factsOf = (key: string): MemberFacts | undefined => {
    if (key === lastKey) return lastFacts;
    lastKey = key;
    if (!known.has(key) || input.ambiguousKeys.has(key)) return (lastFacts = undefined);
    let f = facts.get(key);
    if (!f) facts.set(key, (f = emptyFacts()));
    return (lastFacts = f);
  };

  for (const award of input.awards) {
    if (year === null || award.year !== year) continue;
    factsOf(award.memberKey)?.titles.push(award.title);
  }
  for (const cert of input.certificates) {
    if (year !== null && cert.issuedYear !== null && cert.issuedYear > year) continue;
    const f = factsOf(cert.memberKey);
    const category = foldOnce(cert.category);
    if (f && !f.certificateCategories.includes(category)) f.certificateCategories.push(category);
  }
  for (const training of input.trainings) {
    if (year === null || training.year !== year) continue;
    const f = factsOf(training.memberKey);
    if (!f) continue;
    const group = foldOnce(training.group);
    let tally = tallyOf(f, group);
    if (tally === undefined) f.trainingGroups.push((tally = { group, total: 0, completed: 0 }));
    tally.total += 1;
    if (training.completed) tally.completed += 1;
  }
  return input.members.map((m) => facts.get(m.key));
}
