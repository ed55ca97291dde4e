/**
 * An error dvht did not foresee (a bug, a full disk, a library failing on a strange file) still gets a
 * Vietnamese message and exit 2; the library's English stays behind DVHT_DEBUG=1.
 */
import { fsReason } from "./output-file/messages";

export function describeUnexpected(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const file = typeof error === "object" && error !== null ? (error as { path?: unknown }).path : undefined;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    return `Lỗi khi đọc hoặc ghi tệp${typeof file === "string" ? ` “${file}”` : ""}: ${fsReason(error)}. Tệp của đơn vị không bị thay đổi.`;
  }
  if (error instanceof RangeError || (error instanceof Error && /heap|memory|Invalid (string|array) length/i.test(error.message))) {
    return "dvht không xử lý được vì dữ liệu quá lớn (vượt giới hạn bộ nhớ hoặc độ dài chuỗi). Hãy kiểm tra tệp có những vùng dữ liệu, công thức kéo xuống quá dài không cần thiết.";
  }
  return (
    "dvht gặp lỗi không lường trước khi xử lý tệp; tệp của đơn vị không bị thay đổi. " +
    "Hãy thử mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi chạy lại; nếu vẫn lỗi, hãy gửi tệp cho người hỗ trợ kèm kết quả chạy với DVHT_DEBUG=1."
  );
}
