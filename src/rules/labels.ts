/** Vietnamese names of the rule vocabulary, for explanations (the reader's spellings live in src/workbook/vocabulary.ts). */
import type { SchoolLevel, UnitType } from "./types";

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  coQuanHanhChinh: "cơ quan hành chính",
  donViSuNghiepCongLap: "đơn vị sự nghiệp công lập",
  mamNonCongLap: "cơ sở giáo dục mầm non công lập",
  phoThong: "cơ sở giáo dục phổ thông",
  giaoDucNgheNghiep: "cơ sở giáo dục nghề nghiệp",
  giaoDucThuongXuyen: "trung tâm giáo dục thường xuyên",
  coSoGiaoDucDaiHoc: "cơ sở giáo dục đại học",
  toChucKinhTe: "tổ chức kinh tế",
  truongDuBiDaiHoc: "trường dự bị đại học",
  truongChuyen: "trường chuyên",
  truongNangKhieu: "trường năng khiếu",
  truongNguoiKhuyetTat: "trường dành cho người khuyết tật",
  truongGiaoDuong: "trường giáo dưỡng",
  trungTamHoTroGiaoDucHoaNhap: "trung tâm hỗ trợ phát triển giáo dục hòa nhập",
  coQuanDoanThe: "cơ quan Đảng, Mặt trận, đoàn thể, lực lượng vũ trang, hội",
};

export const SCHOOL_LEVEL_LABELS: Record<SchoolLevel, string> = {
  mamNon: "mầm non",
  tieuHoc: "tiểu học",
  thcs: "trung học cơ sở",
  thpt: "trung học phổ thông",
};

export const PUBLIC_SECTOR_LABEL = "cơ quan, đơn vị sự nghiệp công lập";
