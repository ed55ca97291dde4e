/**
 * .xlsx → WorkbookData: every worksheet's values, row 0 = Excel row 1, empty rows kept as [] so indices
 * match Excel row numbers, trailing empty rows dropped, trailing empty cells of a row dropped.
 */
import type { WorkbookData } from "../workbook/workbook-data";
import { BUFFER_LABEL, loadExcelWorkbook, readFileBytes, toBuffer, type WorkbookBytes } from "./load";
import { workbookData } from "./workbook-values";

export { sheetData, workbookData } from "./workbook-values";

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  const bytes = await readFileBytes(path);
  return workbookData(await loadExcelWorkbook(bytes, path, { valuesOnly: true }));
}

/** `label` names the data in error messages (e.g. the uploaded file's name). */
export async function readWorkbookBuffer(bytes: WorkbookBytes, label: string = BUFFER_LABEL): Promise<WorkbookData> {
  return workbookData(await loadExcelWorkbook(toBuffer(bytes), label, { valuesOnly: true }));
}

