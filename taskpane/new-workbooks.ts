/**
 * The two files the pane creates from nothing — the blank input template and the multi-file summary —
 * written by ExcelJS. backend.ts loads this module only when one of them is asked for, so ExcelJS is a
 * chunk of its own (new-workbook.js) that picking, evaluating a file and “Tải Phụ lục” never fetch.
 */
import * as ExcelJS from "exceljs";
import type { SheetModel } from "../src/workbook/sheet-model";
import { templateModels } from "../src/workbook/template-models";
import { applySheetModels } from "../src/xlsx/apply-models";
import { addCharts } from "../src/xlsx/charts";

export async function templateBytes(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  applySheetModels(wb, templateModels());
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

/** The summary's sheets in a new workbook, with its bar charts. */
export async function summaryBytes(models: SheetModel[]): Promise<Uint8Array> {
  const out = new ExcelJS.Workbook();
  const { written } = applySheetModels(out, models);
  return addCharts(new Uint8Array(await out.xlsx.writeBuffer()), models, written);
}
