/**
 * Adding dvht's sheets to a user's workbook file. The input is read, never written, unless the caller
 * passes the same path as output and says so with `allowSameFile`.
 *
 * The output bytes come from the package writer (src/package/add-sheets.ts): dvht's sheets, styles and
 * marker are added to the unit's own package and every other part is copied unchanged, so charts, pivot
 * tables, macros, external links and the rest survive.
 */
import { betweenPhases } from "../io/between-phases";
import type { PackageContents } from "../package";
import type { SheetModel } from "../workbook/sheet-model";
import type { WorkbookData } from "../workbook/workbook-data";
import type { ApplyResult } from "./apply-models";
import { appendToPackageBytes } from "./append-bytes";
import { writeError } from "./errors";
import { isSameFile, saveBytes } from "./file-io";
import { BUFFER_LABEL, readFileBytes, toBuffer, type WorkbookBytes } from "./file-bytes";
import { nodeDeflateRaw } from "./node-deflate";
import { NODE_ZIP_READ } from "./node-inflate";
import { packageWorkbookData, readPackageChecked } from "./package-values";

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
 * values (dvht's bookkeeping sheets left out) and returns the models, which go into the same package.
 */
export async function appendBuiltSheetsToFile<T>(
  inPath: string,
  outPath: string,
  build: (data: WorkbookData) => { models: SheetModel[]; value: T },
  options: AppendOptions = {},
): Promise<{ result: ApplyResult; value: T }> {
  if (!options.allowSameFile && (await isSameFile(inPath, outPath))) throw writeError("sameFile", outPath);
  const bytes = await readFileBytes(inPath);
  const contents = readPackageChecked(bytes, inPath, {}, NODE_ZIP_READ);
  betweenPhases();
  const { models, value } = build(packageWorkbookData(contents));
  betweenPhases();
  const { buffer, ...result } = appendToBytes(bytes, models, contents, inPath);
  if (options.save) await options.save(buffer);
  else await saveBytes(buffer, outPath);
  return { result, value };
}

/** The same on bytes: returns the new workbook's bytes; the input buffer is not modified. */
export async function appendSheetsToBuffer(
  bytes: WorkbookBytes,
  models: SheetModel[],
  label: string = BUFFER_LABEL,
): Promise<ApplyResult & { buffer: Buffer }> {
  const input = toBuffer(bytes);
  return appendToBytes(input, models, readPackageChecked(input, label, {}, NODE_ZIP_READ), label);
}

/** appendToPackageBytes, its bytes as a Buffer for the CLI's writers. */
function appendToBytes(bytes: Uint8Array, models: SheetModel[], contents: PackageContents, label: string): ApplyResult & { buffer: Buffer } {
  const { bytes: out, ...result } = appendToPackageBytes(bytes, models, contents, label, nodeDeflateRaw);
  return { ...result, buffer: Buffer.from(out.buffer, out.byteOffset, out.byteLength) };
}
