/**
 * ExcelJS 4.4 turns a data validation range into one entry per cell when it reads a file: a drop-down on
 * a whole column (sqref "D2:D1048576", common in users' files) becomes a million entries, a whole-sheet
 * rule runs out of memory, and on writing its optimiser sorts addresses as strings and emits overlapping
 * ranges ("D10:D1000" and "D2:D1000"). dvht never edits a user's validations, it only has to carry them
 * through, so:
 * - `installLargeRangePatch` keeps ranges larger than LARGE_RANGE_CELLS as one range key when parsing
 *   (smaller ranges are expanded exactly as ExcelJS does, so `cell.dataValidation` still works on them);
 * - `compactDataValidations` folds per-cell entries back into column runs before writing.
 * ExcelJS's writer emits a range key as its own sqref.
 */
import type * as ExcelJS from "exceljs";

export const LARGE_RANGE_CELLS = 10_000;

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

interface ParsingXform {
  _address: string;
  _dataValidation: Omit<ExcelJS.DataValidation, "formulae" | "operator"> & { formulae?: unknown[]; operator?: unknown };
  model: ValidationModel;
}

const RANGE = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/;
const CELL = /^([A-Z]{1,3})(\d+)$/;

let installed = false;

/** Idempotent; affects every ExcelJS read in this process (only for ranges above LARGE_RANGE_CELLS). */
export function installLargeRangePatch(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Xform = require("exceljs/lib/xlsx/xform/sheet/data-validations-xform") as {
    prototype: { parseClose(this: ParsingXform, name: string): boolean };
  };
  const original = Xform.prototype.parseClose;
  Xform.prototype.parseClose = function parseClose(this: ParsingXform, name: string): boolean {
    if (name !== "dataValidation") return original.call(this, name);
    const parts = (this._address ?? "").split(/\s+/).filter(Boolean);
    const large = parts.filter(isLargeRange);
    if (large.length === 0) return original.call(this, name);
    const small = parts.filter((p) => !isLargeRange(p));
    const validation = this._dataValidation;
    if (small.length > 0) {
      this._address = small.join(" ");
      original.call(this, name);
    } else if (!validation.formulae || validation.formulae.length === 0) {
      delete validation.formulae;
      delete validation.operator;
    }
    for (const range of large) this.model[range] = validation as ExcelJS.DataValidation;
    return true;
  };
}

function isLargeRange(address: string): boolean {
  const m = RANGE.exec(address);
  if (!m) return false;
  const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
  const cols = Math.abs(colNumber(m[3]!) - colNumber(m[1]!)) + 1;
  return rows * cols > LARGE_RANGE_CELLS;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Fold single-cell entries that share one rule into vertical runs ("D2:D1000"); range keys stay. */
export function compactDataValidations(ws: ExcelJS.Worksheet): void {
  const holder = ws as unknown as { dataValidations?: { model: ValidationModel } };
  const model = holder.dataValidations?.model;
  if (!model) return;
  const keys = Object.keys(model);
  if (keys.length < 2) return;

  const out: ValidationModel = {};
  // rule → column → rows
  const cells = new Map<ExcelJS.DataValidation, Map<string, number[]>>();
  for (const key of keys) {
    const validation = model[key];
    if (!validation) continue;
    const m = CELL.exec(key);
    if (!m) {
      out[key] = validation;
      continue;
    }
    let byColumn = cells.get(validation);
    if (!byColumn) cells.set(validation, (byColumn = new Map()));
    const rows = byColumn.get(m[1]!);
    if (rows) rows.push(Number(m[2]));
    else byColumn.set(m[1]!, [Number(m[2])]);
  }
  for (const [validation, byColumn] of cells) {
    for (const [col, rows] of byColumn) {
      rows.sort((a, b) => a - b);
      let start = rows[0]!;
      let prev = start;
      const flush = () => (out[start === prev ? `${col}${start}` : `${col}${start}:${col}${prev}`] = validation);
      for (let i = 1; i < rows.length; i++) {
        const row = rows[i]!;
        if (row === prev + 1) {
          prev = row;
          continue;
        }
        flush();
        start = prev = row;
      }
      flush();
    }
  }
  holder.dataValidations!.model = out;
}
