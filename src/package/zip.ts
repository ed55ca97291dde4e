/**
 * The zip container of an .xlsx, read from memory: the central directory gives each part's name, method
 * and where its data starts; the data is inflated with fflate in small slices so that the inflated bytes
 * are counted (and refused past the limits) while inflating. The sizes the directory claims are never used
 * to size a buffer beyond the limits: a zip bomb claims what it likes.
 *
 * A caller with a native inflater (the CLI: Node's zlib) may hand it in as `InflateRaw`; the browser keeps
 * fflate. The native one inflates a part whole, but is told the most it may produce (the tightest of the
 * limits), so a bomb is still refused before its size is spent.
 */
import { Inflate } from "fflate";
import { concat } from "./bytes";
import { crc32 } from "./crc32";
import { PackageDamagedError, PackageLimitError, type PackageLimitName } from "./errors";
import type { PackageLimits } from "./limits";

/**
 * Raw deflate → bytes, producing at most `maxOutputLength` bytes: past that it throws InflateTooLargeError;
 * InflateTruncatedError when the data ends before the stream does; any other error
 * means the data is damaged. `sizeHint` (≤ maxOutputLength) is what the
 * directory claims, for sizing the first buffer only: it may be false. `prefix`: `compressed` is only the
 * start of the stream; return what it decodes to, without complaining that it ends early.
 */
export type InflateRaw = (compressed: Uint8Array, maxOutputLength: number, sizeHint: number, prefix?: boolean) => Uint8Array;

export class InflateTooLargeError extends Error {
  override readonly name = "InflateTooLargeError";
}

export class InflateTruncatedError extends Error {
  override readonly name = "InflateTruncatedError";
}

/** CRC-32 of `data` going on from `previous` (the shape of Node's zlib.crc32). */
export type Crc32 = (data: Uint8Array, previous: number) => number;

export interface ZipReadOptions {
  inflateRaw?: InflateRaw;
  /** A native CRC-32 (the CLI's zlib, ~10× dvht's own) to check each inflated part against the directory. */
  crc32?: Crc32;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Offset of the local file header. */
  localOffset: number;
  compressedSize: number;
  /** As the central directory says: every part read is checked against it, and it is copied as it is. */
  crc32: number;
  claimedSize: number;
  /** DOS time and date. */
  modTime: number;
  modDate: number;
  /** General purpose flags and the raw name bytes, copied as they are. */
  flags: number;
  rawName: Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/**
 * Compressed bytes handed to the inflater at a time: deflate expands at most ~1,032×, so one push makes
 * at most ~16 MiB before the limits are checked again. Smaller slices cost time in fflate's buffers.
 */
const SLICE = 16 * 1024;
/**
 * Inflated bytes are handed on in slices of at most this many: decoded, a slice is a string of at most
 * 64 KiB, which V8 allocates in the young generation and frees cheaply. Slices of 1 MiB made strings in
 * the large-object space, freed only by full collections: dvht evaluate at 100,000 members peaked
 * ~100 MB higher.
 */
const OUTPUT_SLICE = 32 * 1024;

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  /** In the directory's order. */
  readonly order: ZipEntry[];
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: PackageLimits,
    private readonly options: ZipReadOptions = {},
  ) {
    this.order = readCentralDirectory(bytes);
    for (const entry of this.order) this.entries.set(entry.name, entry);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's raw (still compressed) data. */
  compressedData(entry: ZipEntry): Uint8Array {
    const b = this.bytes;
    const at = entry.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL_SIGNATURE) throw damaged(`phần “${entry.name}” không có tiêu đề hợp lệ`);
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw damaged(`phần “${entry.name}” bị cắt cụt`);
    return b.subarray(start, end);
  }

  /**
   * Inflate a part, handing each inflated chunk to `onChunk` as it comes, counting bytes against the
   * per-part, total and ratio limits. At the end the bytes' CRC-32 must be the directory's: a part damaged
   * in the file makes it damaged (the values already handed on are then thrown away with the whole read),
   * rather than being assessed, and written back under a fresh CRC as if it were sound.
   */
  inflate(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const entry = this.entries.get(name);
    if (!entry) throw damaged(`thiếu phần “${name}”`);
    const data = this.compressedData(entry);
    const crcOf = this.options.crc32 ?? crc32;
    let crc = 0;
    const checkCrc = (): void => {
      if (crc !== entry.crc32) throw damaged(`phần “${name}” hỏng (mã kiểm tra CRC-32 không khớp)`);
    };
    let inflated = 0;
    const count = (chunk: Uint8Array, consumed: number): void => {
      crc = crcOf(chunk, crc);
      inflated += chunk.length;
      this.inflatedTotal += chunk.length;
      const l = this.limits;
      if (inflated > l.partInflatedBytes) throw new PackageLimitError("partInflatedBytes", l.partInflatedBytes, `phần “${name}”`);
      if (this.inflatedTotal > l.totalInflatedBytes) throw new PackageLimitError("totalInflatedBytes", l.totalInflatedBytes, `phần “${name}”`);
      if (inflated > l.ratioFloorBytes && inflated > l.inflationRatio * Math.max(consumed, 1)) {
        throw new PackageLimitError("inflationRatio", l.inflationRatio, `phần “${name}”`);
      }
      if (chunk.length <= OUTPUT_SLICE) onChunk(chunk);
      else for (let i = 0; i < chunk.length; i += OUTPUT_SLICE) onChunk(chunk.subarray(i, i + OUTPUT_SLICE));
    };
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += OUTPUT_SLICE) count(data.subarray(i, i + OUTPUT_SLICE), i + OUTPUT_SLICE);
      return checkCrc();
    }
    if (entry.method !== 8) throw damaged(`phần “${name}” nén theo cách không hỗ trợ (${entry.method})`);
    const native = this.options.inflateRaw;
    if (native) {
      const out = this.inflateNative(native, entry, data);
      // count() checks again, exactly as the streamed path does; the cap made these checks pass already.
      count(out, data.length);
      return checkCrc();
    }
    let consumed = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (chunk.length) count(chunk, consumed);
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < data.length; i += SLICE) {
        consumed = Math.min(i + SLICE, data.length);
        inflater.push(data.subarray(i, consumed), consumed === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof PackageLimitError || error instanceof PackageDamagedError) throw error;
      throw damaged(`phần “${name}” giải nén lỗi`, error);
    }
    if (!ended) throw damaged(`phần “${name}” bị cắt cụt`);
    checkCrc();
  }

  /**
   * The part inflated by the native inflater, capped at the tightest limit left: the part limit, what is
   * left of the total, the ratio × its compressed size (never below the ratio's floor). Past the cap, the
   * limit that set it is the one refused.
   */
  private inflateNative(native: InflateRaw, entry: ZipEntry, data: Uint8Array): Uint8Array {
    const l = this.limits;
    // In the order the streamed path checks them, so that a tie names the same limit.
    const caps: [PackageLimitName, number, number][] = [
      ["partInflatedBytes", l.partInflatedBytes, l.partInflatedBytes],
      ["totalInflatedBytes", l.totalInflatedBytes - this.inflatedTotal, l.totalInflatedBytes],
      ["inflationRatio", Math.max(l.ratioFloorBytes, l.inflationRatio * Math.max(data.length, 1)), l.inflationRatio],
    ];
    let binding = caps[0]!;
    for (const cap of caps) if (cap[1] < binding[1]) binding = cap;
    const [limit, cap, allowed] = binding;
    const max = Math.max(0, Math.floor(cap));
    // A bomb of a few MB may expand to the ratio × its size before the cap stops it. The streamed path
    // refuses it as soon as the ratio is exceeded past the floor; here the first bytes are tried alone,
    // capped at the floor, which is where the streamed path would first refuse (e.g. 80 KiB of 5 MB).
    const probe = Math.ceil(l.ratioFloorBytes / l.inflationRatio);
    try {
      if (probe < data.length && l.ratioFloorBytes < max) {
        try {
          native(data.subarray(0, probe), l.ratioFloorBytes, 0, true);
        } catch (error) {
          if (error instanceof InflateTooLargeError) throw new PackageLimitError("inflationRatio", l.inflationRatio, `phần “${entry.name}”`);
          throw error;
        }
      }
      return native(data, max, Math.min(entry.claimedSize, max));
    } catch (error) {
      if (error instanceof PackageLimitError) throw error;
      if (error instanceof InflateTooLargeError) throw new PackageLimitError(limit, allowed, `phần “${entry.name}”`);
      if (error instanceof InflateTruncatedError) throw damaged(`phần “${entry.name}” bị cắt cụt`, error);
      throw damaged(`phần “${entry.name}” giải nén lỗi`, error);
    }
  }

  /** A whole part as bytes (for parts copied or rewritten by the writer), under the same limits. */
  read(name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    this.inflate(name, (c) => chunks.push(c));
    return concat(chunks);
  }
}

/**
 * How OPC compares part names: ASCII letters without case (ECMA-376 Part 2, “equivalent part names”), the
 * leading “/” of a part name left out as the zip's names leave it out.
 */
export function partNameKey(name: string): string {
  return name.replace(/^\//, "").replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Where the central directory starts and how many entries it has: from the end record, or from the ZIP64
 * end record when there is one (written past 65,535 entries or 4 GiB: its end record holds only 0xFFFF).
 */
function directoryOf(b: Uint8Array): { count: number; start: number } {
  const eocd = findEndOfCentralDirectory(b);
  const locator = eocd - 20;
  if (locator < 0 || u32(b, locator) !== ZIP64_LOCATOR_SIGNATURE) return { count: u16(b, eocd + 10), start: u32(b, eocd + 16) };
  const record = u64(b, locator + 8);
  if (record + 56 > b.length || u32(b, record) !== ZIP64_END_SIGNATURE) throw damaged("mục lục ZIP64 của tệp nén hỏng");
  return { count: u64(b, record + 32), start: u64(b, record + 48) };
}

function readCentralDirectory(b: Uint8Array): ZipEntry[] {
  const { count, start } = directoryOf(b);
  let at = start;
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL_SIGNATURE) throw damaged("mục lục của tệp nén hỏng");
    const flags = u16(b, at + 8);
    if (flags & 1) throw damaged("tệp nén có phần được mã hoá");
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const name = decoder.decode(b.subarray(at + 46, at + 46 + nameLength));
    const compressedSize = u32(b, at + 20);
    const claimedSize = u32(b, at + 24);
    const localOffset = u32(b, at + 42);
    // Any of the three marked: the true figure is in a ZIP64 extra field dvht does not read (nor could copy).
    if (compressedSize === 0xffffffff || claimedSize === 0xffffffff || localOffset === 0xffffffff) throw damaged("tệp nén ZIP64 chưa được hỗ trợ");
    // Two parts one name: which one a reader takes differs (dvht took the last, others the first).
    const key = partNameKey(name);
    if (names.has(key)) throw damaged(`tệp nén có hai phần cùng tên “${name}”`);
    names.add(key);
    entries.push({
      name: name.replace(/^\//, ""),
      method: u16(b, at + 10),
      localOffset,
      compressedSize,
      crc32: u32(b, at + 16),
      claimedSize,
      modTime: u16(b, at + 12),
      modDate: u16(b, at + 14),
      flags,
      rawName: b.subarray(at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // An end record that counts fewer entries than the directory holds would leave the rest out, unread and
  // then unwritten: refused instead.
  if (at + 4 <= b.length && u32(b, at) === CENTRAL_SIGNATURE) throw damaged("mục lục của tệp nén có nhiều phần hơn số nó ghi");
  return entries;
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= lowest; at--) {
    if (u32(b, at) === EOCD_SIGNATURE) return at;
  }
  throw damaged("không tìm thấy mục lục của tệp nén (tệp bị cắt cụt?)");
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

/** Exact up to 2^53, far past any package dvht would read. */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function damaged(detail: string, cause?: unknown): PackageDamagedError {
  return new PackageDamagedError(detail, cause === undefined ? undefined : { cause });
}
