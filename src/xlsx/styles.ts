/** CellStyle (plain data) → ExcelJS cell formatting. Generated sheets use Times New Roman 12. */
import type * as ExcelJS from "exceljs";
import type { CellStyle } from "../workbook/sheet-model";

export const DEFAULT_FONT_NAME = "Times New Roman";
export const DEFAULT_FONT_SIZE = 12;
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

export function defaultFont(): Partial<ExcelJS.Font> {
  return { name: DEFAULT_FONT_NAME, size: DEFAULT_FONT_SIZE };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** Format one cell. The font is always set, so a generated sheet is Times New Roman throughout. */
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, isDate: boolean): void {
  const font: Partial<ExcelJS.Font> = { name: DEFAULT_FONT_NAME, size: style?.fontSize ?? DEFAULT_FONT_SIZE };
  if (style?.bold) font.bold = true;
  if (style?.italic) font.italic = true;
  cell.font = font;

  const numberFormat = style?.numberFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
  if (numberFormat) cell.numFmt = numberFormat;
  if (!style) return;

  if (style.align || style.verticalAlign || style.wrap) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.align) alignment.horizontal = style.align;
    if (style.verticalAlign) alignment.vertical = style.verticalAlign;
    if (style.wrap) alignment.wrapText = true;
    cell.alignment = alignment;
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
}

/** "RRGGBB" (with or without "#") → "FFRRGGBB". */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : "FF" + h;
}
