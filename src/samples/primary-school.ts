/**
 * The bundled sample: a primary school of 45 people in the spirit of seed report 000 (Trường Tiểu học
 * An Tiến, 2025): 44 counted members and one seasonal guard who is not counted, 42 Lao động tiên tiến
 * (7 of them Chiến sĩ thi đua cơ sở), Tập thể lao động xuất sắc, mức đáp ứng cơ bản under QĐ 4725.
 * Some figures sit between mức độ 1 and mức độ 2 so that the explanations have something to say.
 */
import type { CellValue, WorkbookData } from "../workbook/workbook-data";
import { memberWorkbook } from "./member-workbook";

export const SAMPLE_YEAR = 2025;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Thị", "Văn", "Thị Thu", "Thị Minh", "Đức", "Thị Thanh", "Hữu", "Thị Ngọc"];
const GIVEN = ["Hương", "Lan", "Hà", "Mai", "Hùng", "Dũng", "Trang", "Thảo", "Hạnh", "Tuấn", "Yến", "Phương", "Linh", "Nga", "Quang"];

/** 45 distinct, deterministic names. */
export function names(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 5 + Math.floor(i / 15)) % GIVEN.length]}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function position(i: number): string {
  if (i === 0) return "Hiệu trưởng";
  if (i === 1) return "Phó Hiệu trưởng";
  if (i === 2) return "Kế toán";
  if (i === 3) return "Nhân viên thư viện";
  if (i === 44) return "Bảo vệ (hợp đồng thời vụ)";
  return "Giáo viên";
}

export function primarySchoolSample(): WorkbookData {
  const people = names(45);
  const counted = (i: number) => i !== 44;

  const unit: CellValue[][] = [
    ["Thông tin", "Giá trị"],
    ["Tên đơn vị", "Trường Tiểu học An Bình"],
    ["Loại đơn vị", "Phổ thông"],
    ["Cấp công nhận", "xã"],
    ["Năm đánh giá", SAMPLE_YEAR],
    ["Quy định", "TT24/2023"],
    ["Công lập", "Có"],
    ["Cấp học cao nhất", "Tiểu học"],
    ["Danh hiệu tập thể", "Tập thể lao động xuất sắc"],
    ["Mức chuyển đổi số (QĐ 4725)", "Mức đáp ứng cơ bản"],
    ["Kiểm định GDNN", null],
    ["Số người học", 855],
    ["Số người học đạt Công dân học tập", null],
  ];

  const roster: CellValue[][] = [["STT", "Họ và tên", "Chức vụ", "Tính vào đánh giá", "Kỷ luật", "Công dân học tập"]];
  people.forEach((name, i) => {
    roster.push([i + 1, name, position(i), counted(i) ? "Có" : "Không", null, i === 20 || i === 44 ? "Không" : "Có"]);
  });

  // 42 of the 44 counted members are Lao động tiên tiến; members 4–10 are also Chiến sĩ thi đua cơ sở.
  const awards: CellValue[][] = [["Họ và tên", "Danh hiệu", "Năm", "Số quyết định"]];
  people.forEach((name, i) => {
    if (!counted(i) || i === 30 || i === 31) return;
    awards.push([name, "Lao động tiên tiến", SAMPLE_YEAR, "125/QĐ-UBND"]);
    if (i >= 4 && i <= 10) awards.push([name, "Chiến sĩ thi đua cơ sở", SAMPLE_YEAR, "126/QĐ-UBND"]);
  });
  awards.push([people[0]!, "Bằng khen", SAMPLE_YEAR, "2210/QĐ-UBND"]);

  // 25 members hold a foreign-language or ethnic-language certificate; everyone holds a computing one.
  const certificates: CellValue[][] = [["Họ và tên", "Loại", "Tên chứng chỉ", "Ngày cấp"]];
  people.forEach((name, i) => {
    if (!counted(i)) return;
    if (i < 23) certificates.push([name, "Ngoại ngữ", "Tiếng Anh bậc 2 (A2)", new Date(Date.UTC(2019 + (i % 5), i % 12, 10))]);
    if (i === 23 || i === 24) certificates.push([name, "Tiếng dân tộc thiểu số", "Tiếng Mông", new Date(Date.UTC(2021, 5, 1))]);
    certificates.push([name, "Tin học", "Ứng dụng CNTT cơ bản", new Date(Date.UTC(2018, 8, 15))]);
  });

  // Everyone has two Bắt buộc programmes; one did not complete one. 41 of 44 did the Chuyển đổi số course.
  const training: CellValue[][] = [["Họ và tên", "Chương trình", "Nhóm", "Kết quả", "Năm"]];
  people.forEach((name, i) => {
    if (!counted(i)) return;
    training.push([name, "Bồi dưỡng thường xuyên (BDTX) năm 2025", "Bắt buộc", "Hoàn thành", SAMPLE_YEAR]);
    training.push([name, "Học tập Nghị quyết của Đảng", "Bắt buộc", i === 15 ? "Chưa hoàn thành" : "Hoàn thành", SAMPLE_YEAR]);
    if (i < 41) training.push([name, "Kỹ năng số và khai thác học liệu số", "Chuyển đổi số", "Hoàn thành", SAMPLE_YEAR]);
  });

  const committee = (id: string, evidence: string, description: string): CellValue[] => [
    id,
    "Đạt",
    evidence,
    description,
    "Thực hiện đầy đủ, có minh chứng lưu trữ.",
    "Một số nội dung triển khai còn chậm so với kế hoạch.",
    "Tiếp tục duy trì; rà soát tiến độ hằng quý.",
  ];
  const selfAssessment: CellValue[][] = [
    ["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng", "Mô tả hiện trạng", "Điểm mạnh", "Tồn tại", "Kế hoạch cải tiến"],
    committee("1.1", "H1-1.1-01; H1-1.1-02", "Nhà trường ban hành kế hoạch học tập thường xuyên năm 2025 cho toàn thể CBGV-NV và triển khai qua các cuộc họp."),
    committee("1.2", "H1-1.2-01", "Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng; Quy chế chi tiêu nội bộ có mức hỗ trợ người đi học."),
    committee("1.3", "H1-1.3-01", "Dự toán ngân sách năm 2025 bố trí kinh phí đào tạo, bồi dưỡng."),
    committee("1.4", "H1-1.4-01", "Triển khai phần mềm quản lý trường học, học bạ số; giáo viên được trang bị máy tính."),
    committee("1.5", "H1-1.5-01", "Phối hợp với Trung tâm học tập cộng đồng xã tổ chức các buổi đọc sách cho người dân."),
    committee("3.2", "H3-3.2-01", "Tổ chức sinh hoạt chuyên môn cụm trường, chia sẻ học liệu với các trường trong xã."),
  ];

  return memberWorkbook({ unit, roster, awards, certificates, training, selfAssessment });
}
