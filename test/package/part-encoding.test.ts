/**
 * How a part's bytes become text (xml.ts): UTF-8, or UTF-16 after a byte order mark, decoded strictly.
 * Bytes that are not valid in the encoding make the package damaged, naming the part, instead of
 * becoming U+FFFD inside a value; a character cut between two inflated chunks is still read whole.
 */
import { unzipSync } from "fflate";
import { addSheetsToPackage, DEFAULT_LIMITS, PackageDamagedError, readPackage } from "../../src/package";
import { parsePart, partText } from "../../src/package/xml";
import { ZipReader } from "../../src/package/zip";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { MARKER_HEADER, MARKER_SHEET_NAME } from "../../src/xlsx/marker";
import { makeEvaluation, makeSelfAssessments, RULES } from "../workbook/appendix-fixture";
import { handWorkbook, NS, zipParts, type Parts } from "./parts";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHARED_STRINGS = "xl/sharedStrings.xml";
const SHEET = "xl/worksheets/sheet1.xml";
/** The zip reader hands a part on in slices of this many bytes. */
const SLICE = 32 * 1024;


/** A workbook whose sheet shows shared string 0 in A1, with sharedStrings.xml given as bytes. */
function workbookWithSharedStrings(sharedStrings: Uint8Array): Parts {
  const parts = handWorkbook({ sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }] });
  parts[SHARED_STRINGS] = sharedStrings;
  return parts;
}

/** UTF-8 of `before`, then the raw `bytes`, then UTF-8 of `after`. */
function withBytes(before: string, bytes: number[], after: string): Uint8Array {
  return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
}

const SST_OPEN = `${XML_HEAD}<sst ${NS} count="1" uniqueCount="1">`;

function sharedStringsXml(inner: string): string {
  return `${SST_OPEN}${inner}</sst>`;
}

function readA1(bytes: Uint8Array): unknown {
  return readPackage(bytes).sheets[0]!.rows[0]![0];
}

function expectDamaged(bytes: Uint8Array, part: string): void {
  let error: unknown;
  try {
    readPackage(bytes);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(PackageDamagedError);
  expect((error as Error).message).toContain(`“${part}”`);
  expect((error as Error).message).toMatch(/chuỗi byte không hợp lệ theo bảng mã UTF-(8|16)/);
}

/** Malformed UTF-8, each in place of “ờ” (E1 BB 9D) in “Trường”. */
const MALFORMED_UTF8: [string, number[]][] = [
  ["a 3-byte character cut to its first two bytes", [0xe1, 0xbb]],
  ["a surrogate encoded in UTF-8 (CESU-8)", [0xed, 0xa0, 0x80]],
  ["an overlong 2-byte form of “/”", [0xc0, 0xaf]],
  ["an overlong 3-byte form of “/”", [0xe0, 0x80, 0xaf]],
  ["a continuation byte alone", [0x80]],
  ["a byte UTF-8 never uses (FF)", [0xff]],
  ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
];

describe("malformed UTF-8 is a damaged part, not U+FFFD in a value", () => {
  it.each(MALFORMED_UTF8)("%s, in sharedStrings.xml", (_what, bad) => {
    const xml = withBytes(`${SST_OPEN}<si><t>Trư`, bad, "ng THPT Bình Khánh</t></si></sst>");
    expectDamaged(zipParts(workbookWithSharedStrings(xml), 0), SHARED_STRINGS);
    expectDamaged(zipParts(workbookWithSharedStrings(xml)), SHARED_STRINGS);
  });

  it.each(MALFORMED_UTF8)("%s, in a worksheet's inline string", (_what, bad) => {
    const parts = handWorkbook({ sheets: [{ name: "S", body: "" }] });
    parts[SHEET] = withBytes(`${XML_HEAD}<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Trư`, bad, "ng</t></is></c></row></sheetData></worksheet>");
    expectDamaged(zipParts(parts, 0), SHEET);
  });

  it("a character cut short by the end of the part", () => {
    const xml = withBytes(sharedStringsXml("<si><t>x</t></si>"), [0xe1, 0xbb], "");
    expectDamaged(zipParts(workbookWithSharedStrings(xml), 0), SHARED_STRINGS);
  });

  it("the value is read when the same bytes are valid", () => {
    const xml = withBytes(`${SST_OPEN}<si><t>Trư`, [0xe1, 0xbb, 0x9d], "ng THPT Bình Khánh</t></si></sst>");
    expect(readA1(zipParts(workbookWithSharedStrings(xml), 0))).toBe("Trường THPT Bình Khánh");
  });
});

describe("a character cut between two of the reader's 32 KiB slices is read whole", () => {
  const prefix = `${SST_OPEN}<si><t>`;
  // Every way a 3-byte and a 4-byte character can straddle the slice boundary.
  const cases: [string, string, number][] = [
    ["“ờ” (3 bytes), 1 byte before the cut", "ờ", 1],
    ["“ờ” (3 bytes), 2 bytes before the cut", "ờ", 2],
    ["“𝔘” (4 bytes), 1 byte before the cut", "𝔘", 1],
    ["“𝔘” (4 bytes), 2 bytes before the cut", "𝔘", 2],
    ["“𝔘” (4 bytes), 3 bytes before the cut", "𝔘", 3],
  ];
  it.each(cases)("%s", (_what, character, before) => {
    const value = `${"a".repeat(SLICE - before - Buffer.byteLength(prefix))}${character}b`;
    const xml = Buffer.from(sharedStringsXml(`<si><t>${value}</t></si>`));
    expect(xml.indexOf(Buffer.from(character))).toBe(SLICE - before);
    expect(readA1(zipParts(workbookWithSharedStrings(xml), 0))).toBe(value);
  });
});

/** A reader that hands the part on one byte at a time: every boundary at once, the byte order mark cut too. */
function byteByByte(bytes: Uint8Array): ZipReader {
  return { inflate: (_part: string, onChunk: (chunk: Uint8Array) => void) => bytes.forEach((b) => onChunk(Uint8Array.of(b))) } as unknown as ZipReader;
}

function textOf(zip: ZipReader): string {
  let text = "";
  parsePart(zip, "x.xml", { text: (t) => (text += t) });
  return text;
}

const UTF16_TEXT = "Trường THPT Bình Khánh 𝔘 & <";
const UTF16_XML = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\r\n<sst ${NS} count="1" uniqueCount="1"><si><t>Trường THPT Bình Khánh 𝔘 &amp; &lt;</t></si></sst>`;

function utf16le(text: string): Buffer {
  return Buffer.from(`\ufeff${text}`, "utf16le");
}

function utf16be(text: string): Buffer {
  return utf16le(text).swap16();
}

describe("parts in UTF-16 (OPC allows them; XML needs the byte order mark)", () => {
  it.each([
    ["UTF-16LE", utf16le],
    ["UTF-16BE", utf16be],
  ])("a %s sharedStrings.xml with its byte order mark is read", (_name, encode) => {
    expect(readA1(zipParts(workbookWithSharedStrings(encode(UTF16_XML))))).toBe(UTF16_TEXT);
    expect(readA1(zipParts(workbookWithSharedStrings(encode(UTF16_XML)), 0))).toBe(UTF16_TEXT);
  });

  it("handed on one byte at a time, UTF-8 and UTF-16 read the same text", () => {
    expect(textOf(byteByByte(utf16le(UTF16_XML)))).toBe(UTF16_TEXT);
    expect(textOf(byteByByte(utf16be(UTF16_XML)))).toBe(UTF16_TEXT);
    expect(textOf(byteByByte(Buffer.from(UTF16_XML)))).toBe(UTF16_TEXT);
  });

  it.each([
    ["a lone surrogate", utf16le(UTF16_XML.replace("𝔘", "\ud835"))],
    ["an odd number of bytes", Buffer.concat([utf16le(UTF16_XML), Buffer.from([0x20])])],
  ])("%s in a UTF-16 part is a damaged part", (_what, xml) => {
    expectDamaged(zipParts(workbookWithSharedStrings(xml), 0), SHARED_STRINGS);
  });

  it.each([
    ["UTF-16LE", (text: string) => Buffer.from(text, "utf16le")],
    ["UTF-16BE", (text: string) => Buffer.from(text, "utf16le").swap16()],
  ])("a %s part without its byte order mark is read as expat reads it: “<” then NUL is not UTF-8 XML", (_name, encode) => {
    expect(readA1(zipParts(workbookWithSharedStrings(encode(UTF16_XML)), 0))).toBe(UTF16_TEXT);
    expect(textOf(byteByByte(encode(UTF16_XML)))).toBe(UTF16_TEXT);
  });

  it("a UTF-16 part that starts with a space and no byte order mark is not XML", () => {
    const xml = Buffer.from(` ${UTF16_XML.slice(UTF16_XML.indexOf("<sst"))}`, "utf16le");
    expect(() => readPackage(zipParts(workbookWithSharedStrings(xml), 0))).toThrow(PackageDamagedError);
  });
});

describe("parts the writer edits (partText)", () => {
  it("a UTF-16 part's text says UTF-8 in its declaration: it is written back in UTF-8", () => {
    const zip = new ZipReader(zipParts({ "a.xml": utf16le(UTF16_XML), "b.xml": UTF16_XML.replace("UTF-16", "UTF-8") }, 0), DEFAULT_LIMITS);
    expect(partText(zip, "a.xml")).toBe(UTF16_XML.replace('encoding="UTF-16"', 'encoding="UTF-8"'));
    expect(partText(zip, "b.xml")).toBe(UTF16_XML.replace("UTF-16", "UTF-8"));
  });

  it("malformed UTF-8 is a damaged part", () => {
    const zip = new ZipReader(zipParts({ "a.xml": withBytes("<a>", [0xed, 0xa0, 0x80], "</a>") }, 0), DEFAULT_LIMITS);
    expect(() => partText(zip, "a.xml")).toThrow(PackageDamagedError);
    expect(() => partText(zip, "a.xml")).toThrow(/“a\.xml” có chuỗi byte không hợp lệ theo bảng mã UTF-8/);
  });

  it("sheets are added to a package whose workbook, relationships, content types and styles are UTF-16", () => {
    const parts = handWorkbook({ sharedStrings: ["<si><t>Đơn vị</t></si>"], sheets: [{ name: "Trang 1", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }] });
    const edited = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
    for (const name of edited) parts[name] = utf16le((parts[name] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"'));
    const models = buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES);
    const { bytes } = addSheetsToPackage(zipParts(parts), models, { marker: { header: MARKER_HEADER, sheetName: MARKER_SHEET_NAME } });
    const sheets = readPackage(bytes).sheets;
    expect(sheets[0]!.rows).toEqual([["Đơn vị"]]);
    expect(sheets.map((s) => s.name)).toEqual(["Trang 1", ...models.map((m) => m.name), MARKER_SHEET_NAME]);
    // A part written back is UTF-8 and says so; one left alone is still the UTF-16 original.
    const after = unzipSync(bytes);
    for (const name of edited) {
      const data = Buffer.from(after[name]!);
      if (data.equals(parts[name] as Uint8Array)) continue;
      expect(data.toString("utf8")).toMatch(/^<\?xml [^?]*encoding="UTF-8"/);
    }
    expect(Buffer.from(after["xl/workbook.xml"]!).equals(parts["xl/workbook.xml"] as Uint8Array)).toBe(false);
  });
});
