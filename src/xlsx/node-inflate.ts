/**
 * Node's zlib as the package reader's inflater (the CLI): native inflation is several times fflate's
 * speed. Node-only, so it lives in the xlsx adapter; the browser's reader keeps fflate.
 */
import { constants as bufferConstants } from "node:buffer";
import * as zlib from "node:zlib";
import { InflateTooLargeError, InflateTruncatedError, type Crc32, type InflateRaw, type ZipReadOptions } from "../package/zip";

const { constants: zlibConstants, inflateRawSync } = zlib;

/** zlib's smallest output chunk is 64 bytes; below this the chunks cost more than they save. */
const MIN_CHUNK = 64 * 1024;

export const nodeInflateRaw: InflateRaw = (compressed, maxOutputLength, sizeHint, prefix = false) => {
  // zlib refuses to produce more than this anyway; the reader's limits are far below it by default.
  const max = Math.min(maxOutputLength, bufferConstants.MAX_LENGTH);
  // One buffer one byte larger than the claimed size: a truthful directory gives one chunk and no copy
  // (zlib concatenates its chunks). The hint is already capped at the limits, so a lie costs at most that.
  const chunkSize = Math.max(MIN_CHUNK, Math.min(sizeHint, max) + 1);
  try {
    // A prefix is flushed as far as it goes (Node's documented way to read a truncated stream).
    const finishFlush = prefix ? zlibConstants.Z_SYNC_FLUSH : zlibConstants.Z_FINISH;
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, max), chunkSize, finishFlush });
  } catch (error) {
    // By code, not class: a RangeError from Node's realm is not one of a sandbox's (jest's vm).
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new InflateTooLargeError(`more than ${max} bytes`, { cause: error });
    if (code === "Z_BUF_ERROR") throw new InflateTruncatedError("unexpected end of deflate data", { cause: error });
    throw error;
  }
};

/** zlib's CRC-32 (Node 20.15 and later; dvht's own where it is missing). */
const nodeCrc32: Crc32 | undefined = typeof zlib.crc32 === "function" ? (data, previous) => zlib.crc32(data, previous) : undefined;

/** How the CLI reads a package: Node's inflater and CRC-32. */
export const NODE_ZIP_READ: ZipReadOptions = { inflateRaw: nodeInflateRaw, crc32: nodeCrc32 };
