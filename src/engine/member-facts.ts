/**
 * Awards, certificates and training indexed by member once, so that every indicator is a single pass
 * over the roster (no member × row scans). Only the evaluated year's awards and training count
 * (TT24 Điều 10 khoản 1 điểm b: data from 01/01 to 31/12 of the year); certificates count when issued
 * by the end of that year.
 */
import type { AssessmentInput, Award, Certificate, Training } from "./input";
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
 * The one empty list every member's lists start as, never changed: `added` replaces it by a list of one
 * item. A member has one or two of each, and an empty array grown by push reserves 17 slots; at 100,000
 * members those were most of the evaluation's allocations. Frozen, so a push onto it would throw.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** `list` with `item` added: a new list of one for NONE, else the same list. */
function added<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
}

/**
 * Lists rather than sets and maps: a member has one or two categories and groups, and a roster of
 * 100,000 members would otherwise allocate 200,000 hash tables.
 */
function emptyFacts(): MemberFacts {
  return { titles: NONE, certificateCategories: NONE, trainingGroups: NONE };
}

/** A member's tally of a folded training group, if any programme of it is recorded. */
export function tallyOf(facts: MemberFacts | undefined, group: string): TrainingTally | undefined {
  if (facts === undefined) return undefined;
  const tallies = facts.trainingGroups;
  for (let i = 0; i < tallies.length; i++) if (tallies[i]!.group === group) return tallies[i];
  return undefined;
}

/** A member's rows of the other sheets, all years, in row order. */
export interface MemberRows {
  awards: Award[];
  certificates: Certificate[];
  trainings: Training[];
}

/**
 * Every award, certificate and training row grouped by member key, in row order: one pass and one map
 * for both the facts below and the shortfall reasons (src/engine/shortfall-reasons.ts).
 */
export function rowsByMember(input: AssessmentInput): Map<string, MemberRows> {
  const rows = new Map<string, MemberRows>();
  // A member's rows usually follow one another: the last key's entry is reused without a lookup.
  let lastKey: string | null = null;
  let last: MemberRows | undefined;
  const of = (key: string): MemberRows => {
    if (key !== lastKey || last === undefined) {
      lastKey = key;
      last = rows.get(key);
      if (last === undefined) rows.set(key, (last = { awards: NONE, certificates: NONE, trainings: NONE }));
    }
    return last;
  };
  // Indexed loops: for…of allocates an iterator result per row until the loop is optimised.
  const { awards, certificates, trainings } = input;
  for (let i = 0; i < awards.length; i++) {
    const own = of(awards[i]!.memberKey);
    own.awards = added(own.awards, awards[i]!);
  }
  for (let i = 0; i < certificates.length; i++) {
    const own = of(certificates[i]!.memberKey);
    own.certificates = added(own.certificates, certificates[i]!);
  }
  for (let i = 0; i < trainings.length; i++) {
    const own = of(trainings[i]!.memberKey);
    own.trainings = added(own.trainings, trainings[i]!);
  }
  return rows;
}

/**
 * The facts of each member of `input.members`, in the same order, so that each indicator's pass over the
 * roster reads them by position. Undefined when the member's key is ambiguous (two members share it) or
 * none of its rows counts for the evaluated year.
 */
export function indexMemberFacts(input: AssessmentInput, rows: Map<string, MemberRows> = rowsByMember(input)): (MemberFacts | undefined)[] {
  const year = input.unit.year;
  // Categories and groups are a few values repeated on every row: each folded once.
  const folded = new Map<string, string>();
  const foldOnce = (text: string): string => {
    let f = folded.get(text);
    if (f === undefined) folded.set(text, (f = fold(text)));
    return f;
  };
  const factsOf = (own: MemberRows): MemberFacts | undefined => {
    let f: MemberFacts | undefined;
    for (let i = 0; i < own.awards.length; i++) {
      const award = own.awards[i]!;
      if (year === null || award.year !== year) continue;
      f ??= emptyFacts();
      f.titles = added(f.titles, award.title);
    }
    for (let i = 0; i < own.certificates.length; i++) {
      const cert = own.certificates[i]!;
      if (year !== null && cert.issuedYear !== null && cert.issuedYear > year) continue;
      const category = foldOnce(cert.category);
      f ??= emptyFacts();
      if (!f.certificateCategories.includes(category)) f.certificateCategories = added(f.certificateCategories, category);
    }
    for (let i = 0; i < own.trainings.length; i++) {
      const training = own.trainings[i]!;
      if (year === null || training.year !== year) continue;
      const group = foldOnce(training.group);
      f ??= emptyFacts();
      let tally = tallyOf(f, group);
      if (tally === undefined) f.trainingGroups = added(f.trainingGroups, (tally = { group, total: 0, completed: 0 }));
      tally.total += 1;
      if (training.completed) tally.completed += 1;
    }
    return f;
  };
  return input.members.map((m) => {
    if (input.ambiguousKeys.has(m.key)) return undefined;
    const own = rows.get(m.key);
    return own === undefined ? undefined : factsOf(own);
  });
}
