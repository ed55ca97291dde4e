/**
 * The reading half of assess-file.ts: a unit file's bytes read and turned into cell values, or its row when
 * it cannot be. Loads the package reader only (not the engine): `dvht summary`'s reading worker loads this.
 */
import { readRegularFile } from "../io/read-regular";
import type { WorkbookData } from "../workbook/workbook-data";
import type { AssessFileOptions, FileAssessment, FileNotRead } from "./assess-file";
import { WorkbookReadError } from "./errors";
import { readWorkbookBuffer } from "./read";

/** A unit's workbook is read only up to this size unless the caller says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A file's values, read and ready to assess; or, when it could not be read, already its row. */
export type FileRead = { file: string; data: WorkbookData } | { file: string; final: FileAssessment };

/**
 * Only a regular file is opened (a FIFO would hang the run, a link to /dev/zero exhaust it), at most
 * `maxBytes` of it. A WorkbookReadError is the row's reason; anything else is thrown, for the caller to word.
 */
export async function readFileData(file: string, options: AssessFileOptions = {}): Promise<FileRead> {
  const read = readRegularFile(file, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!("bytes" in read)) {
    const notRead: FileNotRead =
      read.reason === "fs" ? { reason: "fs", code: read.error.code } : read.reason === "tooLarge" ? { reason: "tooLarge", max: read.max } : read;
    return { file, final: { file, assessment: null, error: null, notRead } };
  }
  try {
    return { file, data: await readWorkbookBuffer(read.bytes, file) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, final: { file, assessment: null, error: error.message } };
    throw error;
  }
}
