/**
 * An .xlsx's bytes to what the pane shows: its values, its saved Ghép cột and the assessment. Runs in the
 * evaluation worker (taskpane/evaluate-worker.ts), or on the page where workers are not available. The
 * file is read by the package reader (src/package), as `dvht evaluate` reads it: the same values, the
 * same limits and the same Vietnamese refusals, and no ExcelJS in the pane's bundles.
 */
import { assessWorkbookData, type Assessment } from "../src/workbook/assess";
import { extractMapping, type WorkbookMapping } from "../src/workbook/mapping";
import type { WorkbookData } from "../src/workbook/workbook-data";
import { packageWorkbookData, readPackageChecked } from "../src/xlsx/package-values";

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

/** A picked file's values; `name` (the file's name) names it in every refusal. */
export function readPickedFile(bytes: ArrayBuffer | Uint8Array, name: string): WorkbookData {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return packageWorkbookData(readPackageChecked(view, name));
}

export async function assessBytes(
  bytes: ArrayBuffer,
  name: string,
  sessionMapping: WorkbookMapping | null,
  onStep: (step: string) => void | Promise<void>,
): Promise<AssessedBytes> {
  const data = readPickedFile(bytes, name);
  await onStep("Đang kiểm tra dữ liệu");
  const extracted = extractMapping(data);
  const mapping = sessionMapping ?? extracted.mapping;
  return assessValues(extracted.data, mapping, onStep);
}
