/**
 * dvht's bookkeeping sheet inside a package: which sheets it lists as dvht's (and so may be replaced), and
 * its new content after a run. What the marker keeps beside each name (a content fingerprint) is the
 * caller's: MarkerSpec's hooks read and write those columns.
 */
import type { SheetModel } from "../workbook/sheet-model";
import { sheetNameKey } from "../workbook/sheet-names";
import type { CellValue } from "../workbook/workbook-data";
import type { PackageContents, PackageSheet, WorkbookEntry } from "./read-package";

/** A sheet dvht's marker lists, as it is in the package now. */
export interface MarkedSheet {
  name: string;
  /** The marker's row for it: A its name, then whatever the marker keeps beside it (a fingerprint). */
  markerRow: CellValue[];
  /** Its cells now: every value, and the formula text where there is one (read on demand). */
  cells(): { row: number; col: number; value: CellValue; formula?: string }[];
}

/**
 * dvht's bookkeeping sheet (src/xlsx/marker.ts): how to recognise it, what to call a new one, and, for a
 * marker that keeps more than names (a content fingerprint), how to read and write its rows.
 */
export interface MarkerSpec {
  /** Its A1. */
  header: string;
  /** Name for a new marker sheet ("dvht", or "dvht_2"… when taken). */
  sheetName: string;
  /** Widths of its columns. */
  columnWidths?: number[];
  /** Row 1 after A1 (headings of the columns beside the names). */
  headerRest?: CellValue[];
  /** Whether a listed sheet is still dvht's to replace (default: yes); one that is not is kept as the user's. */
  mayReplace?: (sheet: MarkedSheet) => boolean;
  /** The marker's row for a sheet dvht owns after this run (default: [name]); `model` when written now. */
  row?: (entry: { name: string; model?: SheetModel; previous?: MarkedSheet }) => CellValue[];
}

export interface OwnedSheet {
  name: string;
  /** The model written into it on this run. */
  model?: SheetModel;
  /** As the marker listed it before this run. */
  previous?: MarkedSheet;
}

/**
 * The sheets the marker lists that dvht may replace, by sheetNameKey; names that no longer exist drop out,
 * and those `mayReplace` refuses are `changed` (the user's from now on).
 */
export function readOwnership(
  contents: PackageContents,
  spec: MarkerSpec,
  sheetNamed: (name: string) => { entry: WorkbookEntry; part?: string } | undefined,
): { markerSheet: PackageSheet | undefined; owned: Map<string, OwnedSheet>; changed: string[] } {
  const markerSheet = contents.sheets.find((s) => s.rows[0]?.[0] === spec.header);
  const owned = new Map<string, OwnedSheet>();
  const changed: string[] = [];
  for (const row of markerSheet?.rows.slice(1) ?? []) {
    const name = row[0];
    if (typeof name !== "string" || name === "") continue;
    const existing = sheetNamed(name);
    if (!existing?.part || existing.part === markerSheet!.part) continue;
    const sheet = contents.sheets.find((s) => s.part === existing.part);
    if (!sheet) continue;
    const marked: MarkedSheet = { name: existing.entry.name, markerRow: row, cells: () => cellsOf(sheet, contents) };
    if (spec.mayReplace && !spec.mayReplace(marked)) changed.push(marked.name);
    else owned.set(sheetNameKey(name), { name: existing.entry.name, previous: marked });
  }
  return { markerSheet, owned, changed };
}

/** The marker's content: A1 its header, then one row per sheet dvht owns. */
export function markerSheetModel(spec: MarkerSpec, owned: OwnedSheet[]): SheetModel {
  const rows: CellValue[][] = [[spec.header, ...(spec.headerRest ?? [])], ...owned.map((o) => (spec.row ? spec.row(o) : [o.name]))];
  return {
    name: spec.sheetName,
    rows: rows.map((r) => r.map((value) => ({ value }))),
    merges: [],
    columnWidths: spec.columnWidths ?? [40],
  };
}

/** A sheet's cells with their formulas: what a fingerprint of its content is made from. */
function cellsOf(sheet: PackageSheet, contents: PackageContents): ReturnType<MarkedSheet["cells"]> {
  const formulas = new Map(contents.formulasOf(sheet).map((f) => [`${f.row},${f.col}`, f.formula]));
  const cells: ReturnType<MarkedSheet["cells"]> = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = formulas.get(`${r},${c}`);
      formulas.delete(`${r},${c}`);
      if (value !== null || formula !== undefined) cells.push(formula === undefined ? { row: r, col: c, value } : { row: r, col: c, value, formula });
    }),
  );
  // Formulas whose cached result is empty.
  for (const [key, formula] of formulas) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    cells.push({ row: r, col: c, value: null, formula });
  }
  return cells;
}

/** The sheets the marker lists that `mayReplace` now refuses (signed, annotated, replaced): none when all are as dvht wrote them. */
export function changedMarkedSheets(contents: PackageContents, spec: MarkerSpec): string[] {
  const byKey = new Map(contents.sheets.map((s) => [sheetNameKey(s.name), s]));
  return readOwnership(contents, spec, (name) => {
    const sheet = byKey.get(sheetNameKey(name));
    return sheet && { entry: { name: sheet.name, sheetId: 0, state: sheet.state, relId: "" }, part: sheet.part };
  }).changed;
}
