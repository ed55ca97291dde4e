/** A new workbook made only of SheetModels (the evaluator's summary), charts included. */
import * as ExcelJS from "exceljs";
import type { SheetModel } from "../workbook/sheet-model";
import { applySheetModels } from "./apply-models";
import { addCharts } from "./charts";
import { saveBytes, workbookToBuffer } from "./file-io";

export async function writeModelsFile(models: SheetModel[], path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const { written } = applySheetModels(workbook, models);
  const bytes = await addCharts(await workbookToBuffer(workbook), models, written);
  await saveBytes(Buffer.from(bytes), path);
  return written;
}
