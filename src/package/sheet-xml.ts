/**
 * One SheetModel as a worksheet part, written the way src/xlsx/apply-models.ts has ExcelJS write it:
 * Times New Roman columns, values (strings inline, so sharedStrings.xml is left alone), formulas with their
 * cached results, cell formats, merges (every merged cell takes the top-left cell's format, so borders
 * frame the block), widths, estimated heights of wrapped rows, frozen header rows, an autofilter, and
 * A4 print setup.
 */
import { estimateRowHeights } from "../workbook/row-heights";
import type { ModelCell, SheetModel } from "../workbook/sheet-model";
import { columnLetter, type CellValue } from "../workbook/workbook-data";
import type { StyleSheet } from "./style-sheet";
import { escapeText } from "./xml-text";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const A4 = 9;
const MM_PER_INCH = 25.4;

export interface SheetXmlOptions {
  date1904: boolean;
  styles: StyleSheet;
}

export function sheetXml(model: SheetModel, options: SheetXmlOptions): string {
  const { styles } = options;
  const columnXf = styles.cellXf(undefined, false);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', `<worksheet ${NS}>`];
  if (model.print) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');

  const frozen = model.frozenRows ?? 0;
  out.push(
    '<sheetViews><sheetView workbookViewId="0">' +
      (frozen > 0 ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` : "") +
      "</sheetView></sheetViews>",
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');

  let columnCount = model.columnWidths.length;
  for (const row of model.rows) columnCount = Math.max(columnCount, row.length);
  if (columnCount > 0) {
    out.push("<cols>");
    for (let c = 0; c < columnCount; c++) {
      const width = model.columnWidths[c];
      const w = width !== undefined && width > 0 ? ` width="${width}" customWidth="1"` : ' width="9.140625"';
      out.push(`<col min="${c + 1}" max="${c + 1}"${w} style="${columnXf}"/>`);
    }
    out.push("</cols>");
  }

  // Cells by row, each row's cells indexed by column (a sparse array iterates in column order): the
  // model's, then every cell a merge covers, with its master's format.
  const cellXml: string[][] = [];
  model.rows.forEach((cells, r) => {
    cells.forEach((mc, c) => {
      if (!mc) return;
      (cellXml[r] ??= [])[c] = cell(mc, r, c, styles.cellXf(mc.style, mc.value instanceof Date), options.date1904);
    });
  });
  const realMerges = model.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  for (const m of realMerges) {
    const master = model.rows[m.top]?.[m.left];
    if (!master) continue;
    const s = styles.cellXf(master.style, master.value instanceof Date);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        (cellXml[r] ??= [])[c] = `<c r="${columnLetter(c)}${r + 1}" s="${s}"/>`;
      }
    }
  }

  const heights = estimateRowHeights(model);
  out.push("<sheetData>");
  const rowCount = Math.max(cellXml.length, heights.length);
  for (let r = 0; r < rowCount; r++) {
    const cells = cellXml[r];
    const height = heights[r];
    if (!cells && height === undefined) continue;
    out.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`);
    if (cells) for (const xml of cells) if (xml !== undefined) out.push(xml);
    out.push("</row>");
  }
  out.push("</sheetData>");

  if (model.autoFilter) out.push(`<autoFilter ref="${autoFilterRef(model.autoFilter)}"/>`);
  if (realMerges.length) {
    out.push(`<mergeCells count="${realMerges.length}">`);
    for (const m of realMerges) out.push(`<mergeCell ref="${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}"/>`);
    out.push("</mergeCells>");
  }
  if (model.print) {
    const mm = (x: number) => Number((x / MM_PER_INCH).toFixed(6));
    out.push('<printOptions horizontalCentered="1"/>');
    out.push(`<pageMargins left="${mm(30)}" right="${mm(15)}" top="${mm(20)}" bottom="${mm(20)}" header="0.3" footer="0.3"/>`);
    out.push(`<pageSetup paperSize="${A4}" orientation="${model.print.orientation}" fitToWidth="1" fitToHeight="0"/>`);
    out.push("<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>");
  } else {
    out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    out.push(`<pageSetup paperSize="${A4}"/>`);
  }
  out.push("</worksheet>");
  return out.join("");
}

export function autoFilterRef(f: NonNullable<SheetModel["autoFilter"]>): string {
  return `${columnLetter(f.firstColumn)}${f.row + 1}:${columnLetter(f.lastColumn)}${f.row + 1}`;
}

function cell(mc: ModelCell, r: number, c: number, s: number, date1904: boolean): string {
  const ref = `${columnLetter(c)}${r + 1}`;
  if (mc.formula !== undefined) {
    const formula = mc.formula.startsWith("=") ? mc.formula.slice(1) : mc.formula;
    const { type, v } = valueXml(mc.value, date1904);
    // A formula's text result is t="str" (inline strings are for constants).
    const t = type === "inlineStr" ? "str" : type;
    return `<c r="${ref}" s="${s}"${t ? ` t="${t}"` : ""}><f>${escapeText(formula)}</f>${v === null ? "" : `<v>${escapeText(v)}</v>`}</c>`;
  }
  const { type, v } = valueXml(mc.value, date1904);
  if (v === null) return `<c r="${ref}" s="${s}"/>`;
  if (type === "inlineStr") return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
  return `<c r="${ref}" s="${s}"${type ? ` t="${type}"` : ""}><v>${escapeText(v)}</v></c>`;
}

/** A value's cell type and text; dates are serial numbers in the workbook's date system. */
function valueXml(value: CellValue, date1904: boolean): { type?: string; v: string | null } {
  if (value === null) return { v: null };
  if (typeof value === "string") return { type: "inlineStr", v: value };
  if (typeof value === "number") return Number.isFinite(value) ? { v: String(value) } : { v: null };
  if (typeof value === "boolean") return { type: "b", v: value ? "1" : "0" };
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return { v: null };
    return { v: String(25569 + t / 86_400_000 - (date1904 ? 1462 : 0)) };
  }
  return { type: "e", v: value.error };
}
