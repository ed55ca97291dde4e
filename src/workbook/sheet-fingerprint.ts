/**
 * A short fingerprint of what a sheet holds, so that dvht can tell, on its next run, whether a sheet it
 * wrote was changed since (a signature typed into “Kết luận chung”, a note in a Phụ lục, a sheet the
 * committee made under dvht's name). Pure and synchronous: the ExcelJS and Office.js adapters give the
 * cells they read; the same cells give the same fingerprint whoever reads them.
 *
 * What counts: every non-empty cell's position and value; for a formula its text, not its result (Excel
 * recalculates results on opening, which is not a change by anyone). Formats, widths and row heights do
 * not count. The hash is two 32-bit FNV-1a lanes (64 bits): it detects edits, it is not a security seal.
 */
import type { CellValue } from "./workbook-data";

export interface FingerprintCell {
  /** 0-based. */
  row: number;
  col: number;
  value: CellValue;
  /** The formula's text, with or without "="; absent for a constant. */
  formula?: string;
}

export const FINGERPRINT_VERSION = "v1";

/** Formula text as different writers spell it: no "=", no prefixes Excel adds on saving, no spaces, upper case. */
function normaliseFormula(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/_xlfn\.|_xludf\.|_xlws\./gi, "")
    .replace(/\s+/g, "")
    .toUpperCase();
}

function token(cell: FingerprintCell): string | null {
  const at = `${cell.row},${cell.col}:`;
  if (cell.formula !== undefined && cell.formula !== "") return `${at}f${normaliseFormula(cell.formula)}`;
  const v = cell.value;
  if (v === null || v === "") return null;
  if (typeof v === "string") return `${at}s${v.normalize("NFC")}`;
  if (typeof v === "number") return `${at}n${v}`;
  if (typeof v === "boolean") return `${at}b${v ? 1 : 0}`;
  if (v instanceof Date) return `${at}d${v.toISOString()}`;
  return `${at}e${v.error}`;
}

export function fingerprintCells(cells: Iterable<FingerprintCell>): string {
  return fingerprintInOrder([...cells].sort((a, b) => a.row - b.row || a.col - b.col));
}

/**
 * The same fingerprint for cells that already come row by row, left to right (a model's rows): each is
 * hashed as it comes, so a sheet of 50,000 rows is not first copied into a list and sorted.
 */
export function fingerprintInOrder(cells: Iterable<FingerprintCell>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
    }
  };
  for (const cell of cells) {
    const t = token(cell);
    if (t !== null) feed(t + "\u0000");
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, "0");
  return `${FINGERPRINT_VERSION}-${hex(h1)}${hex(h2)}`;
}
