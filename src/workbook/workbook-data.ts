/**
 * A workbook as plain values: what an adapter (ExcelJS, Office.js) reads and hands to the core.
 * Rows and columns are 0-based here; row 0 is Excel's row 1.
 */

/** A formula cell whose cached result is an error (#N/A, #REF!, …). */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

export interface SheetData {
  name: string;
  rows: CellValue[][];
  /** Rows (0-based) that are an Excel table's totals row, as the file's table parts say: never data. */
  tableTotals?: { row: number; table: string }[];
}

export interface WorkbookData {
  sheets: SheetData[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Excel's column letter for a 0-based index: 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
