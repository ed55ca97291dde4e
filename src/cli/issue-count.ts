/**
 * The last line of evaluate, appendix, report and summary: how many data errors and warnings the run met,
 * so that a written Phụ lục is never mistaken for a final one. With `--strict` any data error makes the
 * command exit 1 (after its outputs are written), for scripts that must not go on.
 */
import { formatInteger } from "../engine/format";
import type { DataIssue } from "../engine/issues";
import { EXIT_DATA_ERRORS, EXIT_OK } from "./output";

export interface IssueCount {
  errors: number;
  warnings: number;
}

export function countIssues(issues: readonly Pick<DataIssue, "severity">[]): IssueCount {
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === "error") errors++;
    else if (issue.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

export function addCounts(a: IssueCount, b: IssueCount): IssueCount {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings };
}

// formatInteger, not toLocaleString("vi-VN"): the first Intl number format loads ICU data (~20 ms per run).
const n = formatInteger;

export function countLine(count: IssueCount, strict: boolean | undefined): string {
  const base = `Tổng kết: ${n(count.errors)} lỗi dữ liệu, ${n(count.warnings)} cảnh báo.`;
  if (count.errors === 0) return base;
  return strict ? `${base} Có lỗi dữ liệu nên dvht kết thúc với mã 1 (--strict).` : `${base} Hãy sửa các lỗi trước khi in, ký hồ sơ.`;
}

export function exitFor(count: IssueCount, strict: boolean | undefined): number {
  return strict && count.errors > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
}
