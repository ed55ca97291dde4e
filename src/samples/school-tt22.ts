/**
 * A school under TT22/2020 (100 điểm), after seed report 001: Trường Tiểu học An Sơn (Nam Sách), 2023,
 * 30 + 30 + 35 = 95 → Tốt; 3b lost 5 points, the school being Tập thể lao động tiên tiến. The roster
 * (30 members, all Lao động tiên tiến, 3 of them Chiến sĩ thi đua cơ sở) is illustrative: the seed gives no total.
 */
import type { CellValue, WorkbookData } from "../workbook/workbook-data";
import { names } from "./primary-school";
import { memberWorkbook } from "./member-workbook";

export const TT22_YEAR = 2023;

const POINTS: [string, number, string][] = [
  ["1a", 10, "Kế hoạch triển khai và thực hiện việc học tập thường xuyên năm 2023."],
  ["1b", 10, "Quy định cụ thể nhằm động viên thành viên học tập."],
  ["1c", 10, "Đầu tư tài chính, cơ sở vật chất, trang thiết bị cho học tập."],
  ["2a", 10, "100% thành viên có kế hoạch tự học, tự bồi dưỡng được phê duyệt."],
  ["2b", 5, "100% thành viên tuân thủ kỷ luật lao động, nội quy."],
  ["2c", 10, "100% thành viên hoàn thành chương trình bồi dưỡng bắt buộc."],
  ["2d", 5, "100% thành viên đạt Lao động tiên tiến trở lên."],
  ["3a", 25, "100% thành viên đáp ứng năng lực, phẩm chất Công dân học tập."],
  ["3b", 5, "Trường đạt Tập thể lao động tiên tiến (trừ 5 điểm)."],
  ["3c", 5, "Góp phần tạo lập môi trường chia sẻ tri thức với các đơn vị trên địa bàn."],
];

export function tt22SchoolSample(): WorkbookData {
  const people = names(30);
  const unit: CellValue[][] = [
    ["Thông tin", "Giá trị"],
    ["Tên đơn vị", "Trường Tiểu học An Sơn"],
    ["Loại đơn vị", "Phổ thông"],
    ["Cấp công nhận", "huyện"],
    ["Năm đánh giá", TT22_YEAR],
    ["Quy định", "TT22/2020"],
    ["Công lập", "Có"],
    ["Cấp học cao nhất", "Tiểu học"],
    ["Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
  ];
  const roster: CellValue[][] = [["STT", "Họ và tên", "Chức vụ", "Tính vào đánh giá", "Kỷ luật", "Công dân học tập"]];
  people.forEach((name, i) => roster.push([i + 1, name, i === 0 ? "Hiệu trưởng" : "Giáo viên", "Có", null, "Có"]));
  const awards: CellValue[][] = [["Họ và tên", "Danh hiệu", "Năm", "Số quyết định"]];
  people.forEach((name, i) => {
    awards.push([name, "Lao động tiên tiến", TT22_YEAR, "85/QĐ-UBND"]);
    if (i >= 1 && i <= 3) awards.push([name, "Chiến sĩ thi đua cơ sở", TT22_YEAR, "86/QĐ-UBND"]);
  });
  const certificates: CellValue[][] = [["Họ và tên", "Loại", "Tên chứng chỉ", "Ngày cấp"]];
  const training: CellValue[][] = [["Họ và tên", "Chương trình", "Nhóm", "Kết quả", "Năm"]];
  people.forEach((name) => training.push([name, "Bồi dưỡng thường xuyên năm 2023", "Bắt buộc", "Hoàn thành", TT22_YEAR]));
  const selfAssessment: CellValue[][] = [
    ["Chỉ tiêu", "Mức tự đánh giá", "Điểm", "Minh chứng", "Mô tả hiện trạng"],
    ...POINTS.map(([id, points, description]) => [id, null, points, `MC-${id}`, description]),
  ];
  return memberWorkbook({ unit, roster, awards, certificates, training, selfAssessment });
}
