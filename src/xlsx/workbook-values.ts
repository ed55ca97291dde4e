/**
 * An ExcelJS workbook's values as WorkbookData. Kept apart from the file-reading code so that the task
 * pane (a browser) can use it without Node's file system.
 */
import type * as ExcelJS from "exceljs";
import type { CellValue, SheetData, WorkbookData } from "../workbook/workbook-data";
import { cellValueOf } from "./cell-values";
import { isInternalSheet } from "./marker";

/**
 * The values of every worksheet in tab order, hidden ones included (they may hold the unit's data), except
 * dvht's own hidden bookkeeping sheets.
 */
export function workbookData(workbook: ExcelJS.Workbook): WorkbookData {
  return { sheets: workbook.worksheets.filter((ws) => !isInternalSheet(ws)).map(sheetData) };
}

export function sheetData(worksheet: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let values: CellValue[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValueOf(cell);
      if (value === null) return;
      values ??= [];
      while (values.length < colNumber - 1) values.push(null);
      values[colNumber - 1] = value;
    });
    if (!values) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });
  return { name: worksheet.name, rows };
}
