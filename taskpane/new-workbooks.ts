/**
 * The blank input template, the one file the pane still creates with ExcelJS (the summary is written by
 * dvht's package writer, src/xlsx/new-workbook.ts, as `dvht summary` writes it). backend.ts loads this
 * module only when the template is asked for, so ExcelJS is a chunk of its own (new-workbook.js) that
 * picking, evaluating a file, “Tải Phụ lục” and the summary never fetch.
 */
import * as ExcelJS from "exceljs";
import { templateModels } from "../src/workbook/template-models";
import { applySheetModels } from "../src/xlsx/apply-models";

export async function templateBytes(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  applySheetModels(wb, templateModels());
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
