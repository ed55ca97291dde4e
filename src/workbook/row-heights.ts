/**
 * Row heights for wrapped text. Excel grows a row to fit wrapped text only while the row keeps its
 * default height, and not at all under merged cells; LibreOffice does not on opening an .xlsx. So the
 * writer sets each row's height from an estimate of how many lines its longest wrapped cell needs.
 */
import type { SheetModel } from "./sheet-model";

/** Characters of Times New Roman 12 pt that fit in one unit of Excel column width (measured on the samples). */
const CHARS_PER_WIDTH_UNIT = 1.15;
const DEFAULT_FONT_SIZE = 12;
/** Points per line at 12 pt, with Excel's leading. */
const LINE_HEIGHT = 15.75;
const DEFAULT_WIDTH = 8.43;

/**
 * Lines of `text` in a column `widthUnits` wide: each line break starts a line, and a segment takes as
 * many lines as its characters (code points, so an emoji counts once) need. Counted in one pass, without
 * splitting or copying the text: a summary or a Danh sách chưa đạt has tens of thousands of cells.
 */
export function lines(text: string, widthUnits: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor((widthUnits * CHARS_PER_WIDTH_UNIT * DEFAULT_FONT_SIZE) / fontSize));
  let total = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      total += Math.max(1, Math.ceil(chars / perLine));
      chars = 0;
      continue;
    }
    // A low surrogate right after a high one is the second half of one code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) continue;
    }
    chars++;
  }
  return total + Math.max(1, Math.ceil(chars / perLine));
}

/** Excel's largest row height, in points: a taller row is refused or cut by Excel. */
export const EXCEL_MAX_ROW_HEIGHT = 409;

/** The height in points each row needs (at most Excel's 409 pt), or undefined where the default height does. */
export function estimateRowHeights(model: SheetModel): (number | undefined)[] {
  return neededRowHeights(model).map((h) => (h === undefined ? h : Math.min(h, EXCEL_MAX_ROW_HEIGHT)));
}

/** 0-based rows whose text needs more than Excel's 409 pt: their text will not all show in the cell. */
export function rowsOverHeightLimit(model: SheetModel): number[] {
  const rows: number[] = [];
  neededRowHeights(model).forEach((h, r) => {
    if (h !== undefined && h > EXCEL_MAX_ROW_HEIGHT) rows.push(r);
  });
  return rows;
}

/** Each model's needed heights, computed once: the Excel-limit check and the writer both ask. */
const neededOf = new WeakMap<SheetModel, (number | undefined)[]>();

/** The height each row's text would need, without Excel's limit. */
function neededRowHeights(model: SheetModel): (number | undefined)[] {
  const known = neededOf.get(model);
  if (known) return known;
  const width = (c: number) => model.columnWidths[c] ?? DEFAULT_WIDTH;
  // Merges by their top-left cell, keyed by a number (rows × Excel's 16,384 columns + column).
  const mergeAt = new Map(model.merges.map((m) => [m.top * 16_384 + m.left, m]));
  const heights: (number | undefined)[] = [];
  for (let r = 0; r < model.rows.length; r++) {
    const cells = model.rows[r]!;
    let needed = 1;
    let fontSize = DEFAULT_FONT_SIZE;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || typeof cell.value !== "string" || cell.value === "") continue;
      const size = cell.style?.fontSize ?? DEFAULT_FONT_SIZE;
      const merge = mergeAt.size > 0 ? mergeAt.get(r * 16_384 + c) : undefined;
      // A cell merged over several rows shares its lines among them: leave those rows alone.
      if (merge && merge.bottom > merge.top) continue;
      let units = width(c);
      if (merge) for (let k = c + 1; k <= merge.right; k++) units += width(k);
      const n = cell.style?.wrap ? lines(cell.value, units, size) : 1;
      if (n * size > needed * fontSize) {
        needed = n;
        fontSize = size;
      }
    }
    heights.push(needed > 1 || fontSize > DEFAULT_FONT_SIZE ? Math.ceil(needed * LINE_HEIGHT * (fontSize / DEFAULT_FONT_SIZE)) : undefined);
  }
  neededOf.set(model, heights);
  return heights;
}
