/**
 * Training groups (`Bồi dưỡng`, column `Nhóm`) and results (`Kết quả`) as clerks write them. The groups
 * are the ones the rule data counts (2.2 “Bắt buộc”, 2.3 “Chuyển đổi số”); results are read as completed
 * or not.
 */
import type { Term } from "./term";

export const TRAINING_GROUPS: Term<string>[] = [
  { value: "Bắt buộc", spellings: ["Bắt buộc", "BB", "Bồi dưỡng bắt buộc", "Bồi dưỡng thường xuyên", "BDTX", "BDTX bắt buộc", "Theo quy định", "Bắt buộc theo quy định"] },
  { value: "Chuyển đổi số", spellings: ["Chuyển đổi số", "CĐS", "Kỹ năng số", "Bồi dưỡng chuyển đổi số", "Công nghệ số"] },
  { value: "Tự chọn", spellings: ["Tự chọn", "Tự nguyện", "Không bắt buộc"] },
];

export const TRAINING_RESULT_TERMS: Term<boolean>[] = [
  {
    value: true,
    spellings: [
      "Hoàn thành", "Đã hoàn thành", "HT", "Đạt", "Có", "x", "Hoàn thành tốt", "Hoàn thành xuất sắc", "Hoàn thành tốt nhiệm vụ",
      "Đạt yêu cầu", "Xuất sắc", "Giỏi", "Khá", "Trung bình", "Tốt", "Đã học xong", "Cấp chứng chỉ", "Đã cấp chứng chỉ",
    ],
  },
  {
    value: false,
    spellings: [
      "Chưa hoàn thành", "Không hoàn thành", "CHT", "Không đạt", "Chưa đạt", "Không", "Không đạt yêu cầu", "Yếu", "Kém", "Đang học",
      "Chưa học", "Bỏ học", "Vắng",
    ],
  },
];
