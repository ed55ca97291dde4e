/** A new workbook made only of SheetModels (the evaluator's summary), charts included. */
import * as ExcelJS from "exceljs";
import type { SheetModel } from "../workbook/sheet-model";
import { applySheetModels } from "./apply-models";
import { addCharts } from "./charts";
import { saveBytes, workbookToBuffer } from "./file-io";

export async function writeModelsFile(models: SheetModel[], path: string): Promise<string[]> {
  const { bytes, written } = await modelsToBuffer(models);
  await saveBytes(bytes, path);
  return written;
}

/** The same workbook as bytes, for a caller that writes them itself; `title` goes to the document properties. */
export async function modelsToBuffer(models: SheetModel[], options: { title?: string } = {}): Promise<{ bytes: Buffer; written: string[] }> {
  const workbook = new ExcelJS.Workbook();
  if (options.title) workbook.title = options.title;
  const { written } = applySheetModels(workbook, models);
  const bytes = addCharts(await workbookToBuffer(workbook), models, written);
  return { bytes: Buffer.from(bytes), written };
}
