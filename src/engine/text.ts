/**
 * Text folding for matching what clerks type against dvht's vocabulary: Unicode NFC (NFD input from
 * macOS or some web forms works the same), case, and runs of white space. `foldLoose` also drops
 * diacritics, for inputs typed without them ("Co", "Khong", "Dat").
 */
import { charOfSlot, slotOf, SLOTS } from "../rules/vocabulary/char-slots";

/**
 * Text that is already tidy: words of characters that are all NFC as they stand (Basic Latin, Latin-1,
 * Latin Extended-A/B, IPA, spacing modifiers and the precomposed Latin Extended Additional block that
 * Vietnamese uses — none of them a combining mark or a character NFC changes), separated by single
 * spaces, nothing at either end. Nearly every cell of a roster is like this; for it `normalize` and the
 * white-space replacement are identities, and skipping them was most of the reader's text folding time.
 */
const ALREADY_TIDY = /^[\u0021-\u009f\u00a1-\u02ff\u1e00-\u1eff]+(?: [\u0021-\u009f\u00a1-\u02ff\u1e00-\u1eff]+)*$/;

/**
 * NFC, lower case, trimmed, inner white space (including non-breaking) collapsed to one space.
 * Plain toLowerCase: Vietnamese has no locale-specific case mapping, and toLocaleLowerCase("vi") was
 * 60% of the reader's time on large rosters.
 */
export function fold(text: string): string {
  if (ALREADY_TIDY.test(text)) return text.toLowerCase();
  return text.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}

/**
 * foldLoose's full definition for text that is not already tidy, per distinct input: the same few values
 * ("Có", "Đạt", titles, headers) recur. Dropped when large, so memory stays bounded.
 */
const looseCache = new Map<string, string>();
const LOOSE_CACHE_LIMIT = 20_000;

function foldLooseOfAnyText(text: string): string {
  let out = looseCache.get(text);
  if (out === undefined) {
    out = fold(text)
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .replace(/đ/g, "d")
      .normalize("NFC");
    if (looseCache.size >= LOOSE_CACHE_LIMIT) looseCache.clear();
    looseCache.set(text, out);
  }
  return out;
}

/** foldLoose of each single character of the NFC-stable blocks (char-slots.ts), from the full definition. */
let looseTable: string[] | null = null;
function looseOfSlot(slot: number): string {
  if (looseTable === null) {
    looseTable = [];
    for (let i = 0; i < SLOTS; i++) looseTable.push(i === 0x20 ? " " : foldLooseOfAnyText(charOfSlot(i)));
  }
  return looseTable[slot]!;
}

/**
 * fold, then without diacritics (đ → d). Already-tidy text (nearly every cell, and every name: unique,
 * so not worth remembering) is folded one character at a time through a table.
 */
export function foldLoose(text: string): string {
  if (!ALREADY_TIDY.test(text)) return foldLooseOfAnyText(text);
  let out = "";
  for (let i = 0; i < text.length; i++) out += looseOfSlot(slotOf(text.charCodeAt(i)));
  return out;
}

/** NFC and collapsed white space, case kept: how a name is shown after reading. */
export function tidy(text: string): string {
  if (ALREADY_TIDY.test(text)) return text;
  return text.normalize("NFC").replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}
