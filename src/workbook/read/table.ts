/**
 * Walking the data rows of a located table: blank rows are skipped (anywhere, however many), formula
 * errors are reported once per cell and then read as blank. One pass, constant work per row.
 */
import { columnLetter, isCellError, type CellValue, type SheetData } from "../workbook-data";
import { isBlank, cellText, type RawCell } from "./cells";
import type { LocatedColumn, LocatedTable } from "./header";
import { IssueLog, listRows, type CellPlace } from "./issue-log";
import { trailerKind, type TrailerKind } from "./table-end";

export class TableRow {
  constructor(
    readonly table: LocatedTable,
    /** 0-based row index; the Excel row is rowIndex + 1. */
    readonly rowIndex: number,
    /** The sheet's row as read; cells are looked up through the table's columns (no per-row copy). */
    private readonly raw: readonly CellValue[],
    /** Fields whose cell held a formula error (reported once, read as blank). */
    private readonly errors: Set<string> | null,
  ) {}

  get excelRow(): number {
    return this.rowIndex + 1;
  }

  has(field: string): boolean {
    return this.table.columns.has(field);
  }

  /** The cell of a field: null when the column is absent, the cell blank or a formula error. */
  value(field: string): RawCell {
    const column = this.table.columns.get(field);
    if (column === undefined || this.errors?.has(field)) return null;
    return this.raw[column.index] ?? null;
  }

  text(field: string): string | null {
    return cellText(this.value(field));
  }

  column(field: string): LocatedColumn | undefined {
    return this.table.columns.get(field);
  }

  /** The place of a cell (or of the row, when the column is absent), for issues. */
  place(field?: string): CellPlace {
    const column = field === undefined ? undefined : this.table.columns.get(field);
    const place: CellPlace = column ? { sheet: this.table.sheet, rowIndex: this.rowIndex, column } : { sheet: this.table.sheet, rowIndex: this.rowIndex };
    if (field !== undefined && this.errors?.has(field)) place.hadError = true;
    return place;
  }
}

export interface WalkOptions {
  /** Fields whose cells alone do not make a row non-blank (STT numbered in advance). */
  ignoreForBlank?: string[];
  /**
   * Recognise the rows below the data that are not data (totals, signature block, notes: see
   * table-end.ts): each is skipped with an issue naming it. Default true.
   */
  trailers?: boolean;
}

/** A short view of a row's text for a message: “Tổng cộng: 46”. */
function rowPreview(raw: CellValue[]): string {
  const parts = raw.map((v) => cellText(v)).filter((t): t is string => t !== null);
  const text = parts.join(" | ");
  return text.length > 60 ? text.slice(0, 57) + "…" : text;
}

const TRAILER_WORDS: Record<TrailerKind, string> = {
  totals: "dòng tổng cộng",
  signature: "khối chữ ký",
  notes: "phần ghi chú",
};

/** Call `visit` for each non-blank data row below the header, in order. */
export function walkRows(sheet: SheetData, table: LocatedTable, log: IssueLog, visit: (row: TableRow) => void, options: WalkOptions = {}): void {
  const ignored = new Set(options.ignoreForBlank ?? []);
  const columns = [...table.columns.values()];
  const counting = columns.filter((c) => !ignored.has(c.field));
  const errorOnlyRows: number[] = [];
  const trailers = options.trailers ?? true;
  // The key column: Họ và tên on member sheets, Chỉ tiêu on Tự đánh giá, Thông tin on key–value sheets.
  const keyIndex = (table.columns.get("name") ?? table.columns.get("indicator") ?? table.columns.get("key"))?.index;
  /** The row (Excel) and kind of the signature block or note that ended the table. */
  let ended: { row: number; kind: TrailerKind } | null = null;

  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const raw = sheet.rows[r];
    if (raw === undefined || raw.length === 0) continue;

    // The file itself says this row is an Excel table's totals row, whatever it holds.
    const totalsOf = sheet.tableTotals?.find((t) => t.row === r);
    if (totalsOf) {
      log.at("info", { sheet: table.sheet, rowIndex: r }, {
        code: "tableTotalsRow",
        message: `Dòng ${r + 1} (“${rowPreview(raw)}”) là dòng tổng của bảng Excel “${totalsOf.table}”, không phải dữ liệu; dvht không tính dòng này.`,
        fix: "Không cần sửa: dvht tự đếm.",
      });
      continue;
    }

    if (trailers) {
      if (ended) {
        if (raw.some((v) => !isBlank(v))) {
          const looksLikeData = counting.filter((c) => !isBlank(raw[c.index])).length >= 3;
          log.at(looksLikeData ? "warning" : "info", { sheet: table.sheet, rowIndex: r }, {
            code: "belowTableEnd",
            message: `Dòng ${r + 1} (“${rowPreview(raw)}”) nằm dưới ${TRAILER_WORDS[ended.kind]} ở dòng ${ended.row}; dvht coi bảng đã kết thúc ở đó và không tính dòng này.`,
            fix: looksLikeData
              ? `Nếu đây là dữ liệu, chuyển dòng này lên trên dòng ${ended.row}.`
              : "Không cần sửa nếu đây không phải dữ liệu.",
          });
        }
        continue;
      }
      const kind = trailerKind(raw, keyIndex);
      if (kind) {
        log.at("info", { sheet: table.sheet, rowIndex: r }, {
          code: "tableTrailer",
          message: `Dòng ${r + 1} (“${rowPreview(raw)}”) là ${TRAILER_WORDS[kind]}, không phải dữ liệu; dvht không tính dòng này${kind === "totals" ? "" : " và các dòng bên dưới"}.`,
          fix: kind === "totals" ? "Không cần sửa: dvht tự đếm." : `Nếu dưới dòng ${r + 1} còn dữ liệu, chuyển dữ liệu lên trên ${TRAILER_WORDS[kind]}.`,
        });
        if (kind !== "totals") ended = { row: r + 1, kind };
        continue;
      }
    }

    let filled = 0;
    let errors = 0;
    // Indexed loops: for…of allocates an iterator result per cell until the loop is optimised.
    for (let i = 0; i < counting.length; i++) {
      const v = raw[counting[i]!.index];
      if (isBlank(v)) continue;
      if (isCellError(v as CellValue)) errors++;
      else filled++;
    }
    if (filled === 0) {
      if (errors > 0) errorOnlyRows.push(r + 1);
      continue;
    }

    let errorFields: Set<string> | null = null;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const v = raw[c.index];
      if (v === undefined || v === null) continue;
      if (isCellError(v)) {
        (errorFields ??= new Set()).add(c.field);
        if (!ignored.has(c.field)) {
          log.at(
            "warning",
            { sheet: table.sheet, rowIndex: r, column: c },
            {
              code: "formulaError",
              message: `Ô có lỗi công thức “${v.error}”; dvht coi ô này là ô trống.`,
              fix: `Sửa công thức của ô ${columnLetter(c.index)}${r + 1}, hoặc thay công thức bằng giá trị (Sao chép, rồi Dán đặc biệt → Giá trị).`,
            },
          );
        }
      }
    }
    visit(new TableRow(table, r, raw, errorFields));
  }

  if (errorOnlyRows.length > 0) {
    log.add({
      severity: "warning",
      code: "errorOnlyRows",
      sheet: table.sheet,
      row: errorOnlyRows[0]!,
      message: `${errorOnlyRows.length} dòng chỉ có ô lỗi công thức (dòng ${listRows(errorOnlyRows)}); dvht bỏ qua các dòng này.`,
      fix: "Sửa công thức cho ra giá trị, hoặc xoá các dòng này nếu chúng không ghi ai.",
    });
  }
}
