/**
 * The wordings units write in `Loại đơn vị` (often the unit's own name: “Trường Tiểu học Kim Đồng”,
 * “UBND xã Tân Lập”, “Công ty TNHH …”), mapped to dvht's unit types. Each line of TT24/2023 Điều 2
 * khoản 1–4 has an entry. Phrases are matched as whole words without diacritics, so “Truong THCS”,
 * “TRƯỜNG TH&THCS” and “Trường trung học cơ sở Lê Lợi” are all read. Entries are tried in order; the
 * first whose phrase occurs wins, so specific wordings come before generic ones.
 *
 * A wording that fits two types (a trung tâm GDNN-GDTX is both a cơ sở GDNN and a trung tâm GDTX, and
 * the rules differ for each) is listed as ambiguous: dvht asks instead of choosing.
 */
import type { SchoolLevel, UnitType } from "../types";
import { hasPhrase, looseWords } from "./normalise";

export interface UnitTypeWording {
  /** The type, or the types the wording could mean (ambiguous: the clerk must choose). */
  type: UnitType | UnitType[];
  /** Phrases with diacritics as the text writes them; matched loosely. A leading “^” anchors at the start. */
  phrases: string[];
  /** Cấp học cao nhất the wording itself says (“Trường THCS …”). */
  schoolLevel?: SchoolLevel;
  /** Where the text names this kind of unit. */
  cite: string;
}

export const UNIT_TYPE_WORDINGS: UnitTypeWording[] = [
  // Ambiguous first: both halves would otherwise match a plain entry below.
  {
    type: ["giaoDucNgheNghiep", "giaoDucThuongXuyen"],
    phrases: ["GDNN GDTX", "GDNN và GDTX", "giáo dục nghề nghiệp giáo dục thường xuyên", "giáo dục nghề nghiệp và giáo dục thường xuyên"],
    cite: "TT24/2023 Điều 2 khoản 1, 2",
  },
  // Cấp tỉnh institutions of Điều 2 khoản 2 that have a name of their own.
  {
    type: "truongNguoiKhuyetTat",
    phrases: ["dành cho người khuyết tật", "trường khuyết tật", "giáo dục chuyên biệt", "trường chuyên biệt", "khiếm thính", "khiếm thị"],
    cite: "TT24/2023 Điều 2 khoản 2",
  },
  { type: "truongGiaoDuong", phrases: ["giáo dưỡng"], cite: "TT24/2023 Điều 2 khoản 2" },
  { type: "trungTamHoTroGiaoDucHoaNhap", phrases: ["hỗ trợ phát triển giáo dục hòa nhập", "giáo dục hòa nhập"], cite: "TT24/2023 Điều 2 khoản 2" },
  { type: "truongDuBiDaiHoc", phrases: ["dự bị đại học", "DBĐH"], cite: "TT24/2023 Điều 2 khoản 2" },
  // Schools: the highest level named decides (“THCS & THPT” → THPT); a trường THPT chuyên is a trường THPT.
  { type: "phoThong", schoolLevel: "thpt", phrases: ["trung học phổ thông", "THPT", "PTTH", "cấp 3", "cấp III", "cấp 2, 3", "cấp 2-3", "cấp II, III", "cấp 1, 2, 3"], cite: "TT24/2023 Điều 2 khoản 2" },
  { type: "truongChuyen", phrases: ["trường chuyên", "^chuyên"], cite: "TT24/2023 Điều 2 khoản 2" },
  { type: "truongNangKhieu", phrases: ["năng khiếu"], cite: "TT24/2023 Điều 2 khoản 2" },
  { type: "phoThong", schoolLevel: "thcs", phrases: ["trung học cơ sở", "THCS", "cấp 2", "cấp II"], cite: "TT24/2023 Điều 2 khoản 1" },
  { type: "phoThong", schoolLevel: "tieuHoc", phrases: ["tiểu học", "^TH", "trường TH", "cấp 1", "cấp I"], cite: "TT24/2023 Điều 2 khoản 1" },
  {
    type: "phoThong",
    phrases: ["phổ thông dân tộc bán trú", "PTDTBT", "phổ thông dân tộc nội trú", "PTDTNT", "DTNT", "nhiều cấp học", "liên cấp", "phổ thông"],
    cite: "TT24/2023 Điều 2 khoản 1, 2",
  },
  { type: "mamNonCongLap", schoolLevel: "mamNon", phrases: ["mầm non", "mẫu giáo", "nhà trẻ", "nhóm trẻ", "^MN", "trường MN", "^MG", "trường MG"], cite: "TT24/2023 Điều 2 khoản 1" },
  { type: "giaoDucThuongXuyen", phrases: ["giáo dục thường xuyên", "GDTX", "bổ túc văn hóa"], cite: "TT24/2023 Điều 2 khoản 2" },
  {
    type: "giaoDucNgheNghiep",
    phrases: ["giáo dục nghề nghiệp", "GDNN", "trung cấp", "cao đẳng", "dạy nghề", "đào tạo nghề"],
    cite: "TT24/2023 Điều 2 khoản 1, 2",
  },
  { type: "coSoGiaoDucDaiHoc", phrases: ["đại học", "học viện", "^ĐH", "trường ĐH"], cite: "TT24/2023 Điều 2 khoản 2" },
  // Đơn vị cấp huyện, cấp tỉnh (khoản 3, 4).
  {
    type: "toChucKinhTe",
    phrases: ["tổ chức kinh tế", "công ty", "doanh nghiệp", "hợp tác xã", "HTX", "tập đoàn", "TNHH", "cổ phần", "^CTCP", "^Cty", "xí nghiệp", "nhà máy"],
    cite: "TT24/2023 Điều 2 khoản 3, 4",
  },
  {
    type: "coQuanDoanThe",
    phrases: [
      "huyện ủy", "quận ủy", "thị ủy", "thành ủy", "tỉnh ủy", "đảng ủy", "ban tuyên giáo", "ban tổ chức", "ban dân vận",
      "mặt trận tổ quốc", "MTTQ", "liên đoàn lao động", "LĐLĐ", "công đoàn", "đoàn thanh niên", "huyện đoàn", "tỉnh đoàn", "thành đoàn",
      "hội nông dân", "hội liên hiệp phụ nữ", "hội phụ nữ", "hội LHPN", "hội cựu chiến binh", "hội CCB", "hội khuyến học",
      "tổ chức xã hội", "tổ chức chính trị", "đoàn thể", "công an", "quân sự", "bộ tư lệnh", "^hội",
    ],
    cite: "TT24/2023 Điều 2 khoản 3, 4",
  },
  {
    type: "donViSuNghiepCongLap",
    phrases: ["đơn vị sự nghiệp", "ĐVSN", "ĐVSNCL", "bệnh viện", "trung tâm y tế", "trạm y tế", "trung tâm văn hóa", "ban quản lý dự án", "đài phát thanh"],
    cite: "TT24/2023 Điều 2 khoản 3, 4",
  },
  {
    type: "coQuanHanhChinh",
    phrases: [
      "cơ quan hành chính", "cơ quan nhà nước", "ủy ban nhân dân", "UBND", "hội đồng nhân dân", "HĐND", "văn phòng",
      "^phòng", "^sở", "^ban", "^chi cục", "^cục", "thanh tra", "kho bạc", "chi cục", "cơ quan",
    ],
    cite: "TT24/2023 Điều 2 khoản 3, 4",
  },
];

/** Words that say the unit is not public (“tư thục”, “dân lập”, “ngoài công lập”). */
const NOT_PUBLIC = ["tư thục", "dân lập", "ngoài công lập", "tư nhân"].map(looseWords);
/** Words that say it is (“Trường mầm non công lập …”). */
const PUBLIC = ["công lập"].map(looseWords);

/** Highest level named anywhere in the wording (“Trường TH&THCS …” → thcs). */
const LEVEL_WORDS: { level: SchoolLevel; phrases: string[] }[] = [
  { level: "thpt", phrases: ["trung học phổ thông", "THPT", "PTTH"].map(looseWords) },
  { level: "thcs", phrases: ["trung học cơ sở", "THCS"].map(looseWords) },
  { level: "tieuHoc", phrases: ["tiểu học", "TH"].map(looseWords) },
];

interface CompiledWording {
  wording: UnitTypeWording;
  anywhere: string[];
  atStart: string[];
}
const COMPILED: CompiledWording[] = UNIT_TYPE_WORDINGS.map((wording) => ({
  wording,
  anywhere: wording.phrases.filter((p) => !p.startsWith("^")).map(looseWords),
  atStart: wording.phrases.filter((p) => p.startsWith("^")).map((p) => looseWords(p.slice(1))),
}));

export type UnitTypeReading =
  | { kind: "ok"; type: UnitType; schoolLevel?: SchoolLevel; publicSector?: boolean; cite: string }
  | { kind: "ambiguous"; types: UnitType[]; cite: string };

/** What a `Loại đơn vị` wording means, or undefined when no entry fits. */
export function readUnitTypeWording(text: string): UnitTypeReading | undefined {
  const words = looseWords(text);
  if (words === "") return undefined;
  const hit = COMPILED.find(
    (c) => c.anywhere.some((p) => hasPhrase(words, p)) || c.atStart.some((p) => words === p || words.startsWith(p + " ")),
  );
  if (!hit) return undefined;
  const { wording } = hit;
  if (Array.isArray(wording.type)) return { kind: "ambiguous", types: wording.type, cite: wording.cite };
  const reading: UnitTypeReading = { kind: "ok", type: wording.type, cite: wording.cite };
  if (wording.type === "phoThong") {
    const level = wording.schoolLevel ?? LEVEL_WORDS.find((l) => l.phrases.some((p) => hasPhrase(words, p)))?.level;
    if (level) reading.schoolLevel = level;
  } else if (wording.schoolLevel) reading.schoolLevel = wording.schoolLevel;
  if (NOT_PUBLIC.some((p) => hasPhrase(words, p))) reading.publicSector = false;
  else if (PUBLIC.some((p) => hasPhrase(words, p))) reading.publicSector = true;
  return reading;
}
