/**
 * A workbook's bytes from a file or a buffer, with a missing, unreadable or folder path turned into a
 * WorkbookReadError. No parser here: reading bytes does not load ExcelJS.
 */
import { promises as fs } from "node:fs";
import { isErrno, readError } from "./errors";

export type WorkbookBytes = Buffer | Uint8Array | ArrayBuffer;

/** Label used in messages for a buffer with no file name. */
export const BUFFER_LABEL = "dữ liệu Excel được tải lên";

export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw readError("notAFile", path);
    if (!stat.isFile()) throw readError("notRegular", path); // a FIFO would block fs.readFile forever
    return await fs.readFile(path);
  } catch (error) {
    if (!isErrno(error)) throw error; // includes our own WorkbookReadError
    if (error.code === "ENOENT" || error.code === "ENOTDIR") throw readError("notFound", path, error);
    if (error.code === "EISDIR") throw readError("notAFile", path, error);
    if (error.code === "EACCES" || error.code === "EPERM") throw readError("noAccess", path, error);
    throw error;
  }
}

export function toBuffer(bytes: WorkbookBytes): Buffer {
  if (Buffer.isBuffer(bytes)) return bytes;
  // isView, not instanceof: an ArrayBuffer from another realm (a worker, jest's sandbox) is still one.
  if (ArrayBuffer.isView(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Buffer.from(bytes);
}
