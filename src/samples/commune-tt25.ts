/**
 * A commune for “Cộng đồng học tập” cấp xã (TT25/2023), after seed report 004: UBND xã An Hòa Thịnh
 * (huyện Hương Sơn), evaluated for 2024 and claiming mức độ 1, with its plans (KH 38/KH-UBND, 21/KH-UBND,
 * 32/KH-UBND) as minh chứng for tiêu chí 1–3. The seed gives no population figures (it was filled in with
 * TT24's Đơn vị học tập table, the mismatch dvht reports); the `Cộng đồng` figures here are illustrative,
 * chosen so the commune reaches mức độ 1 as it claimed: 5.1 at 63,9%, 5.2 at 52,2% and 12,5%; PCGD THCS
 * mức độ 2 keeps tiêu chí 4 at mức độ 1.
 */
import { SHEETS } from "../workbook/sheets";
import type { CellValue, WorkbookData } from "../workbook/workbook-data";

export const COMMUNE_YEAR = 2024;

const RATINGS: [string, string, string][] = [
  ["1.1", "KH-38/KH-UBND", "Tuyên truyền về học tập suốt đời qua hệ thống truyền thanh xã và các buổi sinh hoạt thôn."],
  ["1.2", "KH-38/KH-UBND; KH-21/KH-UBND", "Kế hoạch số 38/KH-UBND ngày 03/12/2024 triển khai xây dựng xã hội học tập; Kế hoạch 21/KH-UBND về đào tạo, bồi dưỡng."],
  ["1.3", "KH-32/KH-UBND", "Kế hoạch số 32/KH-UBND ngày 26/9/2024 tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024, có báo cáo."],
  ["2.1", "DT-2024-01", "Dự toán ngân sách xã năm 2024 bố trí kinh phí cho xây dựng xã hội học tập."],
  ["2.2", "BC-XHH-2024", "Vận động các dòng họ, doanh nghiệp đóng góp quỹ khuyến học."],
  ["2.3", "QC-PH-2024", "Quy chế phối hợp giữa Hội Khuyến học xã, các đoàn thể và các trường trên địa bàn."],
  ["3.1", "TTHTCĐ-2024", "Trung tâm học tập cộng đồng có phòng làm việc, tủ sách dùng chung, máy tính kết nối mạng."],
  ["3.2", "TV-2024", "Thư viện xã dùng phần mềm quản lý bạn đọc và tài liệu số."],
  ["3.3", "VHTT-2024", "Trung tâm văn hóa, thể thao xã có câu lạc bộ văn nghệ, bóng chuyền, dưỡng sinh."],
];

export function communeSample(): WorkbookData {
  const unit: CellValue[][] = [
    ["Thông tin", "Giá trị"],
    ["Tên đơn vị", "Ủy ban nhân dân xã An Hòa Thịnh"],
    ["Loại đơn vị", "Ủy ban nhân dân cấp xã"],
    ["Cấp công nhận", "xã"],
    ["Năm đánh giá", COMMUNE_YEAR],
    ["Quy định", "TT25/2023"],
    ["Danh hiệu đề nghị", "Cộng đồng học tập"],
    ["Công lập", "Có"],
  ];
  const community: CellValue[][] = [
    ["Thông tin", "Giá trị"],
    ["Số công dân", 6420],
    ["Số công dân đạt Công dân học tập", 4100],
    ["Số công dân được đào tạo trình độ chuyên môn kỹ thuật", 3350],
    ["Số công dân có trình độ đại học trở lên", 800],
    ["Xã thuộc vùng khó khăn", "Không"],
    ["Phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "Có"],
    ["Phổ cập giáo dục tiểu học", "Mức độ 3"],
    ["Phổ cập giáo dục trung học cơ sở", "Mức độ 2"],
    ["Xóa mù chữ", "Mức độ 2"],
  ];
  const selfAssessment: CellValue[][] = [
    ["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng", "Mô tả hiện trạng", "Điểm mạnh", "Tồn tại", "Kế hoạch cải tiến"],
    ...RATINGS.map(([id, evidence, description]) => [id, "Đạt", evidence, description, "Triển khai đầy đủ, có minh chứng.", "Nguồn lực còn hạn chế.", "Tiếp tục duy trì trong năm 2025."]),
  ];
  return {
    sheets: [
      { name: SHEETS.unit, rows: unit },
      { name: SHEETS.community, rows: community },
      { name: SHEETS.selfAssessment, rows: selfAssessment },
    ],
  };
}
