/**
 * dvht's marker (marker.ts) as the package writer reads and writes it, without ExcelJS: column B holds
 * each sheet's fingerprint. A listed sheet is replaced only while its cells still have the fingerprint
 * dvht wrote; one that was signed, annotated or replaced by a same-named sheet is kept as the user's
 * (and one listed without a fingerprint is not trusted either), exactly as trustMarker decides.
 */
import type { MarkerSpec } from "../package";
import { withoutNotXmlCharacters } from "../package/xml-text";
import { fingerprintCells, fingerprintInOrder, type FingerprintCell } from "../workbook/sheet-fingerprint";
import type { SheetModel } from "../workbook/sheet-model";
import type { CellValue } from "../workbook/workbook-data";
import { FINGERPRINT_HEADER, MARKER_HEADER, MARKER_SHEET_NAME } from "./marker-names";

/** A model cell's value as it reads back from the part the writer makes of it. */
function asWritten(value: CellValue): CellValue {
  if (typeof value === "string") return withoutNotXmlCharacters(value).replace(/\r\n?/g, "\n"); // the writer drops what XML cannot hold; XML reads CR LF as LF
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return value;
}

/** The fingerprint of the sheet the writer makes of `model` (its rows come in order: hashed as they come). */
export function modelFingerprint(model: SheetModel): string {
  return fingerprintInOrder(modelCells(model));
}

function* modelCells(model: SheetModel): Generator<FingerprintCell> {
  for (let r = 0; r < model.rows.length; r++) {
    const row = model.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const mc = row[c];
      if (!mc) continue;
      const cell: FingerprintCell = { row: r, col: c, value: asWritten(mc.value) };
      if (mc.formula !== undefined && mc.formula !== "") cell.formula = mc.formula;
      yield cell;
    }
  }
}

export const DVHT_MARKER: MarkerSpec = {
  header: MARKER_HEADER,
  sheetName: MARKER_SHEET_NAME,
  headerRest: [FINGERPRINT_HEADER],
  mayReplace: (sheet) => typeof sheet.markerRow[1] === "string" && sheet.markerRow[1] === fingerprintCells(sheet.cells()),
  row: (o) => [o.name, o.model ? modelFingerprint(o.model) : (o.previous?.markerRow[1] ?? null)],
};
