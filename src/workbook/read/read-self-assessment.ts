/**
 * The optional `Tự đánh giá` sheet: the committee's rating, evidence and text for each chỉ tiêu.
 * The Chỉ tiêu cell may read "1.1", "Chỉ tiêu 1.1", "1.1. Có kế hoạch …", "1,1" or the number 1.1.
 */
import type { SelfAssessment } from "../../engine/input";
import { foldLoose } from "../../engine/text";
import { SELF_ASSESSMENT_SHEET } from "../schema";
import type { SheetData } from "../workbook-data";
import { cellText, isBlank, numberText, parseNumber, shown, type RawCell } from "./cells";
import { locateHeader } from "./header";
import { IssueLog } from "./issue-log";
import { walkRows, type TableRow } from "./table";

export type IndicatorCell = { kind: "id"; id: string } | { kind: "heading" } | { kind: "invalid" } | { kind: "blank" };

/** The indicator id a Chỉ tiêu cell names: "1.1", or "2a" for the lettered items of TT22/2020. */
export function parseIndicator(value: RawCell): IndicatorCell {
  if (typeof value === "number") {
    const t = numberText(value);
    return /^\d+\.\d+$/.test(t) ? { kind: "id", id: t } : { kind: "invalid" };
  }
  const text = cellText(value);
  if (text === null) return { kind: "blank" };
  const f = foldLoose(text);
  if (/^tieu chi(?![\p{L}])/u.test(f)) return { kind: "heading" };
  const rest = f.replace(/^(chi tieu( so)?|ct)\s*:?\s*/u, "");
  const dotted = /^(\d+)\s*[.,]\s*(\d+)(?![\d,.]\d)/u.exec(rest);
  if (dotted) return { kind: "id", id: `${Number(dotted[1])}.${Number(dotted[2])}` };
  const lettered = /^(\d+)\s*([a-z])(?![\p{L}])/u.exec(rest);
  if (lettered) return { kind: "id", id: `${Number(lettered[1])}${lettered[2]}` };
  return { kind: "invalid" };
}

/** Null when the sheet lacks its Chỉ tiêu column (reported). */
export function readSelfAssessments(sheet: SheetData, log: IssueLog): SelfAssessment[] | null {
  // An empty optional sheet is no problem.
  if (sheet.rows.every((cells) => !cells || cells.every((c) => isBlank(c)))) return [];
  const table = locateHeader(sheet, SELF_ASSESSMENT_SHEET.columns, log);
  if (!table) return null;
  const out: SelfAssessment[] = [];
  const seen = new Map<string, number>();
  walkRows(sheet, table, log, (row) => {
    const cell = row.value("indicator");
    const parsed = parseIndicator(cell);
    if (parsed.kind === "heading") return;
    if (parsed.kind === "blank") {
      if (row.place("indicator").hadError) return;
      log.at("warning", row.place("indicator"), {
        code: "missingValue",
        message: "Dòng có nội dung nhưng chưa ghi chỉ tiêu; dvht không biết dòng này đánh giá chỉ tiêu nào nên bỏ qua.",
        fix: `Ghi số chỉ tiêu (ví dụ 1.1) vào cột “${row.column("indicator")!.header}”.`,
      });
      return;
    }
    if (parsed.kind === "invalid") {
      log.at("warning", row.place("indicator"), {
        code: "invalidIndicator",
        message: `Không đọc được số chỉ tiêu từ “${shown(cell)}”; dvht bỏ qua dòng này.`,
        fix: "Ghi số chỉ tiêu dạng 1.1, 2.5 hoặc “Chỉ tiêu 1.1”.",
      });
      return;
    }
    const first = seen.get(parsed.id);
    if (first !== undefined) {
      log.at("warning", row.place("indicator"), {
        code: "duplicateIndicator",
        message: `Chỉ tiêu ${parsed.id} đã có ở dòng ${first}; dvht dùng dòng ${first} và bỏ qua dòng này.`,
        fix: "Gộp nội dung vào một dòng cho mỗi chỉ tiêu và xoá dòng thừa.",
      });
      return;
    }
    seen.set(parsed.id, row.excelRow);
    out.push({
      indicatorId: parsed.id,
      row: row.excelRow,
      claimed: row.text("claimed"),
      evidence: row.text("evidence"),
      description: row.text("description"),
      strengths: row.text("strengths"),
      weaknesses: row.text("weaknesses"),
      plan: row.text("plan"),
      // Only a sheet with a `Điểm` column (TT22/2020) carries points.
      ...(row.has("points") ? { points: readPoints(row, log) } : {}),
    });
  });
  return out;
}

/** The `Điểm` cell (TT22/2020 items): a number, or null when blank or unreadable (reported). */
function readPoints(row: TableRow, log: IssueLog): number | null {
  if (!row.has("points")) return null;
  const parsed = parseNumber(row.value("points"));
  if (parsed.kind === "ok") return parsed.value;
  if (parsed.kind === "invalid") {
    log.at("warning", row.place("points"), {
      code: "invalidPoints",
      message: `“${shown(row.value("points"))}” không phải một số điểm; dvht coi như chưa chấm.`,
      fix: "Ghi số điểm, ví dụ 10 hoặc 7,5.",
    });
  }
  return null;
}
