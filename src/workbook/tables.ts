/**
 * Excel tables (ListObjects) as input: a table whose header row holds every required column of one of
 * dvht's table sheets stands in for that sheet when no sheet carries its name, so a unit that keeps its
 * roster as tblThanhVien on "Sheet1" is read like the template. Pure.
 */
import { fold, foldLoose } from "../engine/text";
import { TABLE_SHEETS } from "./schema";
import type { CellValue, SheetData, WorkbookData } from "./workbook-data";

export interface TableData {
  name: string;
  /** The table's values, header row first. */
  rows: CellValue[][];
}

function same(a: string, b: string): boolean {
  return fold(a) === fold(b) || foldLoose(a) === foldLoose(b);
}

/** The workbook with tables standing in for missing sheets; `fromTables` says which table became which sheet. */
export function withTables(data: WorkbookData, tables: TableData[]): WorkbookData & { fromTables: Map<string, string> } {
  const sheets: SheetData[] = data.sheets.slice();
  const fromTables = new Map<string, string>();
  for (const spec of TABLE_SHEETS) {
    const names = [spec.name, ...spec.aliases];
    if (sheets.some((s) => names.some((n) => same(s.name, n)))) continue;
    const table = tables.find((t) => {
      const header = (t.rows[0] ?? []).map((v) => (typeof v === "string" ? v : ""));
      return spec.columns
        .filter((c) => c.required)
        .every((c) => header.some((h) => [c.header, ...c.aliases].some((a) => same(h, a))));
    });
    if (table) {
      sheets.push({ name: spec.name, rows: table.rows });
      fromTables.set(spec.name, table.name);
    }
  }
  return { sheets, fromTables };
}
