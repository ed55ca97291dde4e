/**
 * Excel's limits on what dvht writes: 32,767 characters in a cell and 409 pt for a row. A longer text is
 * cut (with a visible mark saying how much) and a row that would need more height is capped; each case
 * is reported so the clerk knows where to look, instead of Excel refusing the file or hiding the text.
 */
import { formatInteger } from "../engine/format";
import { rowsOverHeightLimit, EXCEL_MAX_ROW_HEIGHT } from "./row-heights";
import type { SheetModel } from "./sheet-model";
import { columnLetter } from "./workbook-data";

export const EXCEL_MAX_CELL_CHARS = 32_767;

function cutMark(removed: number): string {
  return ` … [dvht đã cắt bớt ${formatInteger(removed)} ký tự vì Excel chỉ cho ${formatInteger(EXCEL_MAX_CELL_CHARS)} ký tự trong một ô]`;
}

/** `text` within Excel's cell limit, the cut marked; surrogate pairs are never split. */
export function fitCellText(text: string): { text: string; removed: number } {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return { text, removed: 0 };
  // The mark's length depends on the number removed; two passes settle it.
  let keep = EXCEL_MAX_CELL_CHARS - cutMark(text.length).length;
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  const removed = text.length - keep;
  return { text: text.slice(0, keep) + cutMark(removed), removed };
}

/** Models with every text within the cell limit, and one Vietnamese note per cut cell or over-tall row. */
export function fitToExcelLimits(models: SheetModel[]): { models: SheetModel[]; notes: string[] } {
  const notes: string[] = [];
  const fitted = models.map((model) => {
    let changed = false;
    // Nearly always nothing is too long: then the model is kept as it is, without copying its rows.
    const tooLong = model.rows.some((cells) => cells.some((cell) => cell && typeof cell.value === "string" && fitCellText(cell.value).removed > 0));
    const rows = !tooLong ? model.rows : model.rows.map((cells, r) =>
      cells.map((cell, c) => {
        if (!cell || typeof cell.value !== "string") return cell;
        const fit = fitCellText(cell.value);
        if (fit.removed === 0) return cell;
        changed = true;
        notes.push(`Sheet “${model.name}”, ô ${columnLetter(c)}${r + 1}: văn bản dài hơn ${formatInteger(EXCEL_MAX_CELL_CHARS)} ký tự nên đã bị cắt bớt ${formatInteger(fit.removed)} ký tự; xem bản đầy đủ ở sheet nhập liệu.`);
        return { ...cell, value: fit.text };
      }),
    );
    const result = changed ? { ...model, rows } : model;
    for (const r of rowsOverHeightLimit(result)) {
      notes.push(`Sheet “${model.name}”, dòng ${r + 1}: nội dung cần cao hơn ${EXCEL_MAX_ROW_HEIGHT} pt (giới hạn của Excel) nên không hiện hết trong ô; bấm vào ô để đọc đủ trên thanh công thức, hoặc rút gọn văn bản.`);
    }
    return result;
  });
  return { models: fitted, notes };
}
