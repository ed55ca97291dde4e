import type { DataIssue } from "../../src/engine/issues";
import { readAssessment } from "../../src/workbook/read";
import {
  VIETNAMESE,
  addRow,
  buildWorkbook,
  insertRowsAbove,
  mapStrings,
  removeColumn,
  removeSheet,
  renameHeader,
  sheetOf,
} from "../helpers/workbook-builder";

function only(issues: DataIssue[], code: string): DataIssue {
  const found = issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("workbook structure", () => {
  test("a missing required sheet is an error and no input", () => {
    const wb = buildWorkbook();
    removeSheet(wb, "Khen thưởng");
    const { input, issues } = readAssessment(wb);
    expect(input).toBeNull();
    const issue = only(issues, "missingSheet");
    expect(issue).toMatchObject({ severity: "error", sheet: "Khen thưởng" });
    expect(issue.message).toContain("Thiếu sheet “Khen thưởng”");
    expect(issue.fix).toContain("dvht template");
    expect(issue.fix).toContain("“Danh hiệu”");
    expect(issue.message).toMatch(VIETNAMESE);
  });

  test("a missing required column is an error naming the sheet, the column and accepted headers", () => {
    const wb = buildWorkbook();
    removeColumn(wb, "Khen thưởng", "Năm");
    const { input, issues } = readAssessment(wb);
    expect(input).toBeNull();
    const issue = only(issues, "missingColumn");
    expect(issue).toMatchObject({ severity: "error", sheet: "Khen thưởng", row: 1, column: "Năm" });
    expect(issue.message).toContain("thiếu cột “Năm”");
    expect(issue.message).toContain("“Năm học”");
    expect(issue.message).toContain("“Năm khen thưởng”");
    expect(issue.fix).toMatch(VIETNAMESE);
  });

  test("every structural problem is reported at once", () => {
    const wb = buildWorkbook();
    removeSheet(wb, "Thành viên");
    removeColumn(wb, "Bồi dưỡng", "Kết quả");
    const { input, issues } = readAssessment(wb);
    expect(input).toBeNull();
    expect(issues.map((i) => [i.code, i.sheet, i.column])).toEqual([
      ["missingSheet", "Thành viên", undefined],
      ["missingColumn", "Bồi dưỡng", "Kết quả"],
    ]);
  });

  test("a title row above the header is skipped; rows keep their Excel numbers", () => {
    const wb = buildWorkbook({ members: 4 });
    insertRowsAbove(wb, "Thành viên", [["DANH SÁCH THÀNH VIÊN NĂM 2025"], [null], [null, "(kèm theo Báo cáo tự đánh giá)"]]);
    insertRowsAbove(wb, "Khen thưởng", [["KẾT QUẢ THI ĐUA NĂM 2025"]]);
    insertRowsAbove(wb, "Đơn vị", [["THÔNG TIN ĐƠN VỊ"]]);
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.members.map((m) => m.row)).toEqual([5, 6, 7, 8]);
    expect(input!.awards.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(input!.unit.rows.name).toBe(3);
    expect(input!.unit.type).toBe("phoThong");
  });

  test("headers with extra spaces, other case, NBSP and a note in parentheses match", () => {
    const wb = buildWorkbook({ members: 3 });
    renameHeader(wb, "Thành viên", "Họ và tên", "  HỌ   VÀ\u00a0TÊN ");
    renameHeader(wb, "Thành viên", "Công dân học tập", "công dân  HỌC tập (Có/Không)");
    renameHeader(wb, "Khen thưởng", "Danh hiệu", "Danh Hiệu Thi Đua:");
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.members).toHaveLength(3);
    expect(input!.members.every((m) => m.learningCitizen === true)).toBe(true);
    expect(input!.awards.every((a) => a.title === "Lao động tiên tiến")).toBe(true);
  });

  test("headers typed without diacritics match", () => {
    const wb = buildWorkbook({ members: 3 });
    renameHeader(wb, "Thành viên", "Họ và tên", "Ho va ten");
    renameHeader(wb, "Thành viên", "Công dân học tập", "Cong dan hoc tap");
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.members[2]!.learningCitizen).toBe(true);
  });

  test("NFD sheet names, headers and values read exactly as NFC", () => {
    const wb = buildWorkbook({ members: 6 });
    addRow(wb, "Khen thưởng", { "Họ và tên": "Người Không Có Tên", "Danh hiệu": "Lao động tiên tiến", Năm: 2025 });
    const nfd = mapStrings(wb, (s) => s.normalize("NFD"));
    expect(nfd.sheets[1]!.name).not.toBe("Thành viên");
    expect(sheetOf(nfd, "Thành viên".normalize("NFD")).rows[0]).toContain("Họ và tên".normalize("NFD"));

    const a = readAssessment(wb);
    const b = readAssessment(nfd);
    expect(b.input).toEqual(a.input);
    // Issues name the sheet as the workbook spells it (so a UI can go to it); in NFC they are the same.
    const bare = (issues: DataIssue[]) =>
      issues.map((i) => Object.fromEntries(Object.entries(i).map(([k, v]) => [k, typeof v === "string" ? v.normalize("NFC") : v])));
    expect(bare(b.issues)).toEqual(bare(a.issues));
    expect(a.issues.map((i) => i.code)).toEqual(["unknownMember"]);
    expect(b.input!.members[0]!.name).toBe(b.input!.members[0]!.name.normalize("NFC"));
  });

  test("sheet names in other case, with spaces, or an alias are found", () => {
    const wb = buildWorkbook({ members: 2 });
    sheetOf(wb, "Thành viên").name = " THÀNH  VIÊN ";
    sheetOf(wb, "Khen thưởng").name = "Khen thuong";
    sheetOf(wb, "Bồi dưỡng").name = "Đào tạo bồi dưỡng";
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.awards).toHaveLength(2);
    expect(input!.trainings).toHaveLength(4);
  });

  test("two columns for one field: a warning, and the first is used", () => {
    const wb = buildWorkbook({ members: 2 });
    const roster = sheetOf(wb, "Thành viên");
    roster.rows[0]!.push("CDHT");
    roster.rows[1]!.push("Không");
    roster.rows[2]!.push("Không");
    const { input, issues } = readAssessment(wb);
    const issue = only(issues, "duplicateColumn");
    expect(issue).toMatchObject({ severity: "warning", sheet: "Thành viên", row: 1, column: "CDHT", columnLetter: "H" });
    expect(issue.message).toContain("cột “Công dân học tập”");
    expect(input!.members.every((m) => m.learningCitizen === true)).toBe(true);
  });

  test("a roster with no member is an error and no input", () => {
    const wb = buildWorkbook({ members: 0 });
    const { input, issues } = readAssessment(wb);
    expect(input).toBeNull();
    expect(only(issues, "noMembers")).toMatchObject({ severity: "error", sheet: "Thành viên" });
  });

  test("Tự đánh giá is optional", () => {
    const wb = buildWorkbook({ members: 2 });
    removeSheet(wb, "Tự đánh giá");
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.selfAssessments).toEqual([]);
  });
});
