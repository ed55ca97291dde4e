/** A1-style references ↔ 0-based indices, within Excel's grid. */
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./limits";

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "AB12" → {row: 11, col: 27}; "$A$1" too; null when malformed. Column-only or row-only parts give -1. */
export function parseCellRef(ref: string): CellRef | null {
  const out = { row: 0, col: 0 };
  return parseCellRefInto(ref, out) ? out : null;
}

/** parseCellRef into `out` (false when malformed): the worksheet reader's per-cell call allocates nothing. */
export function parseCellRefInto(ref: string, out: CellRef): boolean {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++; // $
  const colStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > EXCEL_MAX_COLUMNS * 26) return false;
  }
  const hasCol = i > colStart;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    if (row > EXCEL_MAX_ROWS * 10) return false;
  }
  const hasRow = i > rowStart;
  if (!hasCol && !hasRow) return false;
  out.row = hasRow ? row - 1 : -1;
  out.col = hasCol ? col - 1 : -1;
  return true;
}

/** "A1:C3" (or "A1") → a range; null when malformed. */
export function parseRangeRef(ref: string): RangeRef | null {
  const colon = ref.indexOf(":");
  const a = parseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(ref.slice(colon + 1));
  if (!a || !b || a.row < 0 || a.col < 0 || b.row < 0 || b.col < 0) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
