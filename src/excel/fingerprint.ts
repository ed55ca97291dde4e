/**
 * Fingerprints of sheets inside Excel (Office.js), as src/workbook/sheet-fingerprint.ts defines them, so
 * that the task pane, like the command line, replaces on a re-run only a sheet still holding what dvht
 * wrote. The same cells give the same fingerprint whether taken from the model dvht is about to write or
 * read back from Excel later: both go through `officeCell`, which sees a cell as Range.formulas shows it
 * (a formula's text, else the constant; a date as its serial number; numbers to Excel's 15 digits).
 */
import type { SheetModel } from "../workbook/sheet-model";
import { fingerprintCells, type FingerprintCell } from "../workbook/sheet-fingerprint";

type Entry = string | number | boolean | null | undefined;

/** Excel keeps 15 significant digits: 42/44 written is read back as 0,954545454545455. */
function excelNumber(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

/**
 * One cell as Range.formulas gives it, for the fingerprint; null when empty. `sent`: the entry is what
 * dvht sends to Range.formulas, where a leading “'” is Excel's text mark and is not kept. Range.formulas
 * shows a text starting with “=” as it shows a formula, so such a text counts as one on both sides.
 */
export function officeCell(row: number, col: number, entry: Entry, sent = false): FingerprintCell | null {
  if (entry === null || entry === undefined || entry === "") return null;
  const text = typeof entry === "string" && sent && entry.startsWith("'") ? entry.slice(1) : entry;
  if (typeof text === "string" && text.startsWith("=")) return { row, col, value: null, formula: text };
  return { row, col, value: typeof text === "number" ? excelNumber(text) : text };
}

/** The fingerprint of what Range.formulas of a used range holds; `top`/`left`: the range's rowIndex/columnIndex. */
export function fingerprintOfFormulas(grid: Entry[][], top: number, left: number): string {
  const cells: FingerprintCell[] = [];
  grid.forEach((row, r) =>
    row.forEach((entry, c) => {
      const cell = officeCell(top + r, left + c, entry);
      if (cell) cells.push(cell);
    }),
  );
  return fingerprintCells(cells);
}

/**
 * The fingerprint a model will have once written by `cellInput` (src/excel/write.ts): merged cells keep
 * only their top-left value, as Excel's merge does.
 */
export function fingerprintOfModel(model: SheetModel, cellInput: (row: number, col: number) => Entry): string {
  const hidden = new Set<string>();
  for (const m of model.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
  }
  const cells: FingerprintCell[] = [];
  model.rows.forEach((row, r) =>
    row.forEach((_, c) => {
      if (hidden.has(`${r},${c}`)) return;
      const cell = officeCell(r, c, cellInput(r, c), true);
      if (cell) cells.push(cell);
    }),
  );
  return fingerprintCells(cells);
}
