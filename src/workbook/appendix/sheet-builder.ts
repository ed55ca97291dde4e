/**
 * A small builder for SheetModels: rows padded to the sheet's width (no holes, no undefined), merges
 * checked for overlap and bounds as they are added, and the few cell styles every Phụ lục sheet shares.
 */
import type { CellValue } from "../workbook-data";
import type { CellStyle, Merge, ModelCell, SheetModel } from "../sheet-model";

/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;

/** The styles of the Phụ lục sheets, by role. */
export const STYLES = {
  /** The unit's name at the top left. */
  unit: { bold: true, align: "left", verticalAlign: "middle" },
  /** The sheet's title, merged across the table. */
  title: { bold: true, fontSize: 14, align: "center", verticalAlign: "middle", wrap: true },
  /** Rule set, year, member count under the title. */
  subtitle: { italic: true, align: "center", verticalAlign: "middle", wrap: true },
  /** The national title and motto at the top right. */
  nationalTitle: { bold: true, align: "center", verticalAlign: "middle" },
  /** Signature block: titles, and the date and "(Ký, ghi rõ họ tên)" notes. */
  signature: { bold: true, align: "center", verticalAlign: "middle" },
  signatureNote: { italic: true, align: "center", verticalAlign: "middle" },
  /** Table header cells. */
  header: { bold: true, border: true, align: "center", verticalAlign: "middle", wrap: true, fill: "DDEBF7" },
  /** Table body, long text. */
  body: { border: true, align: "left", verticalAlign: "top", wrap: true },
  /** Table body, short centred values (levels, ids, "x"). */
  center: { border: true, align: "center", verticalAlign: "middle", wrap: true },
  /** A group row (tiêu chí) or a total row inside a table. */
  group: { bold: true, border: true, align: "left", verticalAlign: "top", wrap: true, fill: "F2F2F2" },
  groupCenter: { bold: true, border: true, align: "center", verticalAlign: "middle", wrap: true, fill: "F2F2F2" },
  /** A heading outside tables (a chỉ tiêu, a section). */
  heading: { bold: true, align: "left", verticalAlign: "top", wrap: true },
  /** Running text outside tables. */
  text: { align: "left", verticalAlign: "top", wrap: true },
  /** “BẢN NHÁP — còn N lỗi dữ liệu…”: the first row of every sheet written from data with errors. */
  draft: { bold: true, fontSize: 13, align: "center", verticalAlign: "middle", wrap: true, border: true, fill: "FFC7CE" },
  /** Notes and remarks. */
  note: { italic: true, align: "left", verticalAlign: "top", wrap: true },
} satisfies Record<string, CellStyle>;

export const NUMBER_FORMATS = {
  /** A ratio cell: Excel shows it with the user's decimal separator (97,7% in a Vietnamese locale). */
  ratio: "0.0%",
  /** A count: Excel shows the user's thousands separator (1.234 in a Vietnamese locale). */
  integer: "#,##0",
} as const;

/** The style of a preset with a number format, one frozen object per pair. */
const withFormats = new WeakMap<CellStyle, Map<string, CellStyle>>();
const NO_STYLE: CellStyle = Object.freeze({});

/**
 * A cell with a value and a style. Cells of one preset and number format share one frozen style object:
 * nobody can change a preset through a cell, and the package writer looks a shared style up once, not once
 * per cell (a province's summary has tens of thousands of cells).
 */
export function cell(value: CellValue, style?: CellStyle, numberFormat?: string): ModelCell {
  if (!style && !numberFormat) return { value };
  const base = style ?? NO_STYLE;
  if (!numberFormat) return { value, style: Object.isFrozen(base) ? base : frozen(base, undefined) };
  return { value, style: frozen(base, numberFormat) };
}

function frozen(base: CellStyle, numberFormat: string | undefined): CellStyle {
  let formats = withFormats.get(base);
  if (!formats) withFormats.set(base, (formats = new Map()));
  const key = numberFormat ?? "";
  let style = formats.get(key);
  if (!style) formats.set(key, (style = Object.freeze(numberFormat === undefined ? { ...base } : { ...base, numberFormat })));
  return style;
}

function overlaps(a: Merge, b: Merge): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class SheetBuilder {
  private readonly rows: (ModelCell | null)[][] = [];
  private readonly merges: Merge[] = [];

  constructor(
    readonly name: string,
    private readonly columnWidths: number[],
  ) {
    if (name.length === 0 || name.length > MAX_SHEET_NAME) {
      throw new Error(`Sheet name “${name}” must have 1–${MAX_SHEET_NAME} characters.`);
    }
    if (/[:\\/?*[\]]/.test(name)) throw new Error(`Sheet name “${name}” contains a character Excel refuses.`);
  }

  /** Number of columns. */
  get width(): number {
    return this.columnWidths.length;
  }

  /** Index the next row will get. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Appends a row, padded with empty cells to the sheet's width; returns its 0-based index. */
  row(cells: (ModelCell | null)[] = []): number {
    if (cells.length > this.width) {
      throw new Error(`Row ${this.rows.length} of “${this.name}” has ${cells.length} cells; the sheet has ${this.width} columns.`);
    }
    const padded: (ModelCell | null)[] = [];
    for (let c = 0; c < this.width; c++) padded.push(cells[c] ?? null);
    this.rows.push(padded);
    return this.rows.length - 1;
  }

  /** Sets one cell of an existing row. */
  put(row: number, column: number, value: CellValue, style?: CellStyle): void {
    if (row < 0 || row >= this.rows.length || column < 0 || column >= this.width) {
      throw new Error(`Cell ${row},${column} is outside “${this.name}”.`);
    }
    this.rows[row]![column] = cell(value, style);
  }

  /** An empty row. */
  blank(): number {
    return this.row([]);
  }

  /** A row whose single value spans `left..right` (default: the whole width). */
  banner(value: CellValue, style: CellStyle, left = 0, right = this.width - 1): number {
    const cells: (ModelCell | null)[] = [];
    cells[left] = cell(value, style);
    const r = this.row(Array.from({ length: right + 1 }, (_, c) => cells[c] ?? null));
    if (right > left) this.merge(r, left, r, right);
    return r;
  }

  /**
   * Merges an existing range. The covered cells must be empty; an unstyled one gets the anchor's border,
   * so the writer draws the whole box. Throws on a range out of bounds or overlapping another merge.
   */
  merge(top: number, left: number, bottom: number, right: number): void {
    const m: Merge = { top, left, bottom, right };
    if (top < 0 || left < 0 || bottom < top || right < left || bottom >= this.rows.length || right >= this.width) {
      throw new Error(`Merge ${JSON.stringify(m)} is outside “${this.name}”.`);
    }
    if (top === bottom && left === right) return;
    const clash = this.merges.find((x) => overlaps(x, m));
    if (clash) throw new Error(`Merge ${JSON.stringify(m)} overlaps ${JSON.stringify(clash)} in “${this.name}”.`);
    const anchor = this.rows[top]![left] ?? null;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        const covered = this.rows[r]![c] ?? null;
        if (covered !== null && covered.value !== null) {
          throw new Error(`Merge ${JSON.stringify(m)} would hide a value in “${this.name}” at ${r},${c}.`);
        }
        // Keep an empty cell's own style (a header's fill); otherwise draw the anchor's border.
        this.rows[r]![c] = covered?.style ? covered : anchor?.style?.border ? { value: null, style: { border: true } } : null;
      }
    }
    this.merges.push(m);
  }

  build(frozenRows?: number): SheetModel {
    const model: SheetModel = {
      name: this.name,
      rows: this.rows.map((r) => [...r]),
      merges: this.merges.map((m) => ({ ...m })),
      columnWidths: [...this.columnWidths],
    };
    if (frozenRows !== undefined && frozenRows > 0) model.frozenRows = frozenRows;
    return model;
  }
}
