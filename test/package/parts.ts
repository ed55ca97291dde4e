/**
 * Hand-written package parts for the package tests: a minimal SpreadsheetML workbook whose sheets,
 * shared strings and styles the test spells out, zipped with fflate. Used where ExcelJS cannot write
 * what the test needs (phonetic runs, 1904 dates, charts, pivots, VBA…).
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { crc32 } from "../../src/package/crc32";

export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
export const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type Parts = Record<string, string | Uint8Array>;

/** `level` 0 stores the parts (the reader then hands them on in exact 32 KiB slices, for a test to place a cut). */
export function zipParts(parts: Parts, level: 0 | 1 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files, { level });
}

export interface HandSheet {
  name: string;
  state?: "hidden" | "veryHidden";
  /** The inside of <worksheet> (sheetData, mergeCells…). */
  body: string;
}

/** A workbook of `sheets`, with optional shared strings (<si> items), cellXfs/numFmts and workbookPr. */
export function handWorkbook(options: {
  sheets: HandSheet[];
  sharedStrings?: string[];
  numFmts?: string;
  cellXfs?: string[];
  workbookPr?: string;
}): Parts {
  const { sheets } = options;
  const parts: Parts = {
    "[Content_Types].xml":
      XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join("") +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      "</Types>",
    "_rels/.rels":
      XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      "</Relationships>",
    "xl/workbook.xml":
      XML_HEAD +
      `<workbook ${NS} ${RNS}>${options.workbookPr ?? ""}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
      "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels":
      XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      "</Relationships>",
    "xl/sharedStrings.xml":
      XML_HEAD + `<sst ${NS} count="${options.sharedStrings?.length ?? 0}" uniqueCount="${options.sharedStrings?.length ?? 0}">${(options.sharedStrings ?? []).join("")}</sst>`,
    "xl/styles.xml":
      XML_HEAD +
      `<styleSheet ${NS}>${options.numFmts ?? ""}` +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${1 + (options.cellXfs?.length ?? 0)}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${(options.cellXfs ?? []).join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>",
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = XML_HEAD + `<worksheet ${NS} ${RNS}>${s.body}</worksheet>`;
  });
  return parts;
}

/** <xf> with a number format, for `cellXfs`. */
export function xf(numFmtId: number): string {
  return `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
}

/**
 * A zip assembled by hand, for what fflate will not write: entries whose data is given already deflated
 * (`deflated`) and whose directory claims whatever `claimedSize` says. CRCs are left 0: the package
 * reader does not check them (the sizes it distrusts are the point of these files).
 */
export function rawZip(entries: { name: string; data: Uint8Array; deflated?: boolean; claimedSize?: number }[]): Uint8Array {
  // A stored entry's CRC-32 is its data's; a deflated entry here is a bomb or a cut stream, refused before
  // its CRC would be checked, so it claims none.
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.deflated ? 8 : 0;
    const size = e.claimedSize ?? e.data.length;
    const crc = e.deflated ? 0 : crc32(e.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, method, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
