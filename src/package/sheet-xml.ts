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
import { concat } from "./bytes";
import { escapeText } from "./xml-text";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const A4 = 9;
const MM_PER_INCH = 25.4;

export interface SheetXmlOptions {
  date1904: boolean;
  styles: StyleSheet;
}

/** Text is encoded to UTF-8 in batches of about this many characters, so no sheet is ever one huge string. */
const BATCH_CHARS = 1 << 20;

/**
 * The worksheet part as UTF-8 bytes. Written row by row and encoded in batches: a “Danh sách chưa đạt” of
 * 50,000 rows is never held as one string nor as a string per cell, which at 100,000 members cost more
 * memory than reading the whole workbook.
 */
export function sheetXml(model: SheetModel, options: SheetXmlOptions): Uint8Array {
  const { styles } = options;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let batch = "";
  const put = (text: string) => {
    batch += text;
    if (batch.length >= BATCH_CHARS) {
      chunks.push(encoder.encode(batch));
      batch = "";
    }
  };

  const columnXf = styles.cellXf(undefined, false);
  put('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + `<worksheet ${NS}>`);
  if (model.print) put('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');

  const frozen = model.frozenRows ?? 0;
  put(
    '<sheetViews><sheetView workbookViewId="0">' +
      (frozen > 0 ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` : "") +
      "</sheetView></sheetViews>",
  );
  put('<sheetFormatPr defaultRowHeight="15"/>');

  let columnCount = model.columnWidths.length;
  for (const row of model.rows) columnCount = Math.max(columnCount, row.length);
  if (columnCount > 0) {
    put("<cols>");
    for (let c = 0; c < columnCount; c++) {
      const width = model.columnWidths[c];
      const w = width !== undefined && width > 0 ? ` width="${width}" customWidth="1"` : ' width="9.140625"';
      put(`<col min="${c + 1}" max="${c + 1}"${w} style="${columnXf}"/>`);
    }
    put("</cols>");
  }

  // Formats are registered in reading order (cells first, then merges), so a sheet's style indexes do not
  // depend on how its rows are written out.
  for (const row of model.rows) for (const mc of row) if (mc) styles.cellXf(mc.style, mc.value instanceof Date);
  // The cells a merge covers (every one but its top-left), with their master's format: few, so kept by row.
  const realMerges = model.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  const covered = new Map<number, Map<number, number>>();
  for (const m of realMerges) {
    const master = model.rows[m.top]?.[m.left];
    if (!master) continue;
    const s = styles.cellXf(master.style, master.value instanceof Date);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        let row = covered.get(r);
        if (!row) covered.set(r, (row = new Map()));
        row.set(c, s);
      }
    }
  }

  const heights = estimateRowHeights(model);
  put("<sheetData>");
  let rowCount = Math.max(model.rows.length, heights.length);
  for (const r of covered.keys()) rowCount = Math.max(rowCount, r + 1);
  for (let r = 0; r < rowCount; r++) {
    const cells = model.rows[r];
    const mergedHere = covered.get(r);
    const height = heights[r];
    const hasCells = (cells !== undefined && cells.some((mc) => mc)) || mergedHere !== undefined;
    if (!hasCells && height === undefined) continue;
    let xml = `<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`;
    const width = Math.max(cells?.length ?? 0, mergedHere ? Math.max(...mergedHere.keys()) + 1 : 0);
    for (let c = 0; c < width; c++) {
      const mc = cells?.[c];
      const mergedStyle = mergedHere?.get(c);
      // A covered cell is written blank with its master's format, whatever the model put there.
      if (mergedStyle !== undefined) xml += `<c r="${columnLetter(c)}${r + 1}" s="${mergedStyle}"/>`;
      else if (mc) xml += cell(mc, r, c, styles.cellXf(mc.style, mc.value instanceof Date), options.date1904);
    }
    put(xml + "</row>");
  }
  put("</sheetData>");

  if (model.autoFilter) put(`<autoFilter ref="${autoFilterRef(model.autoFilter)}"/>`);
  if (realMerges.length) {
    put(`<mergeCells count="${realMerges.length}">`);
    for (const m of realMerges) put(`<mergeCell ref="${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}"/>`);
    put("</mergeCells>");
  }
  if (model.print) {
    const mm = (x: number) => Number((x / MM_PER_INCH).toFixed(6));
    put('<printOptions horizontalCentered="1"/>');
    put(`<pageMargins left="${mm(30)}" right="${mm(15)}" top="${mm(20)}" bottom="${mm(20)}" header="0.3" footer="0.3"/>`);
    put(`<pageSetup paperSize="${A4}" orientation="${model.print.orientation}" fitToWidth="1" fitToHeight="0"/>`);
    put("<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>");
  } else {
    put('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    put(`<pageSetup paperSize="${A4}"/>`);
  }
  put("</worksheet>");
  chunks.push(encoder.encode(batch));
  return concat(chunks);
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
