/**
 * The sheets of rows about members — `Khen thưởng`, `Chứng chỉ`, `Bồi dưỡng` — each row joined to a
 * roster member (see join.ts). Award titles are kept as written: the engine decides what counts.
 */
import type { Award, Certificate, Training } from "../../engine/input";
import { AWARDS_SHEET, CERTIFICATES_SHEET, TRAINING_SHEET, type TableSheetSpec } from "../schema";
import { TRAINING_RESULTS } from "../vocabulary";
import type { SheetData } from "../workbook-data";
import { parseDateYear, parseTerm, shown } from "./cells";
import { locateHeader } from "./header";
import { IssueLog, quoteList } from "./issue-log";
import { joinMember } from "./join";
import type { Roster } from "./read-roster";
import { walkRows, type TableRow } from "./table";
import { acceptedSpellings, readChoice, readYear, reportMissing } from "./values";

/**
 * Locate the sheet's columns, then (with a roster) visit each non-blank row with its member key.
 * Returns false when a required column is missing.
 */
function readJoined(
  sheet: SheetData,
  spec: TableSheetSpec,
  roster: Roster | null,
  log: IssueLog,
  visit: (row: TableRow, memberKey: string) => void,
): boolean {
  const table = locateHeader(sheet, spec.columns, log);
  if (!table) return false;
  if (!roster) return true;
  walkRows(sheet, table, log, (row) => {
    const key = joinMember(row, roster, log);
    if (key !== null) visit(row, key);
  });
  return true;
}

function choicesOf(spec: TableSheetSpec, field: string): string[] {
  return spec.columns.find((c) => c.field === field)?.choices ?? [];
}

export function readAwards(sheet: SheetData, roster: Roster | null, log: IssueLog): Award[] | null {
  const awards: Award[] = [];
  const ok = readJoined(sheet, AWARDS_SHEET, roster, log, (row, memberKey) => {
    const title = row.text("title");
    if (title === null) {
      reportMissing(log, "warning", row.place("title"), "danh hiệu", "dòng này không được tính.", "Ghi danh hiệu, ví dụ Lao động tiên tiến, hoặc xoá dòng.");
      return;
    }
    const year = readYear(log, row.place("year"), row.value("year"), {
      severity: "warning",
      consequence: "danh hiệu này không được tính cho năm nào.",
    });
    awards.push({ memberKey, row: row.excelRow, title, year, decision: row.text("decision") });
  });
  return ok ? awards : null;
}

export function readCertificates(sheet: SheetData, roster: Roster | null, log: IssueLog): Certificate[] | null {
  const certificates: Certificate[] = [];
  const choices = choicesOf(CERTIFICATES_SHEET, "category");
  const ok = readJoined(sheet, CERTIFICATES_SHEET, roster, log, (row, memberKey) => {
    const categoryText = row.text("category");
    if (categoryText === null) {
      reportMissing(log, "warning", row.place("category"), "loại chứng chỉ", "dòng này không được tính.", `Ghi một trong: ${quoteList(choices)}.`);
      return;
    }
    const category = readChoice(log, row.place("category"), categoryText, choices, "dvht giữ nguyên như đã ghi; chứng chỉ này có thể không được tính cho chỉ tiêu nào.");
    let issuedYear: number | null = null;
    const issued = parseDateYear(row.value("issued"));
    if (issued.kind === "ok") issuedYear = issued.value;
    else if (issued.kind === "invalid") {
      log.at("warning", row.place("issued"), {
        code: "invalidDate",
        message: `Không đọc được ngày cấp từ “${shown(row.value("issued"))}”; dvht coi như chưa ghi ngày cấp.`,
        fix: "Ghi ngày dạng ngày/tháng/năm (ví dụ 15/03/2024) hoặc chỉ năm (2024).",
      });
    }
    certificates.push({ memberKey, row: row.excelRow, category, name: row.text("certificate"), issuedYear });
  });
  return ok ? certificates : null;
}

export function readTrainings(sheet: SheetData, roster: Roster | null, log: IssueLog): Training[] | null {
  const trainings: Training[] = [];
  const groups = choicesOf(TRAINING_SHEET, "group");
  const ok = readJoined(sheet, TRAINING_SHEET, roster, log, (row, memberKey) => {
    const program = row.text("program");
    if (program === null) {
      reportMissing(log, "warning", row.place("program"), "tên chương trình", "dòng vẫn được đọc với tên chương trình để trống.", "Ghi tên chương trình bồi dưỡng.");
    }
    const groupText = row.text("group");
    let group = "";
    if (groupText === null) {
      reportMissing(log, "warning", row.place("group"), "nhóm chương trình", "chương trình này không được tính cho nhóm nào.", `Ghi một trong: ${quoteList(groups)}.`);
    } else {
      group = readChoice(log, row.place("group"), groupText, groups, "dvht giữ nguyên như đã ghi; chương trình này có thể không được tính cho chỉ tiêu nào.");
    }

    let completed = false;
    const result = parseTerm(TRAINING_RESULTS, row.value("result"));
    if (result.kind === "ok") completed = result.value;
    else if (result.kind === "blank") {
      reportMissing(log, "warning", row.place("result"), "kết quả bồi dưỡng", "dvht tính là chưa hoàn thành.", "Ghi “Hoàn thành” hoặc “Chưa hoàn thành”.");
    } else {
      log.at("warning", row.place("result"), {
        code: "unknownResult",
        message: `Không hiểu kết quả “${shown(row.value("result"))}”; dvht tính là chưa hoàn thành. Cách viết được chấp nhận: ${acceptedSpellings(TRAINING_RESULTS)}.`,
        fix: "Ghi “Hoàn thành” hoặc “Chưa hoàn thành”.",
      });
    }

    const year = readYear(log, row.place("year"), row.value("year"), {
      severity: "warning",
      consequence: "chương trình này không được tính cho năm nào.",
    });
    trainings.push({ memberKey, row: row.excelRow, program: program ?? "", group, completed, year });
  });
  return ok ? trainings : null;
}
