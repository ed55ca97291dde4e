/**
 * An .xlsx/.xlsm package (bytes in memory) → its sheets' values, merges and Excel tables, streamed with
 * fflate (or a native inflater the caller hands in) and dvht's XML tokenizer (xml-scanner.ts): no workbook
 * model is built. Pure TypeScript with no Node API, for the CLI and the browser alike. Errors: PackageDamagedError, PackageLimitError.
 */
import type { CellValue } from "../workbook/workbook-data";
import { parseRangeRef, type RangeRef } from "./cell-ref";
import { PackageDamagedError } from "./errors";
import { limitsWith, type PackageLimits } from "./limits";
import {
  readRelationships,
  relsPartOf,
  REL_OFFICE_DOCUMENT,
  REL_SHARED_STRINGS,
  REL_STYLES,
  REL_TABLE,
  REL_WORKSHEET,
} from "./relationships";
import { readSharedStrings } from "./shared-strings";
import { readDateStyles } from "./styles";
import { readWorksheet } from "./worksheet";
import { parsePart } from "./xml";
import { ZipReader, type ZipReadOptions } from "./zip";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface PackageSheet {
  name: string;
  state: SheetState;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
  rows: CellValue[][];
  merges: RangeRef[];
}

/** An Excel table (ListObject): its range, and how many of its rows are header and totals rows. */
export interface PackageTable {
  name: string;
  sheet: string;
  ref: RangeRef;
  headerRowCount: number;
  totalsRowCount: number;
}

export interface PackageContents {
  /** Worksheets in tab order (chart sheets and dialog sheets are not worksheets). */
  sheets: PackageSheet[];
  tables: PackageTable[];
  date1904: boolean;
  /**
   * A sheet's formulas (text per cell), read again on demand: kept out of the first read, where a formula
   * filled down a million rows would cost a million strings. For dvht's own sheets, which it fingerprints.
   */
  formulasOf(sheet: PackageSheet): { row: number; col: number; formula: string }[];
}

export interface WorkbookEntry {
  name: string;
  sheetId: number;
  state: SheetState;
  relId: string;
}

export interface ReadPackageOptions extends ZipReadOptions {
  /**
   * Only the worksheets this accepts are read; the others are listed with no rows, merges or tables (for a
   * caller that needs a few sheets of a large file, e.g. dvht's own sheets of an earlier output).
   */
  sheets?: (sheet: { name: string; state: SheetState }) => boolean;
}

/** `options.inflateRaw`: a native inflater (the CLI's zlib) instead of fflate; `options.sheets`: which sheets to read. */
export function readPackage(bytes: Uint8Array, limits: Partial<PackageLimits> = {}, options: ReadPackageOptions = {}): PackageContents {
  const l = limitsWith(limits);
  const zip = new ZipReader(bytes, l, options);
  const workbookPart = findWorkbookPart(zip);
  const { entries, date1904 } = readWorkbookXml(zip, workbookPart);
  // A sheet listed in the workbook whose data cannot be found makes the file damaged, not a workbook
  // without that sheet: the clerk must not be told to add a sheet the file lists.
  if (entries.length && !zip.has(relsPartOf(workbookPart))) {
    throw new PackageDamagedError(`thiếu tệp quan hệ ${relsPartOf(workbookPart)} nên không biết dữ liệu các sheet nằm ở đâu`);
  }
  const rels = readRelationships(zip, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const styles = rels.find((r) => r.type === REL_STYLES)?.target;
  const shared = rels.find((r) => r.type === REL_SHARED_STRINGS)?.target;
  const ctx = { sharedStrings: readSharedStrings(zip, shared, l), dateStyles: readDateStyles(zip, styles), date1904, limits: l };

  const sheets: PackageSheet[] = [];
  const tables: PackageTable[] = [];
  for (const entry of entries) {
    const rel = byId.get(entry.relId);
    if (!rel) throw new PackageDamagedError(`sheet “${entry.name}” được liệt kê trong sổ nhưng thiếu liên kết tới phần dữ liệu của nó`);
    // Chart sheets and dialog sheets hold no cells.
    if (rel.type !== REL_WORKSHEET || rel.external) continue;
    if (!zip.has(rel.target)) throw new PackageDamagedError(`sheet “${entry.name}” được liệt kê trong sổ nhưng phần dữ liệu ${rel.target} không có trong tệp`);
    if (options.sheets && !options.sheets({ name: entry.name, state: entry.state })) {
      sheets.push({ name: entry.name, state: entry.state, part: rel.target, rows: [], merges: [] });
      continue;
    }
    const { rows, merges } = readWorksheet(zip, rel.target, entry.name, ctx);
    sheets.push({ name: entry.name, state: entry.state, part: rel.target, rows, merges });
    for (const tableRel of readRelationships(zip, rel.target)) {
      if (tableRel.type !== REL_TABLE || tableRel.external || !zip.has(tableRel.target)) continue;
      const table = readTable(zip, tableRel.target, entry.name);
      if (table) tables.push(table);
    }
  }
  const formulasOf = (sheet: PackageSheet) => readWorksheet(zip, sheet.part, sheet.name, { ...ctx, keepFormulas: true }).formulas ?? [];
  return { sheets, tables, date1904, formulasOf };
}

/** The main part, from the package relationships (normally "xl/workbook.xml"). */
export function findWorkbookPart(zip: ZipReader): string {
  const main = readRelationships(zip, "").find((r) => r.type === REL_OFFICE_DOCUMENT && !r.external)?.target;
  const part = main ?? "xl/workbook.xml";
  if (!zip.has(part)) throw new PackageDamagedError(`thiếu phần “${part}”`);
  return part;
}

export function readWorkbookXml(zip: ZipReader, part: string): { entries: WorkbookEntry[]; date1904: boolean } {
  const entries: WorkbookEntry[] = [];
  let date1904 = false;
  parsePart(zip, part, {
    open(name, a) {
      if (name === "workbookPr") {
        const flag = a.get("date1904");
        date1904 = flag === "1" || flag === "true";
      }
      else if (name === "sheet") {
        const relId = a.get("r:id") ?? a.entries().find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        const shown = a.get("state");
        const state = shown === "hidden" || shown === "veryHidden" ? shown : "visible";
        entries.push({ name: a.get("name") ?? "", sheetId: parseInt(a.get("sheetId") ?? "0", 10) || 0, state, relId });
      }
    },
  });
  return { entries, date1904 };
}

function readTable(zip: ZipReader, part: string, sheet: string): PackageTable | null {
  let table: PackageTable | null = null;
  parsePart(zip, part, {
    open(name, a) {
      if (name !== "table" || table) return;
      const text = a.get("ref");
      const ref = text === undefined ? null : parseRangeRef(text);
      if (!ref) return;
      const headerRows = a.get("headerRowCount");
      const totalsRows = a.get("totalsRowCount");
      table = {
        name: a.get("displayName") ?? a.get("name") ?? "",
        sheet,
        ref,
        headerRowCount: headerRows === undefined ? 1 : parseInt(headerRows, 10) || 0,
        totalsRowCount: totalsRows === undefined ? 0 : parseInt(totalsRows, 10) || 0,
      };
    },
  });
  return table;
}
