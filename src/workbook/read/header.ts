/**
 * Finding a table's header row and its columns. The header need not be row 1: the first 10 rows are
 * scanned for the row that holds the required headers (units often put a title above). Headers match
 * the spec's header and aliases by folded text (case, spaces, NFC/NFD, notes in parentheses, then
 * without diacritics).
 */
import type { SheetData } from "../workbook-data";
import { columnLetter } from "../workbook-data";
import { cellText } from "./cells";
import { IssueLog, quoteList } from "./issue-log";
import { buildMatcher, matcherFor, type Matcher } from "./match";

/** The part of a ColumnSpec the header finder needs. */
export interface HeaderSpec {
  field: string;
  header: string;
  aliases: string[];
  required: boolean;
}

export interface LocatedColumn {
  field: string;
  /** 0-based column index. */
  index: number;
  /** The header as written in the sheet (tidied). */
  header: string;
}

export interface LocatedTable {
  /** The sheet's name as written in the workbook. */
  sheet: string;
  /** 0-based index of the header row; data starts below it. */
  headerRow: number;
  columns: Map<string, LocatedColumn>;
}

/** How many rows from the top may hold the header. */
export const HEADER_SCAN_ROWS = 10;

interface RowScan {
  row: number;
  /** First column found for each field, in column order. */
  found: Map<string, LocatedColumn>;
  /** Later columns matching a field already found. */
  repeats: LocatedColumn[];
  required: number;
}

function scanRow(sheet: SheetData, row: number, match: Matcher<HeaderSpec>, requiredFields: Set<string>): RowScan {
  const scan: RowScan = { row, found: new Map(), repeats: [], required: 0 };
  const cells = sheet.rows[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (typeof cell !== "string") continue;
    const text = cellText(cell);
    if (text === null) continue;
    const hit = match(text);
    if (!hit) continue;
    const located: LocatedColumn = { field: hit.value.field, index: c, header: text };
    if (scan.found.has(located.field)) scan.repeats.push(located);
    else {
      scan.found.set(located.field, located);
      if (requiredFields.has(located.field)) scan.required++;
    }
  }
  return scan;
}

/**
 * Locate the header row and the columns of `specs` in `sheet`. Missing required columns are errors and
 * give null; a field matched by two columns is a warning (the first is used).
 */
export function locateHeader(sheet: SheetData, specs: HeaderSpec[], log: IssueLog): LocatedTable | null {
  const match = matcherFor(specs, locateHeader, () => buildMatcher(specs.map((s) => ({ value: s, names: [s.header, ...s.aliases] })), { stripDecorations: true }));
  const requiredFields = new Set(specs.filter((s) => s.required).map((s) => s.field));

  let best: RowScan | undefined;
  const last = Math.min(HEADER_SCAN_ROWS, sheet.rows.length);
  for (let r = 0; r < last; r++) {
    const scan = scanRow(sheet, r, match, requiredFields);
    if (scan.found.size === 0) continue;
    if (
      best === undefined ||
      scan.required > best.required ||
      (scan.required === best.required && scan.found.size > best.found.size)
    ) {
      best = scan;
    }
  }

  const missing = specs.filter((s) => s.required && !best?.found.has(s.field));
  if (missing.length > 0) {
    for (const spec of missing) {
      const accepted = quoteList([spec.header, ...spec.aliases]);
      const where = best
        ? `dòng tiêu đề (dòng ${best.row + 1})`
        : `một dòng tiêu đề trong ${HEADER_SCAN_ROWS} dòng đầu (không tìm thấy dòng nào có tiêu đề dvht nhận ra)`;
      log.add({
        severity: "error",
        code: "missingColumn",
        sheet: sheet.name,
        ...(best ? { row: best.row + 1 } : {}),
        column: spec.header,
        message: `Sheet “${sheet.name}” thiếu cột “${spec.header}”. Tiêu đề được chấp nhận: ${accepted}.`,
        fix: `Thêm cột “${spec.header}” vào ${where}, hoặc đổi tiêu đề của cột đang ghi thông tin này thành “${spec.header}”.`,
      });
    }
    return null;
  }
  if (!best) {
    // No required column and nothing recognised: an empty optional table.
    return { sheet: sheet.name, headerRow: 0, columns: new Map() };
  }

  for (const repeat of best.repeats) {
    const first = best.found.get(repeat.field)!;
    const canonicalHeader = specs.find((s) => s.field === repeat.field)!.header;
    log.at(
      "warning",
      { sheet: sheet.name, rowIndex: best.row, column: repeat },
      {
        code: "duplicateColumn",
        message: `Cột “${repeat.header}” (${columnLetter(repeat.index)}) và cột “${first.header}” (${columnLetter(first.index)}) cùng là cột “${canonicalHeader}”. dvht chỉ đọc cột ${columnLetter(first.index)}.`,
        fix: `Xoá cột thừa hoặc đổi tiêu đề của cột ${columnLetter(repeat.index)} thành một tên khác nếu nó ghi thông tin khác.`,
      },
    );
  }
  return { sheet: sheet.name, headerRow: best.row, columns: best.found };
}
