/**
 * The sheets of rows about members — `Khen thưởng`, `Chứng chỉ`, `Bồi dưỡng` — each row joined to a
 * roster member (see join.ts). Award titles are kept as written: the engine decides what counts.
 */
import type { Award, Certificate, Training } from "../../engine/input";
import { AWARDS_SHEET, CERTIFICATES_SHEET, TRAINING_SHEET, type TableSheetSpec } from "../schema";
import { TRAINING_RESULTS, matchTerm } from "../vocabulary";
import { ACCEPTED_TITLES, readAwardTitle } from "../../rules/vocabulary/award-titles";
import { CERTIFICATE_KINDS, readCertificateKind } from "../../rules/vocabulary/certificates";
import { TRAINING_GROUPS } from "../../rules/vocabulary/training";
import type { SheetData } from "../workbook-data";
import { parseDateYear, parseTerm, shown } from "./cells";
import { locateHeader } from "./header";
import { IssueLog, quoteList } from "./issue-log";
import { joinMember } from "./join";
import type { Roster } from "./read-roster";
import { walkRows, type TableRow } from "./table";
import { acceptedSpellings, readYear, reportMissing } from "./values";

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
    const reading = readAwardTitle(title);
    const yearBlank = row.text("year") === null;
    let year: number | null;
    if (reading.kind === "title" && reading.year !== undefined && yearBlank) {
      // “Lao động tiên tiến năm học 2024-2025” with Năm blank: the year the title names.
      year = reading.year;
    } else {
      year = readYear(log, row.place("year"), row.value("year"), {
        severity: "warning",
        consequence: "danh hiệu này không được tính cho năm nào.",
      });
      if (reading.kind === "title" && reading.year !== undefined && year !== null && year !== reading.year) {
        log.at("warning", row.place("title"), {
          code: "titleYearConflict",
          message: `Danh hiệu “${title}” ghi năm ${reading.year} nhưng cột “${row.column("year")?.header ?? "Năm"}” ghi ${year}; dvht tính theo cột năm (${year}).`,
          fix: "Sửa cho hai năm khớp nhau, hoặc bỏ năm khỏi ô danh hiệu.",
        });
      }
    }
    if (reading.kind === "notTitle") {
      // Recognised: a commendation is a normal row of an awards sheet, said once at its cell, never counted.
      log.at("info", row.place("title"), {
        code: "notATitle",
        message: `“${title}” là hình thức khen thưởng (${reading.name}), không phải danh hiệu thi đua; dòng này không được tính ở chỉ tiêu danh hiệu (Lao động tiên tiến trở lên).`,
        fix: `Nếu người này cũng đạt danh hiệu, ghi thêm một dòng với danh hiệu: ${quoteList(ACCEPTED_TITLES)}.`,
      });
    } else if (reading.kind === "unknown") {
      log.at("warning", row.place("title"), {
        code: "unknownTitle",
        message: `Không hiểu danh hiệu “${title}”; dòng này không được tính ở chỉ tiêu danh hiệu. Danh hiệu dvht nhận: ${quoteList(ACCEPTED_TITLES)} (có thể viết không dấu, “sỹ”, kèm “Danh hiệu …” hoặc năm học).`,
        fix: "Ghi đúng tên danh hiệu thi đua, ví dụ “Lao động tiên tiến” hoặc “Chiến sĩ thi đua cơ sở”.",
      });
    }
    awards.push({ memberKey, row: row.excelRow, title: reading.kind === "title" ? reading.name : title, year, decision: row.text("decision") });
  });
  return ok ? awards : null;
}

export function readCertificates(sheet: SheetData, roster: Roster | null, log: IssueLog): Certificate[] | null {
  const certificates: Certificate[] = [];
  const choices = choicesOf(CERTIFICATES_SHEET, "category");
  const ok = readJoined(sheet, CERTIFICATES_SHEET, roster, log, (row, memberKey) => {
    const categoryText = row.text("category");
    const nameText = row.text("certificate");
    let category: string;
    if (categoryText === null) {
      // Loại blank: the certificate's own name may say it (“TOEIC 550”, “Tiếng Anh B1”).
      const fromName = nameText === null ? undefined : readCertificateKind(nameText);
      if (fromName === undefined) {
        reportMissing(log, "warning", row.place("category"), "loại chứng chỉ", "dòng này không được tính.", `Ghi một trong: ${quoteList(choices)}.`);
        return;
      }
      log.at("info", row.place("category"), {
        code: "certificateKindFromName",
        message: `Chưa ghi loại chứng chỉ; dvht hiểu “${nameText}” là chứng chỉ “${fromName}”.`,
        fix: `Nếu không đúng, ghi loại ở cột “${row.column("category")!.header}”: ${quoteList(choices)}.`,
      });
      category = fromName;
    } else {
      const kind = readCertificateKind(categoryText);
      if (kind !== undefined) category = kind;
      else {
        log.at("warning", row.place("category"), {
          code: "unknownChoice",
          message: `Không hiểu loại chứng chỉ “${categoryText}”; chứng chỉ này không được tính ở chỉ tiêu nào. dvht nhận: ${CERTIFICATE_KINDS.map((k) => `${k.value} (${k.phrases.slice(0, 6).join(", ")}…)`).join("; ")}.`,
          fix: `Ghi một trong: ${quoteList(choices)}.`,
        });
        category = categoryText;
      }
    }
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
    certificates.push({ memberKey, row: row.excelRow, category, name: nameText, issuedYear });
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
      const known = matchTerm(TRAINING_GROUPS, groupText);
      if (known !== undefined) group = known;
      else {
        log.at("warning", row.place("group"), {
          code: "unknownChoice",
          message: `Không hiểu nhóm chương trình “${groupText}”; chương trình này không được tính ở chỉ tiêu nào. Cách viết được chấp nhận: ${acceptedSpellings(TRAINING_GROUPS)}.`,
          fix: `Ghi một trong: ${quoteList(groups)}.`,
        });
        group = groupText;
      }
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
