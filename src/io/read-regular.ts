/**
 * Reading a file that must be a regular file of bounded size. It is opened without blocking (a FIFO
 * would otherwise wait forever for a writer) and checked on the open descriptor (fstat), so a name swapped
 * for a device or a pipe between listing and opening is still refused; at most `maxBytes` are read (a
 * symlink to /dev/zero or a file that keeps growing cannot exhaust memory).
 *
 * Synchronous on purpose: `dvht summary` reads thousands of small files one after the other on each
 * worker, and the asynchronous calls (open, stat, read, close, each a trip through libuv's thread pool)
 * left the thread idle about a tenth of the time without anything else to do meanwhile.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

export type NotReadable =
  | { reason: "notRegular" }
  | { reason: "tooLarge"; size: number; max: number }
  | { reason: "fs"; error: NodeJS.ErrnoException };

export function readRegularFile(file: string, maxBytes: number): { bytes: Buffer } | NotReadable {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { reason: "fs", error: error as NodeJS.ErrnoException };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: "notRegular" };
    if (stat.size > maxBytes) return { reason: "tooLarge", size: stat.size, max: maxBytes };
    // Read what fstat announced, plus one byte to notice a file that grew past the limit meanwhile.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { reason: "tooLarge", size: length, max: maxBytes };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: "fs", error: error as NodeJS.ErrnoException };
  } finally {
    closeSync(fd);
  }
}
