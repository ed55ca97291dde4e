/**
 * The names and headings of dvht's bookkeeping sheets (see marker.ts), apart from any parser: the
 * package reader and writer use them without loading ExcelJS.
 */

export const MARKER_SHEET_NAME = "dvht";
/** The template's hidden sheet of drop-down lists too long to write inline (see template.ts). */
export const TEMPLATE_LIST_SHEET = "Danh mục (dvht)";
export const MARKER_HEADER = "Trang do dvht tạo (dvht tự cập nhật trang ẩn này, xin đừng sửa)";
/** B1 of the marker: column B holds each listed sheet's fingerprint (src/workbook/sheet-fingerprint.ts). */
export const FINGERPRINT_HEADER = "Dấu kiểm nội dung";
