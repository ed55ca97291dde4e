/**
 * “Ghép cột”: a unit's own sheet and column names mapped to dvht's canonical ones, applied to WorkbookData
 * before the reader sees it. The reader is unchanged: a mapped workbook simply looks canonical. The same
 * mapping is used by the task pane, DVHT.EVALUATE and the CLI (`--mapping`, or the settings sheet).
 *
 * The mapping is kept in the workbook as a hidden settings sheet (SETTINGS_SHEET_NAME) whose A1 is
 * SETTINGS_HEADER and whose rows below the column headers are: dvht sheet | unit's sheet | dvht column |
 * unit's column. Pure: no Office.js, no ExcelJS.
 */
import { fold, foldLoose } from "../engine/text";
import { TABLE_SHEETS, UNIT_SHEET } from "./schema";
import type { CellValue, SheetData, WorkbookData } from "./workbook-data";

export interface ColumnMap {
  /** The unit's header. */
  from: string;
  /** dvht's canonical header. */
  to: string;
}

export interface SheetMap {
  /** dvht's canonical sheet name ("Thành viên"). */
  sheet: string;
  /** The unit's sheet name, when it differs. */
  from?: string;
  columns: ColumnMap[];
}

export interface WorkbookMapping {
  sheets: SheetMap[];
}

export const SETTINGS_SHEET_NAME = "dvht cài đặt";
export const SETTINGS_HEADER = "Cài đặt Ghép cột của dvht (dvht tự cập nhật trang ẩn này, xin đừng sửa)";
export const SETTINGS_COLUMNS = ["Sheet của dvht", "Sheet của đơn vị", "Cột của dvht", "Cột của đơn vị"] as const;

/** How many rows from the top may hold a header row (as the reader). */
const HEADER_SCAN_ROWS = 10;

function same(a: string, b: string): boolean {
  return fold(a) === fold(b) || foldLoose(a) === foldLoose(b);
}

function text(value: CellValue | undefined): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

export function isEmptyMapping(mapping: WorkbookMapping | null | undefined): boolean {
  return !mapping || mapping.sheets.every((s) => !s.from && s.columns.length === 0);
}

/** The workbook with the unit's sheet and header names replaced by dvht's. The input is not modified. */
export function applyMapping(data: WorkbookData, mapping: WorkbookMapping | null | undefined): WorkbookData {
  if (isEmptyMapping(mapping)) return data;
  const sheets = data.sheets.slice();
  for (const map of mapping!.sheets) {
    const wanted = map.from && map.from.trim() !== "" ? map.from : map.sheet;
    const index = sheets.findIndex((s) => same(s.name, wanted));
    if (index < 0) continue;
    const sheet = sheets[index]!;
    sheets[index] = { ...sheet, name: map.sheet, rows: renameHeaders(sheet.rows, map.columns) };
  }
  return { sheets };
}

/** In the header row (the one among the first rows holding most mapped headers), rename the mapped cells. */
function renameHeaders(rows: CellValue[][], columns: ColumnMap[]): CellValue[][] {
  const usable = columns.filter((c) => c.from.trim() !== "" && c.to.trim() !== "");
  if (usable.length === 0) return rows;
  let best = -1;
  let bestHits = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const hits = (rows[r] ?? []).filter((v) => usable.some((c) => same(text(v), c.from))).length;
    if (hits > bestHits) {
      best = r;
      bestHits = hits;
    }
  }
  if (best < 0) return rows;
  const out = rows.slice();
  out[best] = rows[best]!.map((v) => usable.find((c) => text(v) !== "" && same(text(v), c.from))?.to ?? v);
  return out;
}

/** The settings sheet's rows (A1 header, then the column names, then one row per mapped column or sheet). */
export function mappingToRows(mapping: WorkbookMapping): string[][] {
  const rows: string[][] = [[SETTINGS_HEADER, "", "", ""], [...SETTINGS_COLUMNS]];
  for (const s of mapping.sheets) {
    if (s.columns.length === 0) {
      if (s.from) rows.push([s.sheet, s.from, "", ""]);
      continue;
    }
    for (const c of s.columns) rows.push([s.sheet, s.from ?? "", c.to, c.from]);
  }
  return rows;
}

export function isSettingsSheet(sheet: SheetData): boolean {
  return text(sheet.rows[0]?.[0]) === SETTINGS_HEADER;
}

/** The mapping a settings sheet holds (rows after the column names). */
export function mappingFromRows(rows: CellValue[][]): WorkbookMapping {
  const bySheet = new Map<string, SheetMap>();
  const start = rows.findIndex((r) => same(text(r[0]), SETTINGS_COLUMNS[0]));
  for (const row of rows.slice(start < 0 ? 0 : start + 1)) {
    const sheet = text(row[0]);
    if (sheet === "" || sheet === SETTINGS_HEADER) continue;
    const from = text(row[1]);
    let map = bySheet.get(fold(sheet));
    if (!map) {
      map = { sheet, columns: [] };
      bySheet.set(fold(sheet), map);
    }
    if (from !== "") map.from = from;
    const to = text(row[2]);
    const fromColumn = text(row[3]);
    if (to !== "" && fromColumn !== "") map.columns.push({ from: fromColumn, to });
  }
  return { sheets: [...bySheet.values()] };
}

/** The workbook without its settings sheet, and the mapping that sheet held (null when none). */
export function extractMapping(data: WorkbookData): { data: WorkbookData; mapping: WorkbookMapping | null } {
  const settings = data.sheets.find(isSettingsSheet);
  if (!settings) return { data, mapping: null };
  return { data: { sheets: data.sheets.filter((s) => s !== settings) }, mapping: mappingFromRows(settings.rows) };
}

/** A mapping from JSON ({"sheets":[{"sheet":"Thành viên","from":"DS","columns":[{"from":"Tên","to":"Họ và tên"}]}]}). */
export function parseMappingJson(json: string): WorkbookMapping {
  const value = JSON.parse(json) as unknown;
  const sheets = (value as { sheets?: unknown }).sheets;
  if (!Array.isArray(sheets)) throw new Error("Tệp ghép cột phải có dạng {\"sheets\": [...]}.");
  return {
    sheets: sheets.map((s: { sheet?: unknown; from?: unknown; columns?: unknown }) => {
      if (typeof s.sheet !== "string") throw new Error("Mỗi mục của “sheets” cần “sheet” (tên sheet của dvht).");
      const columns = Array.isArray(s.columns) ? s.columns : [];
      return {
        sheet: s.sheet,
        ...(typeof s.from === "string" && s.from !== "" ? { from: s.from } : {}),
        columns: columns
          .filter((c: { from?: unknown; to?: unknown }) => typeof c.from === "string" && typeof c.to === "string")
          .map((c: { from: string; to: string }) => ({ from: c.from, to: c.to })),
      };
    }),
  };
}

/** dvht's sheets and their canonical columns, for the “Ghép cột” form. */
export function mappableSheets(): { sheet: string; columns: { header: string; required: boolean }[] }[] {
  return [
    { sheet: UNIT_SHEET.name, columns: [UNIT_SHEET.keyHeader, UNIT_SHEET.valueHeader].map((h) => ({ header: h, required: true })) },
    ...TABLE_SHEETS.map((t) => ({ sheet: t.name, columns: t.columns.map((c) => ({ header: c.header, required: c.required })) })),
  ];
}
