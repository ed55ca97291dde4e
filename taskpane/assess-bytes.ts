/**
 * An .xlsx's bytes to what the pane shows: its values, its saved Ghép cột and the assessment. Runs in the
 * evaluation worker (taskpane/evaluate-worker.ts), or on the page where workers are not available.
 */
import * as ExcelJS from "exceljs";
import { assessWorkbookData, type Assessment } from "../src/workbook/assess";
import { extractMapping, type WorkbookMapping } from "../src/workbook/mapping";
import type { WorkbookData } from "../src/workbook/workbook-data";
import { workbookData } from "../src/xlsx/workbook-values";

export interface AssessedBytes {
  data: WorkbookData;
  /** The mapping used: the one saved in this session, else the file's own. */
  mapping: WorkbookMapping | null;
  assessment: Assessment;
}

/** Values already read (inside Excel, by Office.js) to the assessment; `mapping` is the workbook's own. */
export async function assessValues(
  data: WorkbookData,
  mapping: WorkbookMapping | null,
  onStep: (step: string) => void | Promise<void>,
): Promise<AssessedBytes> {
  await onStep("Đang đánh giá từng chỉ tiêu");
  return { data, mapping, assessment: assessWorkbookData(data, { mapping }) };
}

export async function assessBytes(
  bytes: ArrayBuffer,
  sessionMapping: WorkbookMapping | null,
  onStep: (step: string) => void | Promise<void>,
): Promise<AssessedBytes> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  await onStep("Đang kiểm tra dữ liệu");
  const extracted = extractMapping(workbookData(workbook));
  const mapping = sessionMapping ?? extracted.mapping;
  return assessValues(extracted.data, mapping, onStep);
}
