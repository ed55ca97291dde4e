import type { DataIssue } from "../../src/engine/issues";
import { fold } from "../../src/engine/text";
import { readAssessment } from "../../src/workbook/read";
import type { CellValue } from "../../src/workbook/workbook-data";
import { VIETNAMESE, addRow, buildWorkbook, memberName, setCell, sheetOf } from "../helpers/workbook-builder";

function only(issues: DataIssue[], code: string): DataIssue {
  const found = issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("Thành viên", () => {
  test("an unknown yes/no value is a warning naming the cell and the accepted spellings", () => {
    const wb = buildWorkbook({ members: 5 });
    setCell(wb, "Thành viên", 3, "Công dân học tập", "Có lẽ");
    const { input, issues } = readAssessment(wb);
    const issue = only(issues, "unknownYesNo");
    expect(issue).toMatchObject({ severity: "warning", sheet: "Thành viên", row: 3, column: "Công dân học tập", columnLetter: "G" });
    expect(issue.message).toContain("“Có lẽ”");
    expect(issue.message).toContain("“Không”");
    expect(issue.message).toMatch(VIETNAMESE);
    expect(issue.fix).toContain("“Có” hoặc “Không”");
    expect(input!.members[1]!.learningCitizen).toBeNull();
    expect(issues).toHaveLength(1);
  });

  test("an unknown Tính vào đánh giá value is a warning and the member stays counted", () => {
    const wb = buildWorkbook({ members: 3 });
    setCell(wb, "Thành viên", 2, "Tính vào đánh giá", "???");
    const { input, issues } = readAssessment(wb);
    expect(only(issues, "unknownYesNo")).toMatchObject({ row: 2, column: "Tính vào đánh giá", columnLetter: "E" });
    expect(input!.members[0]!.counted).toBe(true);
  });

  test("a duplicate name without Mã is an error on the later row; both members are kept, the key is ambiguous", () => {
    const wb = buildWorkbook({ members: 6, codes: false });
    const name = memberName(0);
    setCell(wb, "Thành viên", 5, "Họ và tên", name);
    const { input, issues } = readAssessment(wb);
    const issue = issues.find((i) => i.code === "duplicateMember")!;
    expect(issue).toMatchObject({ severity: "error", sheet: "Thành viên", row: 5, column: "Họ và tên", columnLetter: "B" });
    expect(issue.message).toContain("dòng 2");
    expect(issue.message).toContain(name);
    expect(issue.fix).toContain("Mã");
    expect(issue.fix).toContain("xoá dòng trùng");
    expect(input!.members).toHaveLength(6);
    expect(input!.members.filter((m) => m.key === fold(name)).map((m) => m.row)).toEqual([2, 5]);
    expect(input!.ambiguousKeys).toEqual(new Set([fold(name)]));
    // Rows of other sheets naming that person are attached to the ambiguous key and reported.
    expect(input!.awards.filter((a) => a.memberKey === fold(name))).toHaveLength(1);
    expect(issues.filter((i) => i.code === "ambiguousMember").map((i) => i.sheet)).toEqual(["Khen thưởng", "Chứng chỉ", "Bồi dưỡng", "Bồi dưỡng"]);
  });

  test("a duplicate Mã is an error", () => {
    const wb = buildWorkbook({ members: 4 });
    setCell(wb, "Thành viên", 4, "Mã", "CB001");
    const { input, issues } = readAssessment(wb);
    const issue = only(issues, "duplicateMemberCode");
    expect(issue).toMatchObject({ severity: "error", sheet: "Thành viên", row: 4, column: "Mã", columnLetter: "B" });
    expect(input!.ambiguousKeys.has("cb001")).toBe(true);
  });

  test("50 000 trailing blank rows (and blank rows between members) are skipped in linear time", () => {
    const wb = buildWorkbook({ members: 20 });
    const roster = sheetOf(wb, "Thành viên");
    roster.rows.splice(5, 0, [null, null, "  ", null], [], ["", "", "", "", "", "", ""]);
    for (let i = 0; i < 50000; i++) {
      const row: CellValue[] = i % 3 === 0 ? [] : i % 3 === 1 ? [null, "", " ", "\u00a0", null, null, null] : new Array<CellValue>(7).fill(null);
      roster.rows.push(row);
      sheetOf(wb, "Khen thưởng").rows.push([null, " ", null, null, null]);
    }
    // STT numbered in advance on empty rows does not make them members.
    for (let i = 0; i < 100; i++) roster.rows.push([21 + i, null, null, null, null, null, null]);

    const started = Date.now();
    const { input, issues } = readAssessment(wb);
    const elapsed = Date.now() - started;
    expect(issues).toEqual([]);
    expect(input!.members).toHaveLength(20);
    expect(input!.members[4]!.row).toBe(9);
    expect(input!.awards).toHaveLength(20);
    expect(elapsed).toBeLessThan(3000);
  });

  test("numbers stored as text work wherever a number is expected", () => {
    const wb = buildWorkbook({ members: 3 });
    // Mã as a number in the roster, as text elsewhere (and with leading zeros).
    setCell(wb, "Thành viên", 2, "Mã", 101);
    setCell(wb, "Khen thưởng", 2, "Mã", "101");
    setCell(wb, "Chứng chỉ", 2, "Mã", "0101");
    setCell(wb, "Bồi dưỡng", 2, "Mã", " 101 ");
    setCell(wb, "Bồi dưỡng", 3, "Mã", 101);
    setCell(wb, "Thành viên", 3, "STT", "2");
    setCell(wb, "Khen thưởng", 3, "Năm", "2025");
    setCell(wb, "Bồi dưỡng", 4, "Năm", " 2025 ");
    setCell(wb, "Chứng chỉ", 3, "Ngày cấp", "2024");
    setCell(wb, "Đơn vị", 5, "Giá trị", "2025");
    setCell(wb, "Đơn vị", 11, "Giá trị", "1.250");
    setCell(wb, "Đơn vị", 12, "Giá trị", "1200");
    setCell(wb, "Tự đánh giá", 2, "Chỉ tiêu", 1.1);
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    const i = input!;
    expect(i.members[0]!.key).toBe("101");
    expect(i.awards[0]!.memberKey).toBe("101");
    expect(i.certificates[0]!.memberKey).toBe("101");
    expect(i.trainings.slice(0, 2).map((t) => t.memberKey)).toEqual(["101", "101"]);
    expect(i.awards[1]!.year).toBe(2025);
    expect(i.trainings[2]!.year).toBe(2025);
    expect(i.certificates[1]!.issuedYear).toBe(2024);
    expect(i.unit.year).toBe(2025);
    expect(i.unit.learners).toBe(1250);
    expect(i.unit.learnerCitizens).toBe(1200);
    expect(i.selfAssessments[0]!.indicatorId).toBe("1.1");
  });

  test("Co / Khong typed without diacritics read as Có / Không", () => {
    const wb = buildWorkbook({ members: 4 });
    setCell(wb, "Thành viên", 2, "Công dân học tập", "Co");
    setCell(wb, "Thành viên", 3, "Công dân học tập", "Khong");
    setCell(wb, "Thành viên", 4, "Công dân học tập", "KHONG DAT");
    setCell(wb, "Thành viên", 5, "Tính vào đánh giá", "khong");
    setCell(wb, "Bồi dưỡng", 2, "Kết quả", "Hoan thanh");
    setCell(wb, "Bồi dưỡng", 3, "Kết quả", "Chua hoan thanh");
    setCell(wb, "Đơn vị", 7, "Giá trị", "Co");
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.members.map((m) => m.learningCitizen)).toEqual([true, false, false, true]);
    expect(input!.members.map((m) => m.counted)).toEqual([true, true, true, false]);
    expect(input!.trainings.slice(0, 2).map((t) => t.completed)).toEqual([true, false]);
    expect(input!.unit.publicSector).toBe(true);
  });

  test("a formula error is a warning naming the error, and the cell reads as blank", () => {
    const wb = buildWorkbook({ members: 4 });
    setCell(wb, "Thành viên", 4, "Công dân học tập", { error: "#N/A" });
    const { input, issues } = readAssessment(wb);
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue).toMatchObject({ severity: "warning", code: "formulaError", sheet: "Thành viên", row: 4, column: "Công dân học tập", columnLetter: "G" });
    expect(issue.message).toContain("#N/A");
    expect(issue.message).toMatch(VIETNAMESE);
    expect(issue.fix).toContain("G4");
    expect(input!.members[2]!.learningCitizen).toBeNull();
  });

  test("rows holding only formula errors are skipped with one warning", () => {
    const wb = buildWorkbook({ members: 2 });
    for (let i = 0; i < 30; i++) addRow(wb, "Thành viên", { STT: 3 + i, "Họ và tên": { error: "#N/A" }, "Công dân học tập": { error: "#REF!" } });
    const { input, issues } = readAssessment(wb);
    expect(input!.members).toHaveLength(2);
    expect(issues.map((i) => [i.code, i.row])).toEqual([["errorOnlyRows", 4]]);
    expect(issues[0]!.message).toContain("30 dòng");
  });

  test("an excluded member is read with counted = false and no issue", () => {
    const wb = buildWorkbook({ members: 4 });
    setCell(wb, "Thành viên", 3, "Tính vào đánh giá", "Không");
    setCell(wb, "Thành viên", 3, "Công dân học tập", null);
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.members).toHaveLength(4);
    expect(input!.members[1]).toMatchObject({ row: 3, counted: false, learningCitizen: null });
    expect(input!.members.filter((m) => m.counted)).toHaveLength(3);
  });

  test("a blank Công dân học tập of a counted member is a warning and null", () => {
    const wb = buildWorkbook({ members: 3 });
    setCell(wb, "Thành viên", 2, "Công dân học tập", "  ");
    const { input, issues } = readAssessment(wb);
    expect(only(issues, "missingYesNo")).toMatchObject({ severity: "warning", row: 2, column: "Công dân học tập" });
    expect(input!.members[0]!.learningCitizen).toBeNull();
  });

  test("Kỷ luật: blank or a word meaning none is null; anything else is kept", () => {
    const wb = buildWorkbook({ members: 6 });
    const values: CellValue[] = [null, "Không", "không có", 0, "Khiển trách", "  Cảnh   cáo "];
    values.forEach((v, i) => setCell(wb, "Thành viên", i + 2, "Kỷ luật", v));
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.members.map((m) => m.discipline)).toEqual([null, null, null, null, "Khiển trách", "Cảnh cáo"]);
  });

  test("a row with data but no name is a warning and not a member", () => {
    const wb = buildWorkbook({ members: 2 });
    const row = addRow(wb, "Thành viên", { STT: 3, "Chức vụ": "Giáo viên", "Công dân học tập": "Có" });
    const { input, issues } = readAssessment(wb);
    expect(only(issues, "missingName")).toMatchObject({ row, column: "Họ và tên" });
    expect(input!.members).toHaveLength(2);
  });

  test("NFD names fold to the same key as NFC", () => {
    const wb = buildWorkbook({ members: 3, codes: false });
    setCell(wb, "Khen thưởng", 2, "Họ và tên", memberName(0).normalize("NFD").toUpperCase());
    const { input, issues } = readAssessment(wb);
    expect(issues).toEqual([]);
    expect(input!.awards[0]!.memberKey).toBe(input!.members[0]!.key);
  });
  test("a row pasted twice merges into the first row with the same content, not the first with the same name", () => {
    const wb = buildWorkbook({ members: 3, codes: false });
    const first = memberName(0);
    const second = memberName(1);
    addRow(wb, "Thành viên", { STT: 4, "Họ và tên": first, "Chức vụ": "Kế toán", "Tính vào đánh giá": "Có", "Công dân học tập": "Có" }); // row 5
    addRow(wb, "Thành viên", { STT: 5, "Họ và tên": `  ${first.toUpperCase()} `, "Chức vụ": "kế  toán", "Tính vào đánh giá": "có", "Công dân học tập": "CÓ" }); // row 6 = row 5
    addRow(wb, "Thành viên", { STT: 6, "Họ và tên": first, "Chức vụ": "Hiệu trưởng", "Tính vào đánh giá": "Có", "Công dân học tập": "Có" }); // row 7 = row 2
    addRow(wb, "Thành viên", { STT: 7, "Họ và tên": second, "Chức vụ": "Giáo viên", "Tính vào đánh giá": "Có", "Kỷ luật": { error: "#N/A" }, "Công dân học tập": "Có" }); // row 8 = row 3: an error reads as blank
    const { input, issues } = readAssessment(wb);
    expect(input!.members.map((m) => m.row)).toEqual([2, 3, 4, 5]);
    const merged = issues.filter((i) => i.code === "duplicateRowMerged");
    expect(merged.map((i) => i.row)).toEqual([6, 7, 8]);
    expect(merged[0]!.message).toContain("giống hệt dòng 5");
    expect(merged[1]!.message).toContain("giống hệt dòng 2");
    expect(merged[2]!.message).toContain("giống hệt dòng 3");
    expect(issues.filter((i) => i.code === "duplicateMember").map((i) => i.row)).toEqual([5]);
  });
});
