/**
 * Text folding for matching what clerks type against dvht's vocabulary: Unicode NFC (NFD input from
 * macOS or some web forms works the same), case, and runs of white space. `foldLoose` also drops
 * diacritics, for inputs typed without them ("Co", "Khong", "Dat").
 */

/**
 * NFC, lower case, trimmed, inner white space (including non-breaking) collapsed to one space.
 * Plain toLowerCase: Vietnamese has no locale-specific case mapping, and toLocaleLowerCase("vi") was
 * 60% of the reader's time on large rosters.
 */
export function fold(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}

/** fold, then without diacritics (đ → d). */
export function foldLoose(text: string): string {
  return fold(text)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** NFC and collapsed white space, case kept: how a name is shown after reading. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}
