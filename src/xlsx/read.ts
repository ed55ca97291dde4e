/**
 * .xlsx → WorkbookData: every worksheet's values, row 0 = Excel row 1, empty rows kept as [] so indices
 * match Excel row numbers, trailing empty rows dropped, trailing empty cells of a row dropped. Read by
 * the package reader (src/package: streamed, bounded, no workbook model; Node's zlib inflates); the ExcelJS path
 * (workbook-values.ts) stays for callers that already hold an ExcelJS workbook; it is not re-exported
 * here, so that reading a file does not load ExcelJS.
 */
import { betweenPhases } from "../io/between-phases";
import type { WorkbookData } from "../workbook/workbook-data";
import { BUFFER_LABEL, readFileBytes, type WorkbookBytes } from "./file-bytes";
import { NODE_ZIP_READ } from "./node-inflate";
import { packageWorkbookData, readPackageChecked } from "./package-values";

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  const bytes = await readFileBytes(path);
  const data = packageWorkbookData(readPackageChecked(bytes, path, {}, NODE_ZIP_READ));
  betweenPhases();
  return data;
}

/** `label` names the data in error messages (e.g. the uploaded file's name). */
export async function readWorkbookBuffer(bytes: WorkbookBytes, label: string = BUFFER_LABEL): Promise<WorkbookData> {
  return packageWorkbookData(readPackageChecked(toUint8Array(bytes), label, {}, NODE_ZIP_READ));
}

function toUint8Array(bytes: WorkbookBytes): Uint8Array {
  // isView, not instanceof: a buffer from another realm (a worker, jest's sandbox) is still one.
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Uint8Array(bytes);
}
