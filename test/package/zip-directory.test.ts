/**
 * The zip's directory as dvht reads it (src/package/zip.ts) and writes it (zip-writer.ts): every entry the
 * directory holds is read, or the file is refused; two parts with one name (as OPC compares names) are
 * refused; a ZIP64 end record gives the true count; a figure only ZIP64 could hold is refused, when read
 * and when written; a part read whose bytes do not match the directory's CRC-32 makes the file damaged;
 * a new sheet part never takes a name an existing part has in another case.
 */
import { strFromU8, unzipSync } from "fflate";
import { addSheetsToPackage, DEFAULT_LIMITS, PackageDamagedError, PackageLimitError, readPackage } from "../../src/package";
import { ZipReader } from "../../src/package/zip";
import { writeZip } from "../../src/package/zip-writer";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { MARKER_HEADER, MARKER_SHEET_NAME } from "../../src/xlsx/marker";
import { NODE_ZIP_READ } from "../../src/xlsx/node-inflate";
import { makeEvaluation, makeSelfAssessments, RULES } from "../workbook/appendix-fixture";
import { handWorkbook, zipParts, type Parts } from "./parts";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function workbook(extra: Parts = {}): Parts {
  return { ...handWorkbook({ sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' }] }), ...extra };
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

function eocdOf(b: Uint8Array): number {
  for (let at = b.length - 22; at >= 0; at--) if (view(b).getUint32(at, true) === EOCD) return at;
  throw new Error("no end record");
}

/** Each central entry's offset and name, and the offset of its local header. */
function centralEntries(b: Uint8Array): { at: number; name: string; local: number }[] {
  const v = view(b);
  const eocd = eocdOf(b);
  const out = [];
  let at = v.getUint32(eocd + 16, true);
  for (let i = 0; i < v.getUint16(eocd + 10, true); i++) {
    const nameLength = v.getUint16(at + 28, true);
    out.push({ at, name: strFromU8(b.subarray(at + 46, at + 46 + nameLength)), local: v.getUint32(at + 42, true) });
    at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return out;
}

/** The entry named `from` renamed `to` (same byte length) in its local and central headers. */
function renamed(b: Uint8Array, from: string, to: string): Uint8Array {
  const out = b.slice();
  const entry = centralEntries(out).find((e) => e.name === from)!;
  const bytes = new TextEncoder().encode(to);
  expect(bytes.length).toBe(new TextEncoder().encode(from).length);
  out.set(bytes, entry.at + 46);
  expect(view(out).getUint32(entry.local, true)).toBe(LOCAL);
  out.set(bytes, entry.local + 30);
  return out;
}

/** The end record's entry count set to `count` (both of its fields). */
function counted(b: Uint8Array, count: number): Uint8Array {
  const out = b.slice();
  const eocd = eocdOf(out);
  view(out).setUint16(eocd + 8, count, true);
  view(out).setUint16(eocd + 10, count, true);
  return out;
}

/** The same archive with a ZIP64 end record and locator holding the true figures, the end record 0xFFFF. */
function withZip64End(b: Uint8Array): Uint8Array {
  const eocd = eocdOf(b);
  const v = view(b);
  const count = v.getUint16(eocd + 10, true);
  const size = v.getUint32(eocd + 12, true);
  const start = v.getUint32(eocd + 16, true);
  const record = new DataView(new ArrayBuffer(56));
  record.setUint32(0, 0x06064b50, true);
  record.setBigUint64(4, 44n, true);
  record.setUint16(12, 45, true);
  record.setUint16(14, 45, true);
  record.setBigUint64(24, BigInt(count), true);
  record.setBigUint64(32, BigInt(count), true);
  record.setBigUint64(40, BigInt(size), true);
  record.setBigUint64(48, BigInt(start), true);
  const locator = new DataView(new ArrayBuffer(20));
  locator.setUint32(0, 0x07064b50, true);
  locator.setBigUint64(8, BigInt(eocd), true);
  locator.setUint32(16, 1, true);
  const end = counted(b.slice(eocd), 0xffff);
  const out = new Uint8Array(eocd + 56 + 20 + end.length);
  out.set(b.subarray(0, eocd));
  out.set(new Uint8Array(record.buffer), eocd);
  out.set(new Uint8Array(locator.buffer), eocd + 56);
  out.set(end, eocd + 76);
  return out;
}

/** The central entry `name`'s uncompressed size set to 0xFFFFFFFF, the ZIP64 marker. */
function zip64Size(b: Uint8Array, name: string): Uint8Array {
  const out = b.slice();
  view(out).setUint32(centralEntries(out).find((e) => e.name === name)!.at + 24, 0xffffffff, true);
  return out;
}

function refusal(bytes: Uint8Array): string {
  try {
    readPackage(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PackageDamagedError);
    return (error as Error).message;
  }
  return "read";
}

const base = zipParts(workbook({ "xl/media/a.bin": "A", "xl/media/b.bin": "B", "xl/media/cd.bin": "C" }), 1);
const entryCount = centralEntries(base).length;

it.each([
  ["an end record counting one entry fewer than the directory holds (the last would be left out)", counted(base, entryCount - 1), "nhiều phần hơn số nó ghi"],
  ["two entries with one name", renamed(base, "xl/media/b.bin", "xl/media/a.bin"), "hai phần cùng tên “xl/media/a.bin”"],
  ["two entries whose names differ only in case (one part name for OPC)", renamed(base, "xl/media/b.bin", "XL/Media/A.bin"), "hai phần cùng tên"],
  ["two entries whose names differ only by a leading “/”", renamed(base, "xl/media/cd.bin", "/xl/media/a.bin"), "hai phần cùng tên"],
  ["an entry whose uncompressed size is in a ZIP64 field", zip64Size(base, "xl/media/a.bin"), "ZIP64 chưa được hỗ trợ"],
])("refused: %s", (_what, bytes, reason) => {
  expect(refusal(bytes)).toContain(reason);
});

it("a ZIP64 end record gives the true count (its end record says 0xFFFF): every entry is read", () => {
  const bytes = withZip64End(base);
  expect(view(bytes).getUint16(eocdOf(bytes) + 10, true)).toBe(0xffff);
  const zip = new ZipReader(bytes, DEFAULT_LIMITS);
  expect(zip.order.map((e) => e.name)).toEqual(Object.keys(unzipSync(base)));
  expect(readPackage(bytes).sheets[0]!.rows[0]).toEqual([7]);
});

it("the writer refuses more entries than the end record can count, instead of writing the count modulo 65,536", () => {
  const source = new ZipReader(base, DEFAULT_LIMITS);
  const entries = Array.from({ length: 0x10000 }, (_, i) => ({ name: `p/${i}`, data: new Uint8Array(0) }));
  expect(() => writeZip(source, entries, (d) => d)).toThrow(PackageLimitError);
  expect(() => writeZip(source, entries.slice(1), (d) => d)).not.toThrow();
});

it("a new sheet part never takes a name an existing part has in another case (“Sheet2.xml” takes “sheet2.xml”)", () => {
  const parts = workbook();
  parts["xl/worksheets/Sheet2.xml"] = parts["xl/worksheets/sheet1.xml"]!;
  delete parts["xl/worksheets/sheet1.xml"];
  for (const name of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) parts[name] = (parts[name] as string).replace("worksheets/sheet1.xml", "worksheets/Sheet2.xml");
  const appendix = buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES);
  const { bytes } = addSheetsToPackage(zipParts(parts), appendix, { marker: { header: MARKER_HEADER, sheetName: MARKER_SHEET_NAME } });
  const names = Object.keys(unzipSync(bytes));
  expect(names.length).toBeGreaterThan(Object.keys(parts).length);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  expect(names).toContain("xl/worksheets/Sheet2.xml");
});

/** The central entry `name`'s CRC-32 with one bit flipped. */
function badCrc(b: Uint8Array, name: string): Uint8Array {
  const out = b.slice();
  const at = centralEntries(out).find((e) => e.name === name)!.at + 16;
  view(out).setUint32(at, view(out).getUint32(at, true) ^ 1, true);
  return out;
}

describe.each([
  ["dvht's own CRC-32 (the browser)", {}],
  ["Node's zlib (the CLI)", NODE_ZIP_READ],
] as const)("a part whose bytes do not match the directory's CRC-32, %s", (_how, options) => {
  it.each([
    ["deflated", zipParts(workbook(), 6)],
    ["stored", zipParts(workbook(), 0)],
  ])("%s: the file is damaged, naming the part; sound, it reads", (_kind, bytes) => {
    expect(readPackage(bytes, {}, options).sheets[0]!.rows[0]).toEqual([7]);
    for (const part of ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/sharedStrings.xml"]) {
      expect(() => readPackage(badCrc(bytes, part), {}, options)).toThrow(`“${part}” hỏng (mã kiểm tra CRC-32 không khớp)`);
    }
  });
});

