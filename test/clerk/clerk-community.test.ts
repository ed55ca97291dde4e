/**
 * A commune's “Cộng đồng học tập” workbook (TT25/2023): a `Cộng đồng` figure dvht does not understand
 * stops the evaluation at its cell, as `Đơn vị` values do (Xã thuộc vùng khó khăn decides 5.2's threshold,
 * TT25/2023 Điều 6 khoản 5 điểm b).
 */
import { assessWorkbook } from "../../src/workbook/assess";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";

function commune(disadvantaged: CellValue, population: CellValue = 1000): WorkbookData {
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
        ],
      },
      {
        name: "Cộng đồng",
        rows: [
          ["Thông tin", "Giá trị"],
          ["Số công dân", population],
          ["Số công dân đạt Công dân học tập", 900],
          ["Số công dân được đào tạo trình độ chuyên môn kỹ thuật", 500],
          ["Số công dân có trình độ đại học trở lên", 100],
          ["Xã thuộc vùng khó khăn", disadvantaged],
          ["Phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "Có"],
          ["Phổ cập giáo dục tiểu học", "Mức độ 2"],
          ["Phổ cập giáo dục trung học cơ sở", "Mức độ 2"],
          ["Xóa mù chữ", "Mức độ 2"],
        ],
      },
      { name: "Tự đánh giá", rows: [["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng"]] },
    ],
  };
}

// Rows: header on 1, Số công dân on 2, … Xã thuộc vùng khó khăn on 6.
test.each<[string, CellValue, CellValue, string | null, number | null]>([
  ["Xã thuộc vùng khó khăn “Có”", "Có", 1000, null, null],
  ["Xã thuộc vùng khó khăn “Có lẽ”", "Có lẽ", 1000, "unknownCommunityValue", 6],
  ["Số công dân “khoảng 1000”", "Không", "khoảng 1000", "unknownCommunityValue", 2],
])("%s", (_label, disadvantaged, population, code, row) => {
  const wb = commune(disadvantaged, population);
  const before = JSON.stringify(wb);
  const a = assessWorkbook(wb);
  expect(JSON.stringify(wb)).toBe(before);
  if (code === null) {
    expect(a.evaluation).not.toBeNull();
    expect(a.issues.filter((i) => i.code === "unknownCommunityValue")).toEqual([]);
  } else {
    expect(a.evaluation).toBeNull();
    expect(a.issues.filter((i) => i.severity === "error")).toMatchObject([{ code, sheet: "Cộng đồng", row, column: "Giá trị" }]);
  }
});
