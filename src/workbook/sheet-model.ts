/**
 * A sheet to write, as data: values, formats, merges and widths, with no Office.js or ExcelJS in it.
 * The Phụ lục layouts build these; an adapter (src/xlsx for files, src/excel for Office.js) writes them.
 */
import type { CellValue } from "./workbook-data";

export type HorizontalAlign = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  align?: HorizontalAlign;
  verticalAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Background colour as "RRGGBB". */
  fill?: string;
  /** Excel number format, e.g. "0.0%" or "#,##0". */
  numberFormat?: string;
}

export interface ModelCell {
  value: CellValue;
  /** A formula without the leading "=" (used by the live Phụ lục inside Excel); value is its cached result. */
  formula?: string;
  style?: CellStyle;
  /** Set by a Phụ lục builder on a cell that follows the input sheets: which result it shows (src/workbook/live.ts). */
  live?: LiveTag;
}

/** The result a live cell shows: a row of dvht's results table (by key) and one of its figures. */
export interface LiveTag {
  key: string;
  field: "level" | "numerator" | "denominator" | "ratio";
}

export interface Merge {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A column chart over ranges of the same sheet (0-based, inclusive rows of one column each). */
export interface BarChartSpec {
  title: string;
  seriesName: string;
  /** Column of the category labels and of the values, and the rows they span. */
  categoryColumn: number;
  valueColumn: number;
  firstRow: number;
  lastRow: number;
  /** Where the chart sits: top-left cell and size in cells. */
  anchor: { row: number; column: number; rows: number; columns: number };
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  repeatRows?: { first: number; last: number };
}

export interface SheetModel {
  /** The sheet name dvht wants; the writer may pick another if a user's sheet holds it. */
  name: string;
  /** Rows of cells; a missing cell or null is empty. */
  rows: (ModelCell | null)[][];
  merges: Merge[];
  /** Column widths in characters, by 0-based column. */
  columnWidths: number[];
  /** Rows frozen at the top (header rows). */
  frozenRows?: number;
  /** An autofilter over the header row and the rows below it (0-based header row, columns). */
  autoFilter?: { row: number; firstColumn: number; lastColumn: number };
  charts?: BarChartSpec[];
  /** How the sheet prints: A4, fitted to one page wide, page numbers in the footer, header rows repeated. */
  print?: PrintSetup;
}
