/**
 * Collects the reader's issues in reading order. Notes that would repeat on every row (a school year
 * read as its ending year) are gathered into one issue at their first row, with the count.
 */
import type { DataIssue, Severity } from "../../engine/issues";
import { columnLetter } from "../workbook-data";

/** Where a cell is: the sheet as named in the workbook, the 0-based row and the located column. */
export interface CellPlace {
  sheet: string;
  /** 0-based row index (Excel row − 1). */
  rowIndex: number;
  column?: { header: string; index: number };
  /** The cell held a formula error, already reported: do not report it again as blank. */
  hadError?: boolean;
}

export interface IssueText {
  code: string;
  message: string;
  fix?: string;
}

export class IssueLog {
  readonly issues: DataIssue[] = [];
  private readonly groups = new Map<string, { issue: DataIssue; rows: number[]; finish: (rows: number[]) => IssueText }>();

  add(issue: DataIssue): DataIssue {
    this.issues.push(issue);
    return issue;
  }

  /** An issue located at a cell (or a row, without a column). */
  at(severity: Severity, place: CellPlace, text: IssueText): DataIssue {
    const issue: DataIssue = { severity, code: text.code, sheet: place.sheet, row: place.rowIndex + 1, message: text.message };
    if (place.column) {
      issue.column = place.column.header;
      issue.columnLetter = columnLetter(place.column.index);
    }
    if (text.fix !== undefined) issue.fix = text.fix;
    return this.add(issue);
  }

  /**
   * One issue for many rows: the first call places it (at its row, in reading order); `finish` writes
   * its text once all rows are known.
   */
  grouped(key: string, severity: Severity, place: CellPlace, finish: (excelRows: number[]) => IssueText): void {
    const group = this.groups.get(key);
    if (group) {
      group.rows.push(place.rowIndex + 1);
      return;
    }
    const issue = this.at(severity, place, { code: "", message: "" });
    this.groups.set(key, { issue, rows: [place.rowIndex + 1], finish });
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.severity === "error");
  }

  /** The issues, with grouped ones written out. */
  finish(): DataIssue[] {
    for (const { issue, rows, finish } of this.groups.values()) {
      const text = finish(rows);
      issue.code = text.code;
      issue.message = text.message;
      if (text.fix !== undefined) issue.fix = text.fix;
    }
    this.groups.clear();
    return this.issues;
  }
}

/** "dòng 5, 9, 12 và 3 dòng khác" — a short list of Excel rows for a message. */
export function listRows(rows: number[], shownMax = 5): string {
  const head = rows.slice(0, shownMax).join(", ");
  return rows.length > shownMax ? `${head} và ${rows.length - shownMax} dòng khác` : head;
}

/** “a”, “b”, “c” — quoted, for lists of accepted values. */
export function quoteList(values: string[]): string {
  return values.map((v) => `“${v}”`).join(", ");
}
