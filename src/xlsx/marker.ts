/**
 * dvht's bookkeeping inside a workbook: a very hidden sheet "dvht" whose A1 is MARKER_HEADER and whose
 * A2, A3, … name the sheets dvht generated. A sheet listed there may be replaced on the next run; any other
 * sheet belongs to the user and is never touched.
 */
import type * as ExcelJS from "exceljs";
import { sheetNameKey } from "./sheet-names";

export const MARKER_SHEET_NAME = "dvht";
/** The template's hidden sheet of drop-down lists too long to write inline (see template.ts). */
export const TEMPLATE_LIST_SHEET = "Danh mục (dvht)";
export const MARKER_HEADER = "Trang do dvht tạo (dvht tự cập nhật trang ẩn này, xin đừng sửa)";

export function isMarkerSheet(worksheet: ExcelJS.Worksheet): boolean {
  return worksheet.findCell(1, 1)?.value === MARKER_HEADER;
}

/** dvht's own hidden sheets (the marker, the template's lists): never user data, never read as input. */
export function isInternalSheet(worksheet: ExcelJS.Worksheet): boolean {
  return isMarkerSheet(worksheet) || (worksheet.name === TEMPLATE_LIST_SHEET && worksheet.state !== "visible");
}

export function findMarkerSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find(isMarkerSheet);
}

/** Names listed in the marker sheet, as written there. */
export function markedSheetNames(workbook: ExcelJS.Workbook): string[] {
  const marker = findMarkerSheet(workbook);
  if (!marker) return [];
  const names: string[] = [];
  for (let r = 2; r <= marker.rowCount; r++) {
    const value = marker.findCell(r, 1)?.value;
    if (typeof value === "string" && value !== "") names.push(value);
  }
  return names;
}

/** Replace the marker's list with `names`, creating the (very hidden) marker sheet if needed. */
export function writeMarker(workbook: ExcelJS.Workbook, names: string[]): void {
  let marker = findMarkerSheet(workbook);
  if (!marker) {
    marker = workbook.addWorksheet(freeMarkerName(workbook), { state: "veryHidden" });
    marker.getCell(1, 1).value = MARKER_HEADER;
    marker.getColumn(1).width = 40;
  }
  const last = Math.max(marker.rowCount, names.length + 1);
  for (let r = 2; r <= last; r++) marker.getCell(r, 1).value = names[r - 2] ?? null;
}

function freeMarkerName(workbook: ExcelJS.Workbook): string {
  const taken = new Set(workbook.worksheets.map((ws) => sheetNameKey(ws.name)));
  let name = MARKER_SHEET_NAME;
  for (let n = 2; taken.has(sheetNameKey(name)); n++) name = `${MARKER_SHEET_NAME}_${n}`;
  return name;
}
