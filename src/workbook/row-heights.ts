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

function lines(text: string, widthUnits: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor((widthUnits * CHARS_PER_WIDTH_UNIT * DEFAULT_FONT_SIZE) / fontSize));
  return text.split("\n").reduce((sum, segment) => sum + Math.max(1, Math.ceil([...segment].length / perLine)), 0);
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

/** The height each row's text would need, without Excel's limit. */
function neededRowHeights(model: SheetModel): (number | undefined)[] {
  const width = (c: number) => model.columnWidths[c] ?? DEFAULT_WIDTH;
  const mergeAt = new Map(model.merges.map((m) => [`${m.top},${m.left}`, m]));
  return model.rows.map((cells, r) => {
    let needed = 1;
    let fontSize = DEFAULT_FONT_SIZE;
    cells.forEach((cell, c) => {
      if (!cell || typeof cell.value !== "string" || cell.value === "") return;
      const size = cell.style?.fontSize ?? DEFAULT_FONT_SIZE;
      const merge = mergeAt.get(`${r},${c}`);
      // A cell merged over several rows shares its lines among them: leave those rows alone.
      if (merge && merge.bottom > merge.top) return;
      let units = width(c);
      if (merge) for (let k = c + 1; k <= merge.right; k++) units += width(k);
      const n = cell.style?.wrap ? lines(cell.value, units, size) : 1;
      if (n * size > needed * fontSize) {
        needed = n;
        fontSize = size;
      }
    });
    return needed > 1 || fontSize > DEFAULT_FONT_SIZE ? Math.ceil(needed * LINE_HEIGHT * (fontSize / DEFAULT_FONT_SIZE)) : undefined;
  });
}
