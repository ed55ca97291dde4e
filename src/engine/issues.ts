/**
 * A problem found in the data, located precisely enough for a clerk to fix it: the sheet, the row as
 * Excel numbers it, the column header, what is wrong and how to fix it. All text is Vietnamese.
 */
export type Severity = "error" | "warning" | "info";

export interface DataIssue {
  /** error: the unit cannot be evaluated, or a figure is unreliable; warning: a figure may be off; info: a note. */
  severity: Severity;
  /** A stable code for tests and for grouping ("unknownYesNo", "duplicateMember", …). */
  code: string;
  sheet?: string;
  /**
   * The input column the issue is about, by the engine's id ("roster.name"); `sheet` and `column` are its
   * names in the workbook (src/workbook/input-names.ts).
   */
  field?: string;
  /** 1-based row number as Excel shows it. */
  row?: number;
  /** The column's header as written in the sheet (or dvht's name for it when missing). */
  column?: string;
  /** The column letter ("D"), when known. */
  columnLetter?: string;
  message: string;
  fix?: string;
  /** The chỉ tiêu the issue is about, when it is about one (the audit's findings). */
  indicator?: string;
}

/** "Sheet “Thành viên”, dòng 12, cột “Kỷ luật” (E)" — the place an issue points at, for messages. */
export function describeLocation(issue: Pick<DataIssue, "sheet" | "row" | "column" | "columnLetter">): string {
  const parts: string[] = [];
  if (issue.sheet !== undefined) parts.push(`Sheet “${issue.sheet}”`);
  if (issue.row !== undefined) parts.push(`dòng ${issue.row}`);
  if (issue.column !== undefined) {
    parts.push(issue.columnLetter ? `cột “${issue.column}” (${issue.columnLetter})` : `cột “${issue.column}”`);
  }
  return parts.join(", ");
}

/** The whole issue as one Vietnamese line. */
export function formatIssue(issue: DataIssue): string {
  const where = describeLocation(issue);
  const head = where ? `${where}: ${issue.message}` : issue.message;
  return issue.fix ? `${head} Cách sửa: ${issue.fix}` : head;
}
