/**
 * Office.js → WorkbookData: every sheet's used range and every Excel table, loaded in one batch (one
 * context.sync() for the names, one for the values, whatever the number of rows), then the “Ghép cột”
 * mapping from dvht's settings sheet. dvht's own hidden sheets are not input.
 */
import { extractMapping, type WorkbookMapping } from "../workbook/mapping";
import { LIVE_RESULTS_SHEET } from "../workbook/live";
import { MARKER_HEADER } from "../workbook/sheet-plan";
import { withTables, type TableData } from "../workbook/tables";
import type { CellValue, SheetData, WorkbookData } from "../workbook/workbook-data";
import type { ExcelContext } from "./context";

export interface ExcelRead {
  data: WorkbookData;
  mapping: WorkbookMapping | null;
  /** Excel address (with sheet) of each input sheet's used range, for the live Phụ lục formulas. */
  ranges: Map<string, { sheet: string; rowCount: number; columnCount: number }>;
  tables: { name: string; sheet: string }[];
  /** Canonical sheet name → the Excel table that stands in for it. */
  fromTables: Map<string, string>;
}

function cell(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Values of a used range that starts at (row, column), placed at their sheet positions. */
function placed(values: unknown[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  for (const line of values) {
    const cells: CellValue[] = [];
    for (let c = 0; c < columnIndex; c++) cells.push(null);
    for (const v of line) cells.push(cell(v));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export async function readExcelWorkbook(context: ExcelContext): Promise<ExcelRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex,rowCount,columnCount");
    return { ws, range };
  });
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("values");
    const ws = t.worksheet;
    ws.load("name");
    return { t, range, ws };
  });
  await context.sync();

  const sheets: SheetData[] = [];
  const ranges = new Map<string, { sheet: string; rowCount: number; columnCount: number }>();
  for (const { ws, range } of used) {
    if (range.isNullObject) {
      sheets.push({ name: ws.name, rows: [] });
      continue;
    }
    const rows = placed(range.values, range.rowIndex, range.columnIndex);
    // dvht's marker and the live Phụ lục's results are bookkeeping, never input.
    if (ws.visibility !== "Visible" && (rows[0]?.[0] === MARKER_HEADER || ws.name === LIVE_RESULTS_SHEET)) continue;
    sheets.push({ name: ws.name, rows });
    ranges.set(ws.name, { sheet: ws.name, rowCount: range.rowIndex + range.rowCount, columnCount: range.columnIndex + range.columnCount });
  }
  const tableData: TableData[] = tableRanges.map(({ t, range }) => ({ name: t.name, rows: placed(range.values, 0, 0) }));
  const { data, mapping } = extractMapping({ sheets });
  const withTableSheets = withTables(data, tableData);
  return {
    data: { sheets: withTableSheets.sheets },
    fromTables: withTableSheets.fromTables,
    mapping,
    ranges,
    tables: tableRanges.map(({ t, ws }) => ({ name: t.name, sheet: ws.name })),
  };
}
