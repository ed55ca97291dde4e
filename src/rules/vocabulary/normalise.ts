/**
 * How two spellings of the same words are made equal before they are compared: characters nobody sees
 * (zero-width joiners, direction marks, soft hyphens, word joiners, BOM) are removed, lookalike letters
 * are folded to the Vietnamese ones (“Ð” U+00D0, Icelandic eth, → “Đ”), and the tone mark is moved to
 * one place in the syllable, so the old and new placements (“Hòa”/“Hoà”, “Thúy”/“Thuý”) compare equal.
 * Pure string functions: the vocabularies and the name index use them.
 */
import { rememberedPerText } from "./remember";
import { charOfSlot, slotOf, SLOTS } from "./char-slots";

/** ZWSP, ZWNJ, ZWJ, LRM, RLM, the bidi embeddings and isolates, word joiner, soft hyphen, BOM. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u00ad\ufeff\u180e]/gu;

/** Letters that look like Vietnamese ones but are other code points. */
const LOOKALIKES: Record<string, string> = {
  "\u00d0": "Đ", // Ð LATIN CAPITAL LETTER ETH
  "\u0189": "Đ", // Ɖ LATIN CAPITAL LETTER AFRICAN D
  "\u00f0": "đ", // ð LATIN SMALL LETTER ETH
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "gu");

/** Any character cleanText changes (a single cheap test before the two replacements). */
const NEEDS_CLEANING = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u00ad\ufeff\u180e\u00d0\u0189\u00f0]/u;

/** The text without invisible characters and with lookalike letters folded; case and marks kept. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(INVISIBLE, "").replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}

/**
 * A full definition remembered per input, behind a shortcut that handles nearly every cell without it:
 * what reaches it (NFD text from macOS, old-style tones, invisible characters) tends to repeat.
 */
function remembered(fn: (text: string) => string): (text: string) => string {
  return rememberedPerText(fn, 50_000);
}

/**
 * Characters that NFC and NFD leave as one code point or decompose without reordering surprises: Basic
 * Latin, Latin-1, Latin Extended-A/B, IPA, spacing modifiers and the precomposed Vietnamese letters of
 * Latin Extended Additional. None is a combining mark or changed by NFC, so text made only of them is NFC.
 */
const NFC_STABLE = /^[\u0000-\u02ff\u1e00-\u1eff]*$/;

/** Each precomposed letter of the NFC-stable blocks without its marks (“ễ” → “e”, “Đ” stays): built once. */
let baseLetters: Map<string, string> | null = null;
function baseLetter(c: string): string {
  if (baseLetters === null) {
    baseLetters = new Map();
    for (const [from, to] of [[0xc0, 0x2ff], [0x1e00, 0x1eff]] as const) {
      for (let code = from; code <= to; code++) {
        const ch = String.fromCharCode(code);
        const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
        if (base !== ch) baseLetters.set(ch, base);
      }
    }
  }
  return baseLetters.get(c) ?? c;
}

/**
 * The text in NFD without combining marks. For text of NFC-stable characters (nearly every cell) each
 * letter is looked up instead of normalising the whole string, with the same result.
 */
function withoutMarks(text: string): string {
  if (NFC_STABLE.test(text)) return text.replace(/[\u00c0-\u02ff\u1e00-\u1eff]/g, baseLetter);
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters; other marks (mũ, trăng, móc) stay put. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Open syllables whose tone the old style puts on the first vowel (hòa, hòe, thúy) and the new on the second. */
const TWO_STYLE_ENDINGS = ["oa", "oe", "uy"];

/**
 * An o or u carrying only a tone (ò, ó, õ, ỏ, ọ, ù, …) followed by an a, e or y (with or without marks):
 * the only places toneFold can move a tone (“Hòa”, “Thúy”; not “Dũng”, “Ngọc”, “Hùng”). Both classes are
 * built from the definitions: the o/u whose NFD is the letter and one tone mark, the letters whose base
 * is a, e or y.
 */
let oldStyleTone: RegExp | null = null;
function mayMoveTone(text: string): boolean {
  if (oldStyleTone === null) {
    const toned = classOf((c) => {
      const d = c.normalize("NFD");
      return d.length === 2 && "oOuU".includes(d[0]!) && TONE.test(d[1]!);
    });
    const aey = classOf((c) => ["a", "e", "y"].includes(withoutMarks(c).toLowerCase()));
    oldStyleTone = new RegExp(toned + aey);
  }
  return oldStyleTone.test(text);
}

/**
 * The text with the tone of open “oa”, “oe”, “uy” syllables on the second vowel (the new placement):
 * “Hòa” → “Hoà”, “Thúy” → “Thuý”, so both placements compare equal. Other syllables are left as they are.
 */
export function toneFold(text: string): string {
  // Most names have no old-style “òa/òe/úy” and are NFC already: nothing to move, no normalising, and
  // nothing remembered (names are unique: caching them only costs).
  if (NFC_STABLE.test(text) && !mayMoveTone(text)) return text;
  return movedTones(text);
}

/** toneFold's full definition, remembered: reached only by text with an old-style tone or not NFC-stable. */
const movedTones = remembered((text: string): string =>
  text.normalize("NFD").replace(/[\p{L}\p{M}]+/gu, (word) => {
    // Clusters: a base letter and its combining marks.
    const clusters = word.match(/\P{M}\p{M}*/gu);
    if (!clusters || clusters.length < 2) return word;
    const last = clusters[clusters.length - 1]!;
    const before = clusters[clusters.length - 2]!;
    const ending = (before[0]! + last[0]!).toLowerCase();
    if (!TWO_STYLE_ENDINGS.includes(ending) || before.length !== 2 || !TONE.test(before) || TONE.test(last)) return word;
    clusters[clusters.length - 2] = before[0]!;
    clusters[clusters.length - 1] = last + before[1]!;
    return clusters.join("");
  }).normalize("NFC"),
);

/** nameKey's full definition, remembered: reached only by text that is not already a tidy, clean name. */
const nameKeyOfAnyText = remembered((name: string): string =>
  toneFold(cleanText(name).normalize("NFC").toLowerCase().replace(/[\s\u00a0]+/gu, " ").trim()),
);

/** A regexp character class (no `u` flag: every member is in the BMP) of the slots' characters that pass `keep`. */
function classOf(keep: (c: string) => boolean): string {
  let out = "";
  let start = -1;
  const hex = (n: number) => "\\u" + n.toString(16).padStart(4, "0");
  for (let code = 0; code <= 0x1f00; code++) {
    const inside = code < 0x1f00 && slotOf(code) >= 0 && keep(String.fromCharCode(code));
    if (inside && start < 0) start = code;
    if (!inside && start >= 0) {
      out += start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`;
      start = -1;
    }
  }
  return `[${out}]`;
}

/** Words of characters as in isTidyName, allowed by `keep`, separated by single spaces, nothing at either end. */
function tidyWords(keep: (c: string) => boolean): RegExp {
  const letter = classOf((c) => c > " " && c !== "\u00a0" && cleanText(c) === c && keep(c));
  return new RegExp(`^${letter}+(?: ${letter}+)*$`);
}

/**
 * Text that cleanText and tidy (src/engine/text.ts) both leave as it is: words of NFC-stable characters,
 * none that cleanText changes, single spaces, nothing at either end. A cell read as text is nearly always
 * one, and is then its own tidy text: one regexp test instead of two.
 */
let tidyAndClean: RegExp | null = null;
export function isTidyAndClean(text: string): boolean {
  return (tidyAndClean ??= tidyWords(() => true)).test(text);
}

/**
 * A name nameKey can fold with toLowerCase alone: words of NFC-stable characters that cleanText leaves
 * as they are and whose lower case is one NFC-stable character (not “İ”), single spaces, nothing at either
 * end. Built from the definitions above, so it cannot drift from them. Nearly every roster name is one.
 */
let tidyName: RegExp | null = null;
function isTidyName(text: string): boolean {
  return (tidyName ??= tidyWords((c) => c.toLowerCase().length === 1 && NFC_STABLE.test(c.toLowerCase()))).test(text);
}

/** The key under which two names are the same person's: clean, case and spaces folded, tone placement folded. */
export function nameKey(name: string): string {
  if (isTidyName(name)) return toneFold(name.toLowerCase());
  return nameKeyOfAnyText(name);
}

/** looseWords before its runs of punctuation and space are merged: clean, no marks, lower case, đ → d. */
function looseLetters(text: string): string {
  return withoutMarks(cleanText(text)).toLowerCase().replace(/đ/g, "d");
}

/** looseWords' full definition, remembered: reached only by text with a character outside the table. */
const looseWordsOfAnyText = remembered((text: string): string => looseLetters(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim());

/**
 * looseLetters of each character of the table, as the definition gives it: its letters and digits; " " for
 * a character that is all punctuation or space (a word break); "" for one cleanText removes; null for
 * one that gives both (none does today: then the whole text takes the full definition).
 */
let looseTable: (string | null)[] | null = null;
function looseOfSlot(slot: number): string | null {
  if (looseTable === null) {
    looseTable = [];
    for (let i = 0; i < SLOTS; i++) {
      const out = looseLetters(charOfSlot(i));
      looseTable.push(out === "" ? "" : /^[\p{L}\p{N}]+$/u.test(out) ? out : /^[^\p{L}\p{N}]+$/u.test(out) ? " " : null);
    }
  }
  return looseTable[slot]!;
}

/**
 * What looseWords makes of one character (a UTF-16 code unit): its letters and digits, " " for a word
 * break, "" for nothing, null for a character outside the table (then only looseWords itself knows).
 * For callers that scan the loose words of a text without building them.
 */
export function looseOfChar(code: number): string | null {
  const slot = slotOf(code);
  return slot < 0 ? null : looseOfSlot(slot);
}

/**
 * Words for matching a phrase without diacritics: clean, lower case, no marks, đ → d, every run of
 * punctuation or space one space ("GDNN-GDTX" → "gdnn gdtx", "TH&THCS" → "th thcs"). Text of the table's
 * characters (nearly every cell) is folded one character at a time, without regexps or a cache.
 */
export function looseWords(text: string): string {
  let out = "";
  let wordBreak = false;
  for (let i = 0; i < text.length; i++) {
    const slot = slotOf(text.charCodeAt(i));
    const piece = slot < 0 ? null : looseOfSlot(slot);
    if (piece === null) return looseWordsOfAnyText(text);
    if (piece === "") continue;
    if (piece === " ") {
      wordBreak = out !== "";
      continue;
    }
    if (wordBreak) {
      out += " ";
      wordBreak = false;
    }
    out += piece;
  }
  return out;
}

/** Whether `phrase` (loose words) occurs in `text` (loose words) as whole words. */
export function hasPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}
