/** Where a table ends (src/workbook/read/table-end.ts): one row per kind of line, and the names that look like one. */
import { trailerKind } from "../../src/workbook/read/table-end";
import type { CellValue } from "../../src/workbook/workbook-data";

// Columns: STT | Họ và tên | Chức vụ | Công dân học tập; Họ và tên is column 1.
test.each<[string, CellValue[], string | null]>([
  ["“Tổng cộng: 46”", [null, "Tổng cộng: 46"], "totals"],
  ["“TỔNG SỐ 46 NGƯỜI”", ["TỔNG SỐ 46 NGƯỜI"], "totals"],
  ["“Cộng” with counts", ["Cộng", null, null, 44], "totals"],
  ["“Tong cong: 46” without diacritics", ["Tong cong: 46"], "totals"],
  ["a lone 46 under Họ và tên (Excel table totals row)", [null, 46], "totals"],
  ["“Người lập biểu” and “Hiệu trưởng”", [null, "Người lập biểu", null, "Hiệu trưởng"], "signature"],
  ["“(Ký, ghi rõ họ tên)”", [null, "(Ký, ghi rõ họ tên)"], "signature"],
  ["“KT. HIỆU TRƯỞNG”", [null, "KT. HIỆU TRƯỞNG"], "signature"],
  ["“Tân Lập, ngày 20 tháng 5 năm 2025”", [null, null, "Tân Lập, ngày 20 tháng 5 năm 2025"], "signature"],
  ["“…, ngày … tháng … năm …”", [null, "…, ngày … tháng … năm …"], "signature"],
  ["“Ghi chú: …”", [null, "Ghi chú: không gồm hợp đồng"], "notes"],
  ["“Lưu ý: …”", ["Lưu ý: số liệu đến 31/5"], "notes"],
  ["a member named Tống Văn An", [1, "Tống Văn An", "Giáo viên", "Có"], null],
  ["a member named Lưu Ý Nhi", [2, "Lưu Ý Nhi", "Giáo viên", "Có"], null],
  ["a member who is Hiệu trưởng", [3, "Nguyễn Văn An", "Hiệu trưởng", "Có"], null],
  ["a member who is Kỹ thuật viên", [4, "Lê Văn Bình", "Kỹ thuật viên", "Có"], null],
  ["a member named Cộng", [5, "Nguyễn Văn Cộng", "Giáo viên", "Có"], null],
  ["an STT alone", [6], null],
  ["an Excel table's totals row: “Tổng” | 46 | … | 0", ["Tổng", 46, null, 0], "totals"],
  ["a number under Họ và tên beside a position", [9, 46, "Giáo viên", "Có"], null],
  ["a data row whose other cell begins “Lưu ý:”", [7, "Phạm Thị Mai", "Lưu ý: nghỉ thai sản", "Có"], null],
  ["a data row whose other cell reads “Tổng cộng”", [8, "Phạm Thị Lan", "Tổng cộng", "Có"], null],
  ["“Tổng cộng” in the STT column, counts elsewhere", ["Tổng cộng", null, null, 44], "totals"],
])("%s → %s", (_label, cells, kind) => {
  expect(trailerKind(cells, 1)).toBe(kind);
});
