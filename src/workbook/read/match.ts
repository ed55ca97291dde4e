/**
 * Matching what clerks write (sheet names, headers, labels, scale values) against dvht's names.
 * A matcher is built once from a list of entries and then answers in constant time per lookup.
 *
 * Stages, best first: the folded text (NFC/NFD, case, spaces) equals a name; with `stripDecorations`,
 * the text without parenthesised notes and trailing “:” or “*” equals one; then the same two without
 * diacritics ("Ho va ten"), but only when that loose form points at a single entry.
 */
import { fold, foldLoose } from "../../engine/text";

export interface MatchEntry<T> {
  value: T;
  /** The primary name first, then aliases. */
  names: string[];
}

export interface MatchHit<T> {
  value: T;
  /** Lower is better: 0 = primary name, exact fold; larger = alias, decoration stripped, diacritics dropped. */
  rank: number;
}

export interface MatcherOptions {
  /** Also try the text with “(…)” notes and trailing “:”/“*” removed (headers, labels; not sheet names). */
  stripDecorations?: boolean;
}

export type Matcher<T> = (text: string) => MatchHit<T> | undefined;

/** "Họ và tên (ghi đầy đủ):" → "Họ và tên". */
export function stripDecorations(text: string): string {
  return text
    .replace(/\([^()]*\)/gu, " ")
    .replace(/[\s:*.]+$/u, "")
    .trim();
}

interface Slot<T> {
  value: T;
  primary: boolean;
}

function addSlot<T>(map: Map<string, Slot<T>[]>, key: string, slot: Slot<T>): void {
  if (key === "") return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [slot]);
  else if (!list.some((s) => s.value === slot.value)) list.push(slot);
  else if (slot.primary) {
    const existing = list.find((s) => s.value === slot.value)!;
    existing.primary = true;
  }
}

/** Matchers already built for a list of specs (the schema's constant lists): see matcherFor. */
const built = new WeakMap<object, WeakMap<object, Matcher<unknown>>>();

/**
 * The matcher `build` makes for `specs`, built once per list and kind (`kind`: the builder itself): the
 * specs are dvht's constant schema lists, and `dvht summary` reads the same headers in a thousand files.
 * A list made afresh on each call simply misses.
 */
export function matcherFor<S extends object, T>(specs: S, kind: object, build: () => Matcher<T>): Matcher<T> {
  let byKind = built.get(specs);
  if (byKind === undefined) built.set(specs, (byKind = new WeakMap()));
  let match = byKind.get(kind) as Matcher<T> | undefined;
  if (match === undefined) byKind.set(kind, (match = build()) as Matcher<unknown>);
  return match;
}

export function buildMatcher<T>(entries: MatchEntry<T>[], options: MatcherOptions = {}): Matcher<T> {
  const exact = new Map<string, Slot<T>[]>();
  const loose = new Map<string, Slot<T>[]>();
  for (const entry of entries) {
    entry.names.forEach((name, i) => {
      const slot = { value: entry.value, primary: i === 0 };
      addSlot(exact, fold(name), slot);
      addSlot(loose, foldLoose(name), { ...slot });
      if (options.stripDecorations) {
        addSlot(exact, fold(stripDecorations(name)), { ...slot, primary: false });
        addSlot(loose, foldLoose(stripDecorations(name)), { ...slot, primary: false });
      }
    });
  }

  const lookExact = (key: string, base: number): MatchHit<T> | undefined => {
    const list = exact.get(key);
    if (list === undefined) return undefined;
    const first = list.find((s) => s.primary) ?? list[0]!;
    return { value: first.value, rank: base + (first.primary ? 0 : 1) };
  };
  const lookLoose = (key: string, base: number): MatchHit<T> | undefined => {
    const list = loose.get(key);
    if (list === undefined || list.length !== 1) return undefined;
    return { value: list[0]!.value, rank: base };
  };

  return (text: string) => {
    const folded = fold(text);
    if (folded === "") return undefined;
    const stripped = options.stripDecorations ? fold(stripDecorations(text)) : folded;
    return (
      lookExact(folded, 0) ??
      (stripped !== folded ? lookExact(stripped, 2) : undefined) ??
      lookLoose(foldLoose(text), 4) ??
      (stripped !== folded ? lookLoose(foldLoose(stripped), 5) : undefined)
    );
  };
}
