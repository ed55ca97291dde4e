/**
 * Writing a workbook to disk without ever leaving a half-written file: write a temporary file beside the
 * target, then rename it over the target. Failures a user can cause become WorkbookWriteError.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { compactDataValidations } from "./data-validations";
import { isErrno, writeError } from "./errors";
import { targetState, writeAtomically } from "../io/safe-write";

export interface SaveOptions {
  /** Replace an existing file at the target (default true). */
  overwrite?: boolean;
}

/** The .xlsx bytes of a workbook (data validations read from a file are compacted first). */
export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const ws of workbook.worksheets) compactDataValidations(ws);
  // Deflate level 1: ExcelJS compresses through pako in JavaScript, and at level 6 a province's summary
  // spent a fifth of its single-threaded tail compressing; the file is a little larger, nothing else changes.
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions));
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, target: string, options: SaveOptions = {}): Promise<void> {
  await saveBytes(await workbookToBuffer(workbook), target, options);
}

export async function saveBytes(bytes: Buffer, target: string, options: SaveOptions = {}): Promise<void> {
  const overwrite = options.overwrite ?? true;
  if (!overwrite) {
    // 'wx' fails if the file exists: no window between checking and writing.
    try {
      await fs.writeFile(target, bytes, { flag: "wx" });
      return;
    } catch (error) {
      if (isErrno(error) && error.code === "EEXIST") throw writeError("exists", target, error);
      throw asWriteError(error, target);
    }
  }
  // The same atomic write as the CLI's outputs: temporary file, fsync, the original's mode, rename.
  try {
    await writeAtomically(await targetState(target), bytes);
  } catch (error) {
    throw asWriteError(error, target);
  }
}

function asWriteError(error: unknown, target: string): unknown {
  if (isErrno(error) && ["EACCES", "EPERM", "EBUSY", "ENOENT", "ENOTDIR", "EISDIR", "EROFS"].includes(error.code!)) {
    return writeError("cannotWrite", target, error);
  }
  return error;
}

/** True when both paths name the same file (following symlinks when the files exist). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
