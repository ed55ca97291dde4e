/**
 * Excel's rules for sheet names: at most 31 characters, none of [ ] : * ? / \, not starting or ending
 * with an apostrophe, not "History", unique without regard to case.
 */

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts, as close to `name` as possible (forbidden characters become "-"). */
export function sanitizeSheetName(name: string): string {
  let out = name.normalize("NFC").replace(FORBIDDEN, "-").replace(/[\u0000-\u001f]/g, " ").trim();
  out = out.replace(/^'+|'+$/g, "").trim();
  out = truncate(out, SHEET_NAME_MAX).trim().replace(/'+$/, "");
  return out === "" ? "Trang" : out;
}

/** The key Excel compares sheet names by (case-insensitive; NFC so that NFD and NFC spellings collide). */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** Names Excel reserves. */
export function isReservedSheetName(name: string): boolean {
  return sheetNameKey(name) === "history";
}

/** The n-th alternative name for `base`: 1 → "base (dvht)", 2 → "base (dvht 2)", … within 31 characters. */
export function alternativeSheetName(base: string, n: number): string {
  const suffix = n <= 1 ? " (dvht)" : ` (dvht ${n})`;
  return truncate(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
}

/**
 * The name dvht writes a model under: the model's own name made valid, or its first alternative that is
 * free — not reserved, not already written in this run (`written`), not a sheet dvht may not replace
 * (`isUsersSheet`: a user's sheet or the marker). Every writer (package, ExcelJS) chooses the same way.
 */
export function chooseSheetName(modelName: string, written: ReadonlySet<string>, isUsersSheet: (key: string) => boolean): { name: string; key: string } {
  const base = sanitizeSheetName(modelName);
  for (let n = 0; ; n++) {
    const name = n === 0 ? base : alternativeSheetName(base, n);
    const key = sheetNameKey(name);
    if (!written.has(key) && !isReservedSheetName(name) && !isUsersSheet(key)) return { name, key };
  }
}

/** Cut to `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
