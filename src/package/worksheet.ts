/**
 * One worksheet part → its values, without a cell model: <sheetData> is streamed, each <c> becomes a
 * plain value (shared/inline string, number, date by its style, boolean, error, a formula's cached
 * result), then merged ranges blank every cell but their top-left one, as ExcelJS does. Every allocation
 * is counted first: cells, the width of rows (WorkbookData pads rows with nulls), merges, strings.
 */
import { columnLetter, type CellValue } from "../workbook/workbook-data";
import { plainDigits } from "./digits";
import { parseCellRefInto, parseRangeRef, type CellRef, type RangeRef } from "./cell-ref";
import { PackageDamagedError, PackageLimitError } from "./errors";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, type PackageLimits } from "./limits";
import type { SharedString } from "./shared-strings";
import { parsePart } from "./xml";
import type { ZipReader } from "./zip";

export interface SheetContext {
  sharedStrings: SharedString[];
  dateStyles: boolean[];
  date1904: boolean;
  limits: PackageLimits;
  /** Also keep each formula's text (for dvht's own small sheets, whose content it fingerprints). */
  keepFormulas?: boolean;
}

export interface WorksheetValues {
  rows: CellValue[][];
  merges: RangeRef[];
  /** With keepFormulas: the formula text of each cell that has one (a shared formula's followers have none). */
  formulas?: { row: number; col: number; formula: string }[];
}

/** What a cell's XML said, before it becomes a value. */
interface RawCell {
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  formula: boolean;
  /** The <f> text, kept only with keepFormulas. */
  formulaText: string;
  /** Text of <v>, or of <is>'s <t>s (phonetic runs left out). */
  text: string | undefined;
}

export function readWorksheet(zip: ZipReader, part: string, sheetName: string, ctx: SheetContext): WorksheetValues {
  const { limits } = ctx;
  const where = `trang “${sheetName}”`;
  const rows: CellValue[][] = [];
  const merges: RangeRef[] = [];
  let cells = 0;
  let width = 0; // Σ row lengths: the nulls WorkbookData will hold
  let rowIndex = -1;
  let colIndex = -1;
  // One object reused for every cell: a sheet of a million cells makes no garbage here.
  const current: RawCell = { row: 0, col: 0, type: undefined, style: 0, formula: false, formulaText: "", text: undefined };
  const formulas: WorksheetValues["formulas"] = ctx.keepFormulas ? [] : undefined;
  const ref: CellRef = { row: 0, col: 0 };
  let cell: RawCell | null = null;
  let collecting: "v" | "t" | "f" | null = null;
  let phonetic = 0;

  // The open <row>'s values gather here and leave as one array of their exact length at </row>: grown by
  // assignment, each row would keep room to spare (17 slots for a row of 7, ~40 MB at 100,000 members).
  const scratch: CellValue[] = [];
  let scratchLength = 0;
  let gathering = false;

  const put = (raw: RawCell): void => {
    const value = cellValue(raw, ctx, where);
    if (value === null) return;
    if (raw.row >= EXCEL_MAX_ROWS) throw new PackageLimitError("gridRows", EXCEL_MAX_ROWS, where);
    if (raw.col >= EXCEL_MAX_COLUMNS) throw new PackageLimitError("gridColumns", EXCEL_MAX_COLUMNS, where);
    if (gathering && raw.row === rowIndex) {
      if (scratch[raw.col] === undefined) {
        if (++cells > limits.cellsPerSheet) throw new PackageLimitError("cellsPerSheet", limits.cellsPerSheet, where);
        if (raw.col >= scratchLength) {
          width += raw.col + 1 - scratchLength;
          if (width > limits.cellsPerSheet) throw new PackageLimitError("cellsPerSheet", limits.cellsPerSheet, where);
          scratchLength = raw.col + 1;
        }
      }
      scratch[raw.col] = value;
      return;
    }
    let row = rows[raw.row];
    if (!row) {
      row = [];
      rows[raw.row] = row;
    }
    if (row[raw.col] === undefined) {
      if (++cells > limits.cellsPerSheet) throw new PackageLimitError("cellsPerSheet", limits.cellsPerSheet, where);
      if (raw.col >= row.length) {
        width += raw.col + 1 - row.length;
        if (width > limits.cellsPerSheet) throw new PackageLimitError("cellsPerSheet", limits.cellsPerSheet, where);
      }
    }
    row[raw.col] = value;
  };

  /** The gathered row into `rows`, exactly as long as its last value, and the scratch emptied. */
  const endRow = (): void => {
    if (!gathering) return;
    gathering = false;
    if (scratchLength === 0) return;
    rows[rowIndex] = scratch.slice(0, scratchLength);
    for (let c = 0; c < scratchLength; c++) scratch[c] = undefined as unknown as CellValue;
    scratchLength = 0;
  };

  parsePart(zip, part, {
    open(name, a) {
      switch (name) {
        case "row": {
          const number = a.get("r");
          const r = number === undefined ? rowIndex + 1 : integer(number) - 1;
          if (!(r >= 0)) throw new PackageDamagedError(`${where}: số dòng “${number}” không hợp lệ`);
          endRow();
          rowIndex = r;
          colIndex = -1;
          // A row written twice (or reached by a cell of another row) is filled where it is.
          gathering = rows[r] === undefined;
          break;
        }
        case "c": {
          let row = rowIndex;
          let col = colIndex + 1;
          const r = a.get("r");
          if (r !== undefined) {
            if (!parseCellRefInto(r, ref) || ref.col < 0) throw new PackageDamagedError(`${where}: địa chỉ ô “${r}” không hợp lệ`);
            col = ref.col;
            if (ref.row >= 0) row = ref.row;
          }
          if (row < 0) row = 0;
          colIndex = col;
          cell = current;
          cell.row = row;
          cell.col = col;
          cell.type = a.get("t");
          const style = a.get("s");
          cell.style = style === undefined ? 0 : integer(style) || 0;
          cell.formula = false;
          cell.formulaText = "";
          cell.text = undefined;
          break;
        }
        case "f":
          // ExcelJS takes <f> as a formula when it has text or a t= (shared, array); an empty <f/> is not one.
          if (cell && a.get("t") !== undefined) cell.formula = true;
          collecting = "f";
          break;
        case "v":
          collecting = "v";
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (phonetic === 0) collecting = "t";
          break;
        case "mergeCell": {
          if (merges.length >= limits.mergesPerSheet) throw new PackageLimitError("mergesPerSheet", limits.mergesPerSheet, where);
          const text = a.get("ref");
          const range = text === undefined ? null : parseRangeRef(text);
          if (range) merges.push(range);
          break;
        }
      }
    },
    text(chunk) {
      if (!cell || collecting === null) return;
      if (collecting === "f") {
        cell.formula = true;
        if (formulas && cell.formulaText.length <= limits.stringLength) cell.formulaText += chunk;
        return;
      }
      cell.text = cell.text === undefined ? chunk : cell.text + chunk;
      if (cell.text.length > limits.stringLength) throw new PackageLimitError("stringLength", limits.stringLength, `${where}, ô ${cellName(cell)}`);
    },
    close(name) {
      switch (name) {
        case "row":
          endRow();
          break;
        case "c":
          if (cell) {
            put(cell);
            if (formulas && cell.formulaText) formulas.push({ row: cell.row, col: cell.col, formula: cell.formulaText });
          }
          cell = null;
          break;
        case "f":
        case "v":
        case "t":
          collecting = null;
          break;
        case "rPh":
          phonetic--;
          break;
      }
    },
  });
  endRow();
  blankMergedCells(rows, merges, limits, where);
  return { rows: compact(rows), merges, formulas };
}

function cellValue(raw: RawCell, ctx: SheetContext, where: string): CellValue {
  const { text, type } = raw;
  const isDate = raw.style > 0 && ctx.dateStyles[raw.style] === true;
  if (raw.formula) {
    if (!text) return null;
    switch (type) {
      case "str":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      default:
        return numberOrDate(decimal(text), isDate, ctx.date1904);
    }
  }
  if (text === undefined) return null;
  switch (type) {
    case "s": {
      const index = integer(text);
      const s = ctx.sharedStrings[index];
      if (s === undefined) throw new PackageDamagedError(`${where}, ô ${cellName(raw)}: chuỗi dùng chung số ${text} không có`);
      return s;
    }
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    case "d": {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default:
      return numberOrDate(decimal(text), isDate, ctx.date1904);
  }
}

/** parseInt(text, 10), sooner for plain digits (nearly every index, style and row number). */
function integer(text: string): number {
  const n = plainDigits(text);
  return n >= 0 ? n : parseInt(text, 10);
}

/** parseFloat(text), sooner for plain digits. */
function decimal(text: string): number {
  const n = plainDigits(text);
  return n >= 0 ? n : parseFloat(text);
}

/** ExcelJS's serial → Date (UTC midnight for whole days), so that both readers give the same instant. */
function numberOrDate(n: number, isDate: boolean, date1904: boolean): CellValue {
  if (!Number.isFinite(n)) return null;
  if (!isDate) return n;
  const date = new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Only the top-left cell of a merged range keeps its value. The work is the merges' overlap with the
 * rows that exist, counted (and refused past the limit) before any of it is done: one merge over the whole
 * grid costs what the used range holds, not 17 billion cells.
 */
function blankMergedCells(rows: CellValue[][], merges: RangeRef[], limits: PackageLimits, where: string): void {
  if (merges.length === 0) return;
  let maxWidth = 0;
  for (const row of rows) if (row && row.length > maxWidth) maxWidth = row.length;
  let work = 0;
  for (const m of merges) {
    const rowsIn = Math.max(0, Math.min(m.bottom, rows.length - 1) - m.top + 1);
    const colsIn = Math.max(0, Math.min(m.right, maxWidth - 1) - m.left + 1);
    work += rowsIn * colsIn;
    if (work > limits.mergedCellsPerSheet) throw new PackageLimitError("mergedCellsPerSheet", limits.mergedCellsPerSheet, where);
  }
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= last; r++) {
      const row = rows[r];
      if (!row) continue;
      const end = Math.min(m.right, row.length - 1);
      for (let c = m.left; c <= end; c++) if (r !== m.top || c !== m.left) row[c] = null;
    }
  }
}

/**
 * WorkbookData's shape, in place (a sheet of a million rows should not be copied): holes become null,
 * trailing nulls and trailing empty rows go, empty rows are [].
 */
function compact(rows: CellValue[][]): CellValue[][] {
  let last = -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      rows[r] = [];
      continue;
    }
    let end = row.length;
    while (end > 0 && (row[end - 1] === undefined || row[end - 1] === null)) end--;
    row.length = end;
    for (let c = 0; c < end; c++) if (row[c] === undefined) row[c] = null;
    if (end > 0) last = r;
  }
  rows.length = last + 1;
  return rows;
}

function cellName(raw: { row: number; col: number }): string {
  return `${columnLetter(raw.col)}${raw.row + 1}`;
}
