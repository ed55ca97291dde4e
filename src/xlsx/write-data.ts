/** Plain WorkbookData → .xlsx, for tests and the bundled sample generator. Header rows (row 0) are bold. */
import * as ExcelJS from "exceljs";
import type { WorkbookData } from "../workbook/workbook-data";
import { excelValue } from "./cell-values";
import { saveWorkbook } from "./file-io";
import { sanitizeSheetName } from "./sheet-names";
import { DEFAULT_DATE_FORMAT } from "./styles";

export interface WriteDataOptions {
  /** Make row 0 of every sheet bold (default true). */
  boldHeader?: boolean;
}

export function buildWorkbookFromData(data: WorkbookData, options: WriteDataOptions = {}): ExcelJS.Workbook {
  const boldHeader = options.boldHeader ?? true;
  const workbook = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = workbook.addWorksheet(sanitizeSheetName(sheet.name));
    sheet.rows.forEach((values, r) => {
      if (values.length === 0) return;
      const row = ws.getRow(r + 1);
      values.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = row.getCell(c + 1);
        cell.value = excelValue(value);
        if (value instanceof Date) cell.numFmt = DEFAULT_DATE_FORMAT;
      });
      if (r === 0 && boldHeader) row.font = { bold: true };
    });
  }
  return workbook;
}

export async function writeWorkbookData(data: WorkbookData, path: string, options: WriteDataOptions = {}): Promise<void> {
  await saveWorkbook(buildWorkbookFromData(data, options), path);
}
