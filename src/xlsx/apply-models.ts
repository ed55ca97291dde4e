/**
 * Writing SheetModels into an ExcelJS workbook. dvht owns only the sheets listed in its marker sheet:
 * those are replaced in place (same tab position); a user's sheet with the wanted name is left untouched
 * and the model goes to "<name> (dvht)", "<name> (dvht 2)", …
 */
import type * as ExcelJS from "exceljs";
import { estimateRowHeights } from "../workbook/row-heights";
import type { SheetModel } from "../workbook/sheet-model";
import { excelFormula, excelValue } from "./cell-values";
import { trustMarker, worksheetFingerprint, writeMarker, type MarkerEntry } from "./marker";
import { chooseSheetName, sanitizeSheetName, sheetNameKey } from "./sheet-names";
import { applyCellStyle, defaultFont } from "./styles";

export interface ApplyResult {
  /** The sheet names actually written, one per model, in the models' order. */
  written: string[];
  /**
   * Sheets the marker listed as dvht's that had been changed since (or replaced by a sheet of the same
   * name): kept as the user's, with the name the new sheet got instead (undefined if no model wanted it).
   */
  kept: { sheet: string; writtenAs?: string }[];
}

/** ExcelJS keeps tab order in an untyped `orderNo`. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

const A4 = 9;

export function applySheetModels(workbook: ExcelJS.Workbook, models: SheetModel[]): ApplyResult {
  const sheetsByKey = new Map<string, ExcelJS.Worksheet>();
  for (const ws of workbook.worksheets) sheetsByKey.set(sheetNameKey(ws.name), ws);

  // Only sheets that still exist and still hold what dvht wrote count as dvht's (marker.ts); stale
  // entries and changed sheets drop out of the marker.
  const trust = trustMarker(workbook);
  const owned = new Map<string, MarkerEntry>();
  for (const [key, entry] of trust.owned) owned.set(key, entry);

  const written: string[] = [];
  const writtenKeys = new Set<string>();
  for (const model of models) {
    // A user's sheet (or the marker) under the name is kept: the model goes under the next free name.
    const { name, key } = chooseSheetName(model.name, writtenKeys, (k) => sheetsByKey.has(k) && !owned.has(k));
    const existing = sheetsByKey.get(key);
    const ws = existing ? replaceWorksheet(workbook, existing, name) : workbook.addWorksheet(name);
    sheetsByKey.set(key, ws);
    writeModel(ws, model);
    owned.set(key, { name, fingerprint: worksheetFingerprint(ws) });
    written.push(name);
    writtenKeys.add(key);
  }
  writeMarker(workbook, [...owned.values()]);
  const kept = trust.changed.map((sheet) => {
    const i = models.findIndex((m) => sheetNameKey(sanitizeSheetName(m.name)) === sheetNameKey(sheet));
    return { sheet, writtenAs: i >= 0 ? written[i] : undefined };
  });
  return { written, kept };
}

/** A fresh, empty worksheet in the old one's tab position. */
function replaceWorksheet(workbook: ExcelJS.Workbook, old: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const orderNo = (old as OrderedWorksheet).orderNo;
  const state = old.state;
  workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(name, { state }) as OrderedWorksheet;
  ws.orderNo = orderNo;
  return ws;
}

/** Values, formulas, formats, merges, widths and frozen rows of one model into an empty worksheet. */
export function writeModel(ws: ExcelJS.Worksheet, model: SheetModel): void {
  let columnCount = model.columnWidths.length;
  for (const row of model.rows) columnCount = Math.max(columnCount, row.length);
  for (let c = 0; c < columnCount; c++) {
    const column = ws.getColumn(c + 1);
    column.font = defaultFont(); // what the user types later in these columns is Times New Roman too
    const width = model.columnWidths[c];
    if (width !== undefined && width > 0) column.width = width;
  }

  model.rows.forEach((cells, r) => {
    cells.forEach((mc, c) => {
      if (!mc) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = mc.formula !== undefined ? excelFormula(mc.formula, mc.value) : excelValue(mc.value);
      applyCellStyle(cell, mc.style, mc.value instanceof Date);
    });
  });

  estimateRowHeights(model).forEach((height, r) => {
    if (height !== undefined) ws.getRow(r + 1).height = height;
  });

  // After the cells: ExcelJS gives each merged cell the master's style, so borders frame the whole block.
  for (const m of model.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }

  const frozen = model.frozenRows ?? 0;
  if (frozen > 0) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}` }];
  }
  if (model.autoFilter) {
    const { row, firstColumn, lastColumn } = model.autoFilter;
    ws.autoFilter = { from: { row: row + 1, column: firstColumn + 1 }, to: { row: row + 1, column: lastColumn + 1 } };
  }
  ws.pageSetup.paperSize = A4 as ExcelJS.PageSetup["paperSize"];
  if (model.print) applyPrintSetup(ws, model.print);
}

const MM_PER_INCH = 25.4;

/**
 * Print as Vietnamese administrative documents are printed: A4, margins 20 mm top and bottom, 30 mm
 * left, 15 mm right, one page wide, the table header repeated, "Trang 1/3" in the footer.
 */
function applyPrintSetup(ws: ExcelJS.Worksheet, print: NonNullable<SheetModel["print"]>): void {
  Object.assign(ws.pageSetup, {
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 30 / MM_PER_INCH, right: 15 / MM_PER_INCH, top: 20 / MM_PER_INCH, bottom: 20 / MM_PER_INCH, header: 0.3, footer: 0.3 },
  } satisfies Partial<ExcelJS.PageSetup>);
  if (print.repeatRows) ws.pageSetup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  ws.headerFooter.oddFooter = "&CTrang &P/&N";
}
