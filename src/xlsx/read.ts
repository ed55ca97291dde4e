/**
 * .xlsx → WorkbookData: every worksheet's values, row 0 = Excel row 1, empty rows kept as [] so indices
 * match Excel row numbers, trailing empty rows dropped, trailing empty cells of a row dropped.
 */
import type * as ExcelJS from "exceljs";
import type { CellValue, SheetData, WorkbookData } from "../workbook/workbook-data";
import { cellValueOf } from "./cell-values";
import { BUFFER_LABEL, loadExcelWorkbook, readFileBytes, toBuffer, type WorkbookBytes } from "./load";
import { isInternalSheet } from "./marker";

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  const bytes = await readFileBytes(path);
  return workbookData(await loadExcelWorkbook(bytes, path, { valuesOnly: true }));
}

/** `label` names the data in error messages (e.g. the uploaded file's name). */
export async function readWorkbookBuffer(bytes: WorkbookBytes, label: string = BUFFER_LABEL): Promise<WorkbookData> {
  return workbookData(await loadExcelWorkbook(toBuffer(bytes), label, { valuesOnly: true }));
}

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
