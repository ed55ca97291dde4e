import type { DataIssue } from "../../src/engine/issues";
import { ASSUMPTIONS } from "../../src/rules/assumptions";
import { readAssessment } from "../../src/workbook/read";
import { VIETNAMESE, addRow, buildWorkbook, memberName, setCell } from "../helpers/workbook-builder";

function only(issues: DataIssue[], code: string): DataIssue {
  const found = issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("Khen thưởng, Chứng chỉ, Bồi dưỡng", () => {
  test("a member in Khen thưởng but not in the roster is a warning; the row is dropped", () => {
    const wb = buildWorkbook({ members: 4 });
    const row = addRow(wb, "Khen thưởng", { "Họ và tên": "Trần Thị Bích", "Danh hiệu": "Lao động tiên tiến", Năm: 2025 });
    const { input, issues } = readAssessment(wb);
    const issue = only(issues, "unknownMember");
    expect(issue).toMatchObject({ severity: "warning", sheet: "Khen thưởng", row, column: "Họ và tên", columnLetter: "B" });
    expect(issue.message).toContain("“Trần Thị Bích”");
    expect(issue.message).toContain("sheet “Thành viên”");
    expect(issue.message).toMatch(VIETNAMESE);
    expect(issue.fix).toContain("thêm người này vào sheet “Thành viên”");
    expect(input!.awards).toHaveLength(4);
  });

  test("a name typed without diacritics is not joined, but the warning suggests the member", () => {
    const wb = buildWorkbook({ members: 3, codes: false });
    setCell(wb, "Chứng chỉ", 3, "Họ và tên", "Tran Van An");
    const { input, issues } = readAssessment(wb);
    const issue = only(issues, "unknownMember");
    expect(issue).toMatchObject({ sheet: "Chứng chỉ", row: 3, column: "Họ và tên", columnLetter: "A" });
    expect(issue.message).toContain(`Có phải “${memberName(1)}” (dòng 3)?`);
    expect(input!.certificates).toHaveLength(2);
  });

  test("rows join by Mã when both sides have it, else by name", () => {
    const wb = buildWorkbook({ members: 3 });
    setCell(wb, "Khen thưởng", 2, "Mã", null); // by name
    setCell(wb, "Khen thưởng", 3, "Họ và tên", "Tên Viết Khác"); // by Mã, name differs
    setCell(wb, "Khen thưởng", 4, "Mã", "CB999"); // unknown Mã, name found
    const { input, issues } = readAssessment(wb);
    expect(input!.awards.map((a) => a.memberKey)).toEqual(["cb001", "cb002", "cb003"]);
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["nameCodeMismatch", 3, "Họ và tên"],
      ["unknownCode", 4, "Mã"],
    ]);
  });

  test("a school year counts for the year it ends, with one info issue citing the assumption", () => {
    const wb = buildWorkbook({ members: 4 });
    setCell(wb, "Khen thưởng", 2, "Năm", "2024-2025");
    setCell(wb, "Khen thưởng", 4, "Năm", "2024 - 2025");
    setCell(wb, "Khen thưởng", 5, "Năm", "Năm học 2024–2025");
    const { input, issues } = readAssessment(wb);
    expect(input!.awards.map((a) => a.year)).toEqual([2025, 2025, 2025, 2025]);
    const issue = only(issues, "schoolYear");
    expect(issue).toMatchObject({ severity: "info", sheet: "Khen thưởng", row: 2, column: "Năm", columnLetter: "D" });
    expect(issue.message).toContain("“2024-2025” → 2025");
    expect(issue.message).toContain("3 dòng: 2, 4, 5");
    expect(issue.message).toContain("schoolYearEndsInYear");
    expect(issue.message).toContain(ASSUMPTIONS.schoolYearEndsInYear!.text);
    expect(issues).toHaveLength(1);
  });

  test("years as dates, Excel serials and dd/mm/yyyy; bad years are warnings", () => {
    const wb = buildWorkbook({ members: 5 });
    setCell(wb, "Khen thưởng", 2, "Năm", new Date(Date.UTC(2025, 4, 20)));
    setCell(wb, "Khen thưởng", 3, "Năm", 45800); // 22/05/2025
    setCell(wb, "Khen thưởng", 4, "Năm", "20/05/2025");
    setCell(wb, "Khen thưởng", 5, "Năm", "năm ngoái");
    setCell(wb, "Khen thưởng", 6, "Năm", null);
    const { input, issues } = readAssessment(wb);
    expect(input!.awards.map((a) => a.year)).toEqual([2025, 2025, 2025, null, null]);
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["invalidYear", 5, "Năm"],
      ["missingValue", 6, "Năm"],
    ]);
  });

  test("Ngày cấp as a date, a serial, dd/mm/yyyy or a year", () => {
    const wb = buildWorkbook({ members: 5 });
    setCell(wb, "Chứng chỉ", 2, "Ngày cấp", 45366); // 15/03/2024
    setCell(wb, "Chứng chỉ", 3, "Ngày cấp", "15/03/2023");
    setCell(wb, "Chứng chỉ", 4, "Ngày cấp", 2022);
    setCell(wb, "Chứng chỉ", 5, "Ngày cấp", null);
    setCell(wb, "Chứng chỉ", 6, "Ngày cấp", "32/13/2024");
    const { input, issues } = readAssessment(wb);
    expect(input!.certificates.map((c) => c.issuedYear)).toEqual([2024, 2023, 2022, null, null]);
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([["invalidDate", 6, "Ngày cấp"]]);
  });

  test("training results: unknown is a warning and not completed; award titles are read to the scale's names, Giấy khen is not a title", () => {
    const wb = buildWorkbook({ members: 3 });
    setCell(wb, "Bồi dưỡng", 2, "Kết quả", "Đang chờ");
    setCell(wb, "Bồi dưỡng", 4, "Kết quả", "Đang học");
    setCell(wb, "Khen thưởng", 2, "Danh hiệu", "  Giấy   khen ");
    setCell(wb, "Khen thưởng", 3, "Danh hiệu", "CSTĐ cơ sở");
    const { input, issues } = readAssessment(wb);
    const issue = only(issues, "unknownResult");
    expect(issue).toMatchObject({ severity: "warning", sheet: "Bồi dưỡng", row: 2, column: "Kết quả", columnLetter: "E" });
    expect(issue.message).toContain("“Hoàn thành”");
    expect(input!.trainings[0]!.completed).toBe(false);
    expect(input!.trainings[2]!.completed).toBe(false); // “Đang học”: known, not completed
    expect(input!.awards.map((a) => a.title)).toEqual(["Giấy khen", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"]);
    expect(only(issues, "notATitle")).toMatchObject({ severity: "info", sheet: "Khen thưởng", row: 2, column: "Danh hiệu" });
    expect(issues).toHaveLength(2);
  });

  test("Loại and Nhóm are matched to their lists and their spellings; others are kept with a warning", () => {
    const wb = buildWorkbook({ members: 4 });
    setCell(wb, "Chứng chỉ", 2, "Loại", "ngoai ngu");
    setCell(wb, "Chứng chỉ", 3, "Loại", "Bằng lái xe");
    setCell(wb, "Chứng chỉ", 5, "Loại", "Tiếng Anh B1");
    setCell(wb, "Bồi dưỡng", 3, "Nhóm", "CHUYỂN ĐỔI SỐ");
    const { input, issues } = readAssessment(wb);
    expect(input!.certificates.map((c) => c.category)).toEqual(["Ngoại ngữ", "Bằng lái xe", "Ngoại ngữ", "Ngoại ngữ"]);
    expect(input!.trainings[1]!.group).toBe("Chuyển đổi số");
    expect(issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([["unknownChoice", "Chứng chỉ", 3, "Loại"]]);
  });
});
