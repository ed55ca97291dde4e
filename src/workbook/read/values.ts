/**
 * Reading typed values out of table rows, with the issue each kind of bad cell gets. Shared by the
 * roster, the joined sheets and the unit sheet.
 */
import { ASSUMPTIONS } from "../../rules/assumptions";
import type { Severity } from "../../engine/issues";
import { YES_NO, type Term } from "../vocabulary";
import { parseTerm, parseYear, shown, type RawCell } from "./cells";
import { IssueLog, listRows, quoteList, type CellPlace } from "./issue-log";

/** The accepted spellings of a vocabulary, grouped by meaning: “Có”, “x”, … (nghĩa Có); “Không”, … */
export function acceptedSpellings<T>(terms: Term<T>[]): string {
  return terms.map((t) => `${quoteList(t.spellings)} (nghĩa là “${t.spellings[0]}”)`).join("; ");
}

/** The header as the clerk wrote it, or a fallback, for messages. */
export function headerOf(place: CellPlace, fallback: string): string {
  return place.column?.header ?? fallback;
}

/** A required cell left blank. */
export function reportMissing(log: IssueLog, severity: Severity, place: CellPlace, what: string, consequence: string, fix: string): void {
  if (place.hadError) return;
  log.at(severity, place, {
    code: "missingValue",
    message: `Chưa ghi ${what}; ${consequence}`,
    fix,
  });
}

/**
 * A yes/no cell. Blank gives "blank" (the caller decides what blank means); a value no spelling
 * matches is reported (code unknownYesNo) and gives "unknown".
 */
export function readYesNo(log: IssueLog, place: CellPlace, value: RawCell, consequence: string): boolean | "blank" | "unknown" {
  const parsed = parseTerm(YES_NO, value);
  if (parsed.kind === "blank") return "blank";
  if (parsed.kind === "ok") return parsed.value;
  log.at("warning", place, {
    code: "unknownYesNo",
    message: `Không hiểu giá trị “${shown(value)}” ở cột “${headerOf(place, "")}”: chỉ nhận Có hoặc Không. Cách viết được chấp nhận: ${acceptedSpellings(YES_NO)}. ${consequence}`,
    fix: `Ghi “Có” hoặc “Không” vào ô này.`,
  });
  return "unknown";
}

/**
 * A year cell (Năm). Blank → null with `onBlank` (when given); unreadable → null with a warning; a
 * school year ("2024-2025") → its ending year, with one info issue per sheet column citing the
 * assumption.
 */
export function readYear(
  log: IssueLog,
  place: CellPlace,
  value: RawCell,
  onBlank: { severity: Severity; consequence: string } | null,
): number | null {
  const parsed = parseYear(value);
  const header = headerOf(place, "Năm");
  if (parsed.kind === "blank") {
    if (onBlank) reportMissing(log, onBlank.severity, place, `năm ở cột “${header}”`, onBlank.consequence, `Ghi năm dương lịch, ví dụ 2025.`);
    return null;
  }
  if (parsed.kind === "invalid") {
    log.at("warning", place, {
      code: "invalidYear",
      message: `Không đọc được năm từ “${shown(value)}”; dvht coi như chưa ghi năm, nên dòng này không được tính cho năm nào.`,
      fix: "Ghi năm dương lịch gồm 4 chữ số (ví dụ 2025), một ngày (15/03/2025) hoặc năm học (2024-2025).",
    });
    return null;
  }
  const { year, schoolYear } = parsed.value;
  if (schoolYear !== undefined) {
    const key = `schoolYear|${place.sheet}|${place.column?.index ?? ""}`;
    log.grouped(key, "info", place, (rows) => ({
      code: "schoolYear",
      message:
        `Cột “${header}” ghi năm học (ví dụ “${schoolYear}”); dvht tính mỗi năm học cho năm nó kết thúc (“${schoolYear}” → ${year})` +
        (rows.length > 1 ? `, ở ${rows.length} dòng: ${listRows(rows)}. ` : ". ") +
        `Giả định ${ASSUMPTIONS.schoolYearEndsInYear!.id}: ${ASSUMPTIONS.schoolYearEndsInYear!.text}`,
      fix: "Nếu năm được công nhận khác năm kết thúc năm học, ghi năm dương lịch (ví dụ 2025) thay cho năm học.",
    }));
  }
  return year;
}
