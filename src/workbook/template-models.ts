/**
 * The input template as SheetModels (sheet names, headers, widths, the Đơn vị labels), for writers without
 * ExcelJS's template builder (the Office.js adapter, the browser). Drop-down lists are the CLI template's.
 */
import type { SheetModel } from "./sheet-model";
import { TABLE_SHEETS, UNIT_SHEET } from "./schema";

const HEADER = { bold: true, border: true, align: "center", verticalAlign: "middle", wrap: true, fill: "DDEBF7" } as const;

export function templateModels(): SheetModel[] {
  const unit: SheetModel = {
    name: UNIT_SHEET.name,
    rows: [
      [{ value: UNIT_SHEET.keyHeader, style: HEADER }, { value: UNIT_SHEET.valueHeader, style: HEADER }],
      ...UNIT_SHEET.rows.map((r) => [{ value: r.label, style: { border: true } }, { value: null, style: { border: true } }]),
    ],
    merges: [],
    columnWidths: [34, 40],
    frozenRows: 1,
  };
  const tables = TABLE_SHEETS.map<SheetModel>((t) => ({
    name: t.name,
    rows: [t.columns.map((c) => ({ value: c.header, style: HEADER }))],
    merges: [],
    columnWidths: t.columns.map((c) => c.width),
    frozenRows: 1,
  }));
  return [unit, ...tables];
}
