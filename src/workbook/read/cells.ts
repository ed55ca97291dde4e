/**
 * Cell values → text, numbers, years, yes/no and dates. Pure parsing: each function says what the cell
 * holds and leaves the wording of any problem to the sheet readers.
 */
import { fold, tidy } from "../../engine/text";
import { isCellError, type CellValue } from "../workbook-data";
import { matchTerm, type Term } from "../vocabulary";
import { cleanText, isTidyAndClean } from "../../rules/vocabulary/normalise";
import { rememberedPerText } from "../../rules/vocabulary/remember";

/** A cell as read from a row: `undefined` for a cell past the row's end. */
export type RawCell = CellValue | undefined;

/** Empty, or only white space. Formula errors are not blank (they are reported, then read as blank). */
export function isBlank(value: RawCell): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return !startsVisibly(value) && tidy(cleanText(value)) === "";
  return false;
}

/**
 * Whether the text's first character is one that neither tidy nor cleanText removes (a printable ASCII
 * character, or any from U+00AE to U+167F: no white space and nothing invisible lies there), so the text
 * is not blank: the answer for nearly every cell, without folding it.
 */
function startsVisibly(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || (c > 0xad && c < 0x1680);
}

/** An integer or a short decimal as Excel shows it, without float noise: 1.1 → "1.1", 101 → "101". */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number.parseFloat(n.toPrecision(12)));
}

/** dd/mm/yyyy of a date (UTC, as adapters hand Excel dates over). */
export function dateText(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/**
 * The cell as tidy text (NFC, collapsed spaces, no invisible characters, lookalike letters folded:
 * see src/rules/vocabulary/normalise.ts), or null when blank or an error.
 */
export function cellText(value: RawCell): string | null {
  if (value === null || value === undefined || isCellError(value)) return null;
  if (typeof value === "string") {
    if (isTidyAndClean(value)) return value;
    const t = tidy(cleanText(value));
    return t === "" ? null : t;
  }
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateText(value);
  return null;
}

/** How a cell shows in a message: “Co”, “12”, “15/03/2024”. */
export function shown(value: RawCell): string {
  return cellText(value) ?? "";
}

export type Parsed<T> = { kind: "blank" } | { kind: "ok"; value: T } | { kind: "invalid" };

const BLANK = { kind: "blank" } as const;
const INVALID = { kind: "invalid" } as const;
function ok<T>(value: T): Parsed<T> {
  return { kind: "ok", value };
}

/**
 * A number, also when stored as text: "12", " 12 ", "1.234" or "1 234" (thousands, Vietnamese style),
 * "12,5" (decimal comma). Text that is not wholly a number is invalid.
 */
export function parseNumber(value: RawCell): Parsed<number> {
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : INVALID;
  if (typeof value !== "string") return INVALID;
  const t = tidy(value).replace(/\s/g, "");
  if (/^[+-]?\d+$/.test(t)) return ok(Number(t));
  // 1.234 or 1.234.567 or 1,234,567: thousands separators (an integer is what a count cell holds).
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(t)) return ok(Number(t.replace(/[.,]/g, "")));
  if (/^[+-]?\d*[.,]\d+$/.test(t)) return ok(Number(t.replace(",", ".")));
  return INVALID;
}

/** A whole number ≥ 0. */
export function parseCount(value: RawCell): Parsed<number> {
  const n = parseNumber(value);
  if (n.kind !== "ok") return n;
  return Number.isInteger(n.value) && n.value >= 0 ? n : INVALID;
}

/** Excel's serial day number → a UTC date (1900 date system; serials after 28/02/1900). */
export function serialToDate(serial: number): Date {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms);
}

/** The smallest number read as an Excel serial date rather than a year. */
export const SERIAL_DATE_MIN = 10000;
const YEAR_MIN = 1900;
const YEAR_MAX = 2200;

function plausibleYear(y: number): boolean {
  return Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
}

export interface YearValue {
  year: number;
  /** Set when the cell held a school year ("2024-2025"): the text as written. */
  schoolYear?: string;
}

/** dd/mm/yyyy, d-m-yyyy, d.m.yyyy → a year, when the day and month are possible. */
function dmyYear(text: string): number | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && plausibleYear(y)) return y;
    return undefined;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const y = Number(iso[1]);
    const mo = Number(iso[2]);
    const d = Number(iso[3]);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && plausibleYear(y)) return y;
  }
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (my) {
    const mo = Number(my[1]);
    const y = Number(my[2]);
    if (mo >= 1 && mo <= 12 && plausibleYear(y)) return y;
  }
  return undefined;
}

/**
 * A year: 2025, "2025", "Năm 2025", a date, an Excel serial date (> 10000), "15/03/2025", or a school
 * year "2024-2025" / "2024 - 2025" / "2024-25" / "Năm học 2024-2025", which counts for the year it ends.
 */
/** The reading of a plain year, one per year (a Năm column repeats the same few): shared, not to be changed. */
const yearReadings = new Map<number, Parsed<YearValue>>();
function yearReading(year: number): Parsed<YearValue> {
  let reading = yearReadings.get(year);
  if (reading === undefined) yearReadings.set(year, (reading = ok({ year })));
  return reading;
}

export function parseYear(value: RawCell): Parsed<YearValue> {
  if (isBlank(value)) return BLANK;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? INVALID : ok({ year: value.getUTCFullYear() });
  }
  if (typeof value === "number") {
    if (plausibleYear(value)) return yearReading(value);
    if (value > SERIAL_DATE_MIN && value < 2958466) {
      const y = serialToDate(value).getUTCFullYear();
      return plausibleYear(y) ? ok({ year: y }) : INVALID;
    }
    return INVALID;
  }
  if (typeof value !== "string") return INVALID;
  const written = tidy(value);
  const t = fold(written).replace(/^năm( học)?:? ?/u, "").trim();
  if (/^\d{4}$/.test(t)) {
    const y = Number(t);
    return plausibleYear(y) ? ok({ year: y }) : INVALID;
  }
  const school = /^(\d{4}) ?[-–—/] ?(\d{4}|\d{2})$/u.exec(t);
  if (school) {
    const first = Number(school[1]);
    let second = Number(school[2]);
    if (school[2]!.length === 2) {
      second += first - (first % 100);
      if (second < first) second += 100;
    }
    if (plausibleYear(first) && second === first + 1) return ok({ year: second, schoolYear: written });
    return INVALID;
  }
  const fromDate = dmyYear(t.replace(/ /g, ""));
  if (fromDate !== undefined) return ok({ year: fromDate });
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    if (n > SERIAL_DATE_MIN) return parseYear(n);
  }
  return INVALID;
}

/**
 * The year of a date cell (Ngày cấp): a date, a serial, "15/03/2024", "03/2024", "2024-03-15", or a bare
 * year. A school year is not a date and is invalid here.
 */
export function parseDateYear(value: RawCell): Parsed<number> {
  if (isBlank(value)) return BLANK;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? INVALID : ok(value.getUTCFullYear());
  if (typeof value === "number") {
    const y = parseYear(value);
    return y.kind === "ok" ? ok(y.value.year) : INVALID;
  }
  if (typeof value !== "string") return INVALID;
  return dateYearOfText(value);
}

/** parseDateYear of a text, remembered per text: a sheet repeats the same few dates. Readings are shared: not to be changed. */
const dateYearOfText = rememberedPerText((value: string): Parsed<number> => {
  const t = fold(value).replace(/^(ngày|năm):? ?/u, "").replace(/ /g, "");
  if (/^\d{4}$/.test(t)) return plausibleYear(Number(t)) ? ok(Number(t)) : INVALID;
  const y = dmyYear(t);
  if (y !== undefined) return ok(y);
  if (/^\d+$/.test(t) && Number(t) > SERIAL_DATE_MIN) return parseDateYear(Number(t));
  return INVALID;
});

/**
 * A term of a vocabulary (yes/no, Hoàn thành/Chưa hoàn thành): text matched with `matchTerm`, and
 * Excel's TRUE/FALSE and numbers 1/0 read as their text.
 */
export function parseTerm<T>(terms: Term<T>[], value: RawCell): Parsed<T> {
  if (isBlank(value) || isCellError(value as CellValue)) return BLANK;
  const text = cellText(value);
  if (text === null) return INVALID;
  const hit = matchTerm(terms, text);
  return hit === undefined ? INVALID : ok(hit);
}
