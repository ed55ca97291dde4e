/**
 * A THPT for “Đơn vị học tập” cấp tỉnh (TT24/2023 Chương III), after seed report 003: Trường THPT Bình
 * Khánh (Cần Giờ, TP. Hồ Chí Minh), 2024. The seed mixes four member totals (51, 45, 49, 48) and writes
 * “846/933 thành viên” for Công dân học tập; here one roster of 48 counted members is the only
 * denominator of tiêu chí 2 and 3.1, and the 933 learners stand apart in `Đơn vị` (846 of them Công dân học
 * tập: 90,7%, below the 95% Người học part of 3.1). Digital transformation is given by the two QĐ 4725 group
 * scores (72 and 68 → mức đáp ứng cơ bản). Member-level figures are illustrative.
 */
import type { CellValue, WorkbookData } from "../workbook/workbook-data";
import { names } from "./primary-school";
import { memberWorkbook } from "./member-workbook";

export const THPT_YEAR = 2024;

export function thptSample(): WorkbookData {
  const people = names(48);
  const unit: CellValue[][] = [
    ["Thông tin", "Giá trị"],
    ["Tên đơn vị", "Trường THPT Bình Khánh"],
    ["Loại đơn vị", "Phổ thông"],
    ["Cấp công nhận", "tỉnh"],
    ["Năm đánh giá", THPT_YEAR],
    ["Quy định", "TT24/2023"],
    ["Công lập", "Có"],
    ["Cấp học cao nhất", "THPT"],
    ["Danh hiệu tập thể", "Tập thể lao động xuất sắc"],
    ["Điểm chuyển đổi số trong dạy, học (QĐ 4725)", 72],
    ["Điểm chuyển đổi số trong quản trị (QĐ 4725)", 68],
    ["Số người học", 933],
    ["Số người học đạt Công dân học tập", 846],
  ];
  const roster: CellValue[][] = [["STT", "Họ và tên", "Chức vụ", "Tính vào đánh giá", "Kỷ luật", "Công dân học tập"]];
  people.forEach((name, i) => roster.push([i + 1, name, i < 3 ? "Ban Giám hiệu" : i < 41 ? "Giáo viên" : "Nhân viên", "Có", null, "Có"]));
  const awards: CellValue[][] = [["Họ và tên", "Danh hiệu", "Năm", "Số quyết định"]];
  people.forEach((name) => awards.push([name, "Lao động tiên tiến", THPT_YEAR, "1520/QĐ-SGDĐT"]));
  const certificates: CellValue[][] = [["Họ và tên", "Loại", "Tên chứng chỉ", "Ngày cấp"]];
  people.forEach((name) => certificates.push([name, "Ngoại ngữ", "Tiếng Anh bậc 3 (B1)", new Date(Date.UTC(2020, 4, 12))]));
  // 45 of 48 completed the Chuyển đổi số course (the guards and cleaners did not): 93,8%, mức độ 1.
  const training: CellValue[][] = [["Họ và tên", "Chương trình", "Nhóm", "Kết quả", "Năm"]];
  people.forEach((name, i) => {
    training.push([name, "Bồi dưỡng thường xuyên năm học 2023-2024", "Bắt buộc", "Hoàn thành", THPT_YEAR]);
    if (i < 45) training.push([name, "Ứng dụng LMS và học liệu số", "Chuyển đổi số", "Hoàn thành", THPT_YEAR]);
  });
  const rated = (id: string, evidence: string, description: string): CellValue[] => [id, "Đạt", evidence, description, null, null, null];
  const selfAssessment: CellValue[][] = [
    ["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng", "Mô tả hiện trạng", "Điểm mạnh", "Tồn tại", "Kế hoạch cải tiến"],
    rated("1.1", "H1-1.1-01", "Kế hoạch học tập thường xuyên năm 2024 cho cán bộ, giáo viên, nhân viên."),
    rated("1.2", "H1-1.2-01", "Quy chế chi tiêu nội bộ hỗ trợ người đi học."),
    rated("1.3", "H1-1.3-01", "Dự toán ngân sách bố trí kinh phí bồi dưỡng."),
    rated("1.4", "H1-1.4-01", "EnetViet, LMS, Vietschool; máy tính nối mạng cho giáo viên."),
    rated("1.5", "H1-1.5-01", "Phối hợp với Trung tâm học tập cộng đồng xã Bình Khánh."),
    rated("3.2", "H3-3.2-01", "Tọa đàm chuyên môn, chia sẻ với các trường trong cụm."),
  ];
  return memberWorkbook({ unit, roster, awards, certificates, training, selfAssessment });
}
