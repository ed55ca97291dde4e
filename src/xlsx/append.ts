/**
 * Adding dvht's sheets to a user's workbook file. The input is read, never written, unless the caller
 * passes the same path as output and says so with `allowSameFile`.
 *
 * Caution for callers: ExcelJS rewrites the whole workbook; parts it does not model (charts, pivot
 * tables, macros, slicers, some conditional formats) are lost in the output. Prefer a new output file.
 */
import type { SheetModel } from "../workbook/sheet-model";
import type { WorkbookData } from "../workbook/workbook-data";
import { workbookData } from "./workbook-values";
import { applySheetModels, type ApplyResult } from "./apply-models";
import { writeError } from "./errors";
import { isSameFile, saveWorkbook, workbookToBuffer } from "./file-io";
import { BUFFER_LABEL, loadExcelWorkbook, loadWorkbookFile, toBuffer, type WorkbookBytes } from "./load";

export interface AppendOptions {
  /** Needed to write the result over the input file itself. */
  allowSameFile?: boolean;
  /** Hands the result's bytes to the caller's writer (the CLI's guarded output) instead of saving to outPath. */
  save?: (bytes: Buffer) => Promise<void>;
}

export async function appendSheetsToFile(
  inPath: string,
  outPath: string,
  models: SheetModel[],
  options: AppendOptions = {},
): Promise<ApplyResult> {
  return (await appendBuiltSheetsToFile(inPath, outPath, () => ({ models, value: undefined }), options)).result;
}

/**
 * The same, with the sheets built from the file's own values: the file is read once, `build` sees its
 * values (dvht's bookkeeping sheets left out) and returns the models, which go into the same workbook.
 */
export async function appendBuiltSheetsToFile<T>(
  inPath: string,
  outPath: string,
  build: (data: WorkbookData) => { models: SheetModel[]; value: T },
  options: AppendOptions = {},
): Promise<{ result: ApplyResult; value: T }> {
  if (!options.allowSameFile && (await isSameFile(inPath, outPath))) throw writeError("sameFile", outPath);
  const workbook = await loadWorkbookFile(inPath);
  const { models, value } = build(workbookData(workbook));
  const result = applySheetModels(workbook, models);
  if (options.save) await options.save(await workbookToBuffer(workbook));
  else await saveWorkbook(workbook, outPath);
  return { result, value };
}

/** The same on bytes: returns the new workbook's bytes; the input buffer is not modified. */
export async function appendSheetsToBuffer(
  bytes: WorkbookBytes,
  models: SheetModel[],
  label: string = BUFFER_LABEL,
): Promise<ApplyResult & { buffer: Buffer }> {
  const workbook = await loadExcelWorkbook(toBuffer(bytes), label);
  const result = applySheetModels(workbook, models);
  return { ...result, buffer: await workbookToBuffer(workbook) };
}
