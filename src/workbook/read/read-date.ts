/**
 * A calendar date in a cell (Ngày công nhận mức độ 1): an Excel date, a serial day number, “10/02/2024”,
 * “10-02-2024” or “2024-02-10”, as an ISO date. Day first, as Vietnamese dates are written.
 */
import { isCellError, type CellValue } from "../workbook-data";
import { cellText, isBlank, serialToDate, SERIAL_DATE_MIN, type Parsed, type RawCell } from "./cells";

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function parseIsoDate(value: RawCell): Parsed<string> {
  if (isBlank(value) || isCellError(value as CellValue)) return { kind: "blank" };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { kind: "invalid" } : { kind: "ok", value: iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())! };
  }
  if (typeof value === "number") {
    return value >= SERIAL_DATE_MIN ? parseIsoDate(serialToDate(value)) : { kind: "invalid" };
  }
  const text = cellText(value)?.replace(/^ngày:?\s*/iu, "") ?? "";
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const date = dmy ? iso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : ymd ? iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) : undefined;
  return date ? { kind: "ok", value: date } : { kind: "invalid" };
}
