/**
 * `Đơn vị` and `Cộng đồng` share the label | value layout and its reader: a second row with a label
 * already given is skipped with a warning at its own row on both sheets (the first row's value is used),
 * and a label dvht does not use is skipped with a note.
 */
import { assessWorkbook } from "../../src/workbook/assess";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";

function commune(unitExtra: CellValue[][], communityExtra: CellValue[][]): WorkbookData {
  return {
    sheets: [
      {
        name: "Đơn vị",
        rows: [
          ["Thông tin", "Giá trị"],
          ["Tên đơn vị", "Xã Tân Lập"],
          ["Loại đơn vị", "UBND xã Tân Lập"],
          ["Cấp công nhận", "xã"],
          ["Năm đánh giá", 2025],
          ["Quy định", "TT25/2023"],
          ...unitExtra,
        ],
      },
      {
        name: "Cộng đồng",
        rows: [
          ["Thông tin", "Giá trị"],
          ["Số công dân", 1000],
          ["Số công dân đạt Công dân học tập", 900],
          ["Số công dân được đào tạo trình độ chuyên môn kỹ thuật", 500],
          ["Số công dân có trình độ đại học trở lên", 100],
          ["Xã thuộc vùng khó khăn", "Không"],
          ["Phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "Có"],
          ["Phổ cập giáo dục tiểu học", "Mức độ 2"],
          ["Phổ cập giáo dục trung học cơ sở", "Mức độ 2"],
          ["Xóa mù chữ", "Mức độ 2"],
          ...communityExtra,
        ],
      },
      { name: "Tự đánh giá", rows: [["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng"]] },
    ],
  };
}

// Both sheets: header on row 1, facts from row 2; the extra row is row 7 on `Đơn vị`, 11 on `Cộng đồng`.
test.each<[string, CellValue[][], CellValue[][], { code: string; severity: string; sheet: string; row: number; message: string }]>([
  ["Đơn vị: “Năm đánh giá” twice", [["Năm đánh giá", 2024]], [], { code: "duplicateUnitRow", severity: "warning", sheet: "Đơn vị", row: 7, message: "“Năm đánh giá” đã có ở dòng 5; dvht dùng dòng 5 và bỏ qua dòng này." }],
  ["Cộng đồng: “Số công dân” twice", [], [["Số công dân", 10]], { code: "duplicateCommunityRow", severity: "warning", sheet: "Cộng đồng", row: 11, message: "“Số công dân” đã có ở dòng 2; dvht dùng dòng 2 và bỏ qua dòng này." }],
  ["Đơn vị: a label dvht does not use", [["Số điện thoại", "0123"]], [], { code: "unknownUnitLabel", severity: "info", sheet: "Đơn vị", row: 7, message: "dvht không dùng thông tin “Số điện thoại”; dòng này được bỏ qua." }],
  ["Cộng đồng: a label dvht does not use", [], [["Số hộ gia đình", 300]], { code: "unknownCommunityLabel", severity: "info", sheet: "Cộng đồng", row: 11, message: "dvht không dùng thông tin “Số hộ gia đình”; dòng này được bỏ qua." }],
])("%s", (_label, unitExtra, communityExtra, expected) => {
  const a = assessWorkbook(commune(unitExtra, communityExtra));
  expect(a.issues.filter((i) => i.code === expected.code)).toMatchObject([expected]);
  // The first row's value is the one used.
  expect(a.input!.unit.year).toBe(2025);
  expect(a.input!.unit.population).toBe(1000);
});
