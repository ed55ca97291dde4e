/**
 * dvht's bookkeeping inside a workbook: a very hidden sheet "dvht" whose A1 is MARKER_HEADER; A2, A3, …
 * name the sheets dvht generated and B2, B3, … hold each one's fingerprint (src/workbook/sheet-fingerprint.ts)
 * as dvht wrote it. A listed sheet may be replaced on the next run only while it still has that
 * fingerprint: once someone typed into it (a signature, a note), or replaced it with a sheet of the same
 * name, it is the user's and is kept — dvht then writes its new sheet beside it. Any other sheet belongs
 * to the user and is never touched. A name listed without a fingerprint (written by an older dvht or by
 * the task pane) is not trusted either: keeping a sheet costs one extra tab, replacing a signed one costs
 * the signature.
 */
import * as ExcelJS from "exceljs";
import { fingerprintCells, type FingerprintCell } from "../workbook/sheet-fingerprint";
import { cellValueOf } from "./cell-values";
import { sheetNameKey } from "./sheet-names";

import { FINGERPRINT_HEADER, MARKER_HEADER, MARKER_SHEET_NAME, TEMPLATE_LIST_SHEET } from "./marker-names";

export { FINGERPRINT_HEADER, MARKER_HEADER, MARKER_SHEET_NAME, TEMPLATE_LIST_SHEET } from "./marker-names";

export interface MarkerEntry {
  name: string;
  /** undefined when the marker has none for this sheet. */
  fingerprint?: string;
}

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

/** The marker's entries, as written there. */
export function readMarker(workbook: ExcelJS.Workbook): MarkerEntry[] {
  const marker = findMarkerSheet(workbook);
  if (!marker) return [];
  const entries: MarkerEntry[] = [];
  for (let r = 2; r <= marker.rowCount; r++) {
    const name = marker.findCell(r, 1)?.value;
    const fingerprint = marker.findCell(r, 2)?.value;
    if (typeof name === "string" && name !== "") entries.push({ name, fingerprint: typeof fingerprint === "string" && fingerprint !== "" ? fingerprint : undefined });
  }
  return entries;
}

/** Names listed in the marker sheet, as written there. */
export function markedSheetNames(workbook: ExcelJS.Workbook): string[] {
  return readMarker(workbook).map((e) => e.name);
}

/** The fingerprint of a worksheet's content as it is now. */
export function worksheetFingerprint(worksheet: ExcelJS.Worksheet): string {
  const cells: FingerprintCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value: formula ? null : cellValueOf(cell), formula });
    });
  });
  return fingerprintCells(cells);
}

export interface MarkerTrust {
  /** dvht's sheets still as dvht wrote them (name as in the workbook → fingerprint): free to replace. */
  owned: Map<string, { name: string; fingerprint: string }>;
  /** Sheets the marker lists that now hold something else: the user's from now on. */
  changed: string[];
}

/** Which of the sheets the marker lists dvht may still replace. Keys are sheetNameKey()s. */
export function trustMarker(workbook: ExcelJS.Workbook): MarkerTrust {
  const byKey = new Map(workbook.worksheets.map((ws) => [sheetNameKey(ws.name), ws]));
  const owned: MarkerTrust["owned"] = new Map();
  const changed: string[] = [];
  for (const entry of readMarker(workbook)) {
    const ws = byKey.get(sheetNameKey(entry.name));
    if (!ws || isMarkerSheet(ws)) continue; // stale entry: the sheet is gone
    const now = worksheetFingerprint(ws);
    if (entry.fingerprint !== undefined && entry.fingerprint === now) owned.set(sheetNameKey(ws.name), { name: ws.name, fingerprint: now });
    else changed.push(ws.name);
  }
  return { owned, changed };
}

/** Replace the marker's list with `entries`, creating the (very hidden) marker sheet if needed. */
export function writeMarker(workbook: ExcelJS.Workbook, entries: MarkerEntry[]): void {
  let marker = findMarkerSheet(workbook);
  if (!marker) {
    marker = workbook.addWorksheet(freeMarkerName(workbook), { state: "veryHidden" });
    marker.getCell(1, 1).value = MARKER_HEADER;
    marker.getColumn(1).width = 40;
  }
  marker.getCell(1, 2).value = FINGERPRINT_HEADER;
  const last = Math.max(marker.rowCount, entries.length + 1);
  for (let r = 2; r <= last; r++) {
    marker.getCell(r, 1).value = entries[r - 2]?.name ?? null;
    marker.getCell(r, 2).value = entries[r - 2]?.fingerprint ?? null;
  }
}

function freeMarkerName(workbook: ExcelJS.Workbook): string {
  const taken = new Set(workbook.worksheets.map((ws) => sheetNameKey(ws.name)));
  let name = MARKER_SHEET_NAME;
  for (let n = 2; taken.has(sheetNameKey(name)); n++) name = `${MARKER_SHEET_NAME}_${n}`;
  return name;
}
