/**
 * Writing the package back: parts dvht did not change are copied as their original compressed bytes
 * (so their content is identical by construction, and nothing is inflated for them); new or edited
 * parts are deflated with fflate, or with the caller's deflater (the CLI passes Node's native zlib). Entries
 * keep the original order; new ones go at the end.
 */
import { deflateSync, strToU8 } from "fflate";
import { concat } from "./bytes";
import { crc32 } from "./crc32";
import { PackageLimitError } from "./errors";
import type { ZipEntry, ZipReader } from "./zip";

export type OutputEntry = { copy: ZipEntry } | { name: string; data: Uint8Array };

/** Raw deflate (no zlib header) of a whole part. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

const fflateDeflate: DeflateRaw = (data) => deflateSync(data, { level: 6 });

/** 1980-01-01 00:00, the zip epoch: new parts carry no time of their own. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  rawName: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  offset: number;
}

export function writeZip(source: ZipReader, entries: OutputEntry[], deflate: DeflateRaw = fflateDeflate): Uint8Array {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    let w: Written;
    let data: Uint8Array;
    if ("copy" in entry) {
      const e = entry.copy;
      data = source.compressedData(e);
      // Bit 3 (sizes in a trailing data descriptor) is cleared: this header carries them.
      w = { rawName: e.rawName, method: e.method, flags: e.flags & ~0x8, crc: e.crc32, compressedSize: data.length, size: e.claimedSize, time: e.modTime, date: e.modDate, offset };
    } else {
      data = deflate(entry.data);
      // Bit 11: the name is UTF-8.
      w = { rawName: strToU8(entry.name), method: 8, flags: 0x800, crc: crc32(entry.data), compressedSize: data.length, size: entry.data.length, time: 0, date: DOS_DATE, offset };
    }
    const header = localHeader(w);
    chunks.push(header, w.rawName, data);
    offset += header.length + w.rawName.length + data.length;
    written.push(w);
  }
  const centralStart = offset;
  // Past these the classic records wrap around (the count mod 65,536, offsets mod 4 GiB) and the package
  // would lose its parts; dvht does not write ZIP64, so it refuses.
  if (written.length > 0xffff) throw new PackageLimitError("zipEntries", 0xffff, "tệp được ghi");
  if (written.some((w) => w.compressedSize > 0xffffffff || w.size > 0xffffffff || w.offset > 0xffffffff)) throw new PackageLimitError("zipBytes", 0xffffffff, "tệp được ghi");
  for (const w of written) {
    const header = centralHeader(w);
    chunks.push(header, w.rawName);
    offset += header.length + w.rawName.length;
  }
  if (offset > 0xffffffff) throw new PackageLimitError("zipBytes", 0xffffffff, "tệp được ghi");
  chunks.push(endOfCentralDirectory(written.length, offset - centralStart, centralStart));
  return concat(chunks);
}

function localHeader(w: Written): Uint8Array {
  const v = new DataView(new ArrayBuffer(30));
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, w.flags, true);
  v.setUint16(8, w.method, true);
  v.setUint16(10, w.time, true);
  v.setUint16(12, w.date, true);
  v.setUint32(14, w.crc, true);
  v.setUint32(18, w.compressedSize, true);
  v.setUint32(22, w.size, true);
  v.setUint16(26, w.rawName.length, true);
  return new Uint8Array(v.buffer);
}

function centralHeader(w: Written): Uint8Array {
  const v = new DataView(new ArrayBuffer(46));
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(8, w.flags, true);
  v.setUint16(10, w.method, true);
  v.setUint16(12, w.time, true);
  v.setUint16(14, w.date, true);
  v.setUint32(16, w.crc, true);
  v.setUint32(20, w.compressedSize, true);
  v.setUint32(24, w.size, true);
  v.setUint16(28, w.rawName.length, true);
  v.setUint32(42, w.offset, true);
  return new Uint8Array(v.buffer);
}

function endOfCentralDirectory(count: number, size: number, start: number): Uint8Array {
  const v = new DataView(new ArrayBuffer(22));
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, start, true);
  return new Uint8Array(v.buffer);
}
