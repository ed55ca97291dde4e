/**
 * The canonical input workbook: which sheets, which columns, which header spellings are accepted, which
 * are required. The reader matches sheets and headers against this; the template writer (`dvht template`)
 * writes exactly the canonical names, widths and validation lists from it.
 */
import { SHEETS } from "./sheets";
import type { UnitField } from "../engine/input";
import { SCHOOL_LEVELS, UNIT_TYPES, type Term } from "./vocabulary";
import { SCALES } from "../rules/scales";
import { PROGRAMME_GROUP, PROGRAMME_GROUP_CHOICES, REQUIRED_PROGRAMME_GROUPS } from "../rules/programmes";

export interface ColumnSpec {
  /** dvht's field name. */
  field: string;
  /** The canonical header, written by the template. */
  header: string;
  /** Other headers accepted for the same column. */
  aliases: string[];
  required: boolean;
  /** Column width in the template, in characters. */
  width: number;
  /** A drop-down list for the template's data validation. */
  choices?: string[];
  /** What the clerk should write, for messages. */
  hint?: string;
}

export interface TableSheetSpec {
  kind: "table";
  name: string;
  aliases: string[];
  required: boolean;
  columns: ColumnSpec[];
}

export interface UnitRowSpec {
  field: UnitField;
  /** The label in column `Thông tin`. */
  label: string;
  aliases: string[];
  required: boolean;
  choices?: string[];
  hint: string;
}

export interface KeyValueSheetSpec {
  kind: "keyValue";
  name: string;
  aliases: string[];
  required: true;
  keyHeader: string;
  valueHeader: string;
  rows: UnitRowSpec[];
}

function spellings<T>(terms: Term<T>[]): string[] {
  return terms.map((t) => t.spellings[0]!);
}

const YES_NO_CHOICES = ["Có", "Không"];

export const UNIT_SHEET: KeyValueSheetSpec = {
  kind: "keyValue",
  name: SHEETS.unit,
  aliases: ["Don vi", "Thông tin đơn vị", "Đơn vị học tập"],
  required: true,
  keyHeader: "Thông tin",
  valueHeader: "Giá trị",
  rows: [
    { field: "name", label: "Tên đơn vị", aliases: ["Đơn vị", "Tên cơ quan", "Tên trường"], required: true, hint: "tên đầy đủ của đơn vị" },
    { field: "type", label: "Loại đơn vị", aliases: ["Loại hình đơn vị"], required: true, choices: spellings(UNIT_TYPES), hint: "một trong: " + spellings(UNIT_TYPES).join(", ") },
    { field: "tier", label: "Cấp công nhận", aliases: ["Cấp", "Cấp đánh giá"], required: true, choices: ["xã", "huyện", "tỉnh"], hint: "xã, huyện hoặc tỉnh" },
    { field: "year", label: "Năm đánh giá", aliases: ["Năm"], required: true, hint: "năm dương lịch được đánh giá, ví dụ 2025" },
    { field: "regulation", label: "Quy định", aliases: ["Văn bản", "Căn cứ"], required: false, choices: ["TT24/2023", "TT25/2023", "TT22/2020"], hint: "để trống, TT24/2023 (Đơn vị học tập), TT25/2023 (Cộng đồng học tập) hoặc TT22/2020 (thang 100 điểm, trước năm 2024)" },
    { field: "recognitionTitle", label: "Danh hiệu đề nghị", aliases: ["Danh hiệu", "Đề nghị công nhận"], required: false, choices: ["Đơn vị học tập", "Cộng đồng học tập"], hint: "Đơn vị học tập hoặc Cộng đồng học tập" },
    { field: "publicSector", label: "Công lập", aliases: ["Đơn vị công lập", "Loại hình công lập"], required: false, choices: YES_NO_CHOICES, hint: "Có nếu là cơ quan nhà nước hoặc đơn vị sự nghiệp công lập" },
    { field: "schoolLevel", label: "Cấp học cao nhất", aliases: ["Cấp học"], required: false, choices: spellings(SCHOOL_LEVELS), hint: "với trường học: " + spellings(SCHOOL_LEVELS).join(", ") },
    { field: "collectiveTitle", label: "Danh hiệu tập thể", aliases: ["Danh hiệu thi đua tập thể", "Danh hiệu của đơn vị"], required: false, choices: SCALES.collectiveTitle.steps.map((s) => s.name), hint: "danh hiệu thi đua của đơn vị trong năm đánh giá, ví dụ Tập thể lao động tiên tiến" },
    { field: "digitalTransformation", label: "Mức chuyển đổi số (QĐ 4725)", aliases: ["Mức chuyển đổi số", "Chuyển đổi số (QĐ 4725)"], required: false, choices: SCALES.digitalTransformation4725.steps.map((s) => s.name), hint: "Mức chưa đáp ứng, Mức đáp ứng cơ bản hoặc Mức đáp ứng tốt" },
    { field: "digitalTeachingScore", label: "Điểm chuyển đổi số trong dạy, học (QĐ 4725)", aliases: ["Điểm chuyển đổi số dạy học", "Điểm dạy, học (QĐ 4725)"], required: false, hint: "điểm nhóm tiêu chí chuyển đổi số trong dạy, học (0–100), nếu không ghi mức" },
    { field: "digitalManagementScore", label: "Điểm chuyển đổi số trong quản trị (QĐ 4725)", aliases: ["Điểm chuyển đổi số quản trị", "Điểm quản trị (QĐ 4725)"], required: false, hint: "điểm nhóm tiêu chí chuyển đổi số trong quản trị (0–100), nếu không ghi mức" },
    { field: "digitalTransformation4740", label: "Mức chuyển đổi số (QĐ 4740)", aliases: ["Chuyển đổi số (QĐ 4740)"], required: false, choices: SCALES.digitalTransformation4740.steps.map((s) => s.name), hint: "với cơ sở giáo dục đại học: Mức chưa đáp ứng, Mức đáp ứng cơ bản hoặc Mức đáp ứng tốt" },
    { field: "vetAccredited", label: "Kiểm định GDNN", aliases: ["Đạt kiểm định GDNN", "Kiểm định chất lượng GDNN"], required: false, choices: YES_NO_CHOICES, hint: "Có hoặc Không" },
    { field: "learners", label: "Số người học", aliases: ["Tổng số người học", "Số học sinh"], required: false, hint: "tổng số học sinh, sinh viên, học viên" },
    { field: "learnerCitizens", label: "Số người học đạt Công dân học tập", aliases: ["Người học đạt Công dân học tập", "Số người học đạt CDHT"], required: false, hint: "số người học đạt danh hiệu Công dân học tập" },
    { field: "level1RecognisedOn", label: "Ngày công nhận mức độ 1", aliases: ["Ngày quyết định công nhận mức độ 1", "Ngày công nhận"], required: false, hint: "ngày ký quyết định công nhận mức độ 1 gần nhất, ví dụ 10/02/2024 (để trống nếu chưa được công nhận)" },
    { field: "level1Decision", label: "Số quyết định công nhận", aliases: ["Số quyết định công nhận mức độ 1", "Quyết định công nhận"], required: false, hint: "số quyết định công nhận mức độ 1, ví dụ 125/QĐ-UBND" },
    { field: "provincialUniversity", label: "Trường đại học trực thuộc tỉnh", aliases: ["Có trường đại học trực thuộc tỉnh", "Tỉnh có trường đại học"], required: false, choices: YES_NO_CHOICES, hint: "với “Cộng đồng học tập” cấp tỉnh: Có hoặc Không (Không: chỉ tiêu 3.1 không áp dụng)" },
  ],
};

/** Headers accepted for a member's name in every sheet. */
const NAME_ALIASES = ["Họ tên", "Họ và tên thành viên", "Họ, tên"];
const CODE_ALIASES = ["Mã thành viên", "Mã CB", "Mã cán bộ", "Mã số"];

export const ROSTER_SHEET: TableSheetSpec = {
  kind: "table",
  name: SHEETS.roster,
  aliases: ["Danh sách thành viên", "Danh sách", "Thanh vien", "Cán bộ", "Danh sách cán bộ"],
  required: true,
  columns: [
    { field: "index", header: "STT", aliases: ["TT", "Số TT"], required: false, width: 6 },
    { field: "code", header: "Mã", aliases: CODE_ALIASES, required: false, width: 10 },
    { field: "name", header: "Họ và tên", aliases: NAME_ALIASES, required: true, width: 28 },
    { field: "position", header: "Chức vụ", aliases: ["Chức danh", "Vị trí việc làm"], required: false, width: 18 },
    { field: "counted", header: "Tính vào đánh giá", aliases: ["Tính", "Được tính"], required: false, width: 12, choices: YES_NO_CHOICES, hint: "để trống hoặc Có: được tính; Không: không tính vào mẫu số" },
    { field: "discipline", header: "Kỷ luật", aliases: ["Hình thức kỷ luật", "Bị kỷ luật"], required: false, width: 18, hint: "để trống nếu không bị kỷ luật; ghi hình thức kỷ luật nếu có" },
    { field: "learningCitizen", header: "Công dân học tập", aliases: ["Đạt Công dân học tập", "CDHT"], required: true, width: 12, choices: YES_NO_CHOICES, hint: "Có hoặc Không" },
  ],
};

export const AWARDS_SHEET: TableSheetSpec = {
  kind: "table",
  name: SHEETS.awards,
  aliases: ["Khen thuong", "Thi đua khen thưởng", "Danh hiệu"],
  required: true,
  columns: [
    { field: "code", header: "Mã", aliases: CODE_ALIASES, required: false, width: 10 },
    { field: "name", header: "Họ và tên", aliases: NAME_ALIASES, required: true, width: 28 },
    { field: "title", header: "Danh hiệu", aliases: ["Danh hiệu thi đua", "Hình thức khen thưởng"], required: true, width: 30, choices: SCALES.individualTitle.steps.map((s) => s.name), hint: "ví dụ Lao động tiên tiến, Chiến sĩ thi đua cơ sở" },
    { field: "year", header: "Năm", aliases: ["Năm học", "Năm khen thưởng"], required: true, width: 10, hint: "năm được công nhận, ví dụ 2025" },
    { field: "decision", header: "Số quyết định", aliases: ["Quyết định", "Số QĐ"], required: false, width: 20 },
  ],
};

export const CERTIFICATES_SHEET: TableSheetSpec = {
  kind: "table",
  name: SHEETS.certificates,
  aliases: ["Chung chi", "Văn bằng chứng chỉ", "Chứng chỉ ngoại ngữ"],
  required: true,
  columns: [
    { field: "code", header: "Mã", aliases: CODE_ALIASES, required: false, width: 10 },
    { field: "name", header: "Họ và tên", aliases: NAME_ALIASES, required: true, width: 28 },
    { field: "category", header: "Loại", aliases: ["Loại chứng chỉ", "Lĩnh vực"], required: true, width: 22, choices: ["Ngoại ngữ", "Tiếng dân tộc thiểu số", "Tin học", "Khác"], hint: "Ngoại ngữ, Tiếng dân tộc thiểu số, Tin học hoặc Khác" },
    { field: "certificate", header: "Tên chứng chỉ", aliases: ["Chứng chỉ", "Văn bằng"], required: false, width: 28 },
    { field: "issued", header: "Ngày cấp", aliases: ["Ngày", "Năm cấp"], required: false, width: 12, hint: "ngày cấp, ví dụ 15/03/2024" },
  ],
};

export const TRAINING_SHEET: TableSheetSpec = {
  kind: "table",
  name: SHEETS.training,
  aliases: ["Boi duong", "Đào tạo bồi dưỡng", "Bồi dưỡng thường xuyên", "Đào tạo"],
  required: true,
  columns: [
    { field: "code", header: "Mã", aliases: CODE_ALIASES, required: false, width: 10 },
    { field: "name", header: "Họ và tên", aliases: NAME_ALIASES, required: true, width: 28 },
    { field: "program", header: "Chương trình", aliases: ["Nội dung", "Chương trình bồi dưỡng", "Tên chương trình"], required: true, width: 34 },
    { field: "group", header: "Nhóm", aliases: ["Loại", "Nhóm chương trình"], required: true, width: 22, choices: PROGRAMME_GROUP_CHOICES, hint: `${PROGRAMME_GROUP_CHOICES.join(", ")} (2.2 tính ${REQUIRED_PROGRAMME_GROUPS.join(", ")}; 2.3 tính ${PROGRAMME_GROUP.digital})` },
    { field: "result", header: "Kết quả", aliases: ["Hoàn thành", "Kết quả bồi dưỡng"], required: true, width: 16, choices: ["Hoàn thành", "Chưa hoàn thành"], hint: "Hoàn thành hoặc Chưa hoàn thành" },
    { field: "year", header: "Năm", aliases: ["Năm học"], required: true, width: 10, hint: "năm dương lịch, ví dụ 2025" },
  ],
};

export const SELF_ASSESSMENT_SHEET: TableSheetSpec = {
  kind: "table",
  name: SHEETS.selfAssessment,
  aliases: ["Tu danh gia", "Tự đánh giá chỉ tiêu", "Phiếu tự đánh giá"],
  required: false,
  columns: [
    { field: "indicator", header: "Chỉ tiêu", aliases: ["Mã chỉ tiêu", "Chỉ tiêu số"], required: true, width: 10 },
    { field: "claimed", header: "Mức tự đánh giá", aliases: ["Tự đánh giá", "Kết quả tự đánh giá", "Mức đạt"], required: false, width: 18, choices: ["Đạt", "Không đạt", "Đạt mức độ 1", "Đạt mức độ 2", "Không áp dụng"] },
    { field: "evidence", header: "Minh chứng", aliases: ["Mã minh chứng"], required: false, width: 24 },
    { field: "points", header: "Điểm", aliases: ["Điểm tự đánh giá", "Điểm tự chấm"], required: false, width: 8, hint: "với Thông tư 22/2020: điểm Tổ đánh giá chấm cho mục" },
    { field: "description", header: "Mô tả hiện trạng", aliases: ["Hiện trạng"], required: false, width: 40 },
    { field: "strengths", header: "Điểm mạnh", aliases: [], required: false, width: 30 },
    { field: "weaknesses", header: "Tồn tại", aliases: ["Điểm yếu", "Hạn chế"], required: false, width: 30 },
    { field: "plan", header: "Kế hoạch cải tiến", aliases: ["Kế hoạch", "Kế hoạch cải tiến chất lượng"], required: false, width: 30 },
  ],
};

export const TABLE_SHEETS: TableSheetSpec[] = [
  ROSTER_SHEET,
  AWARDS_SHEET,
  CERTIFICATES_SHEET,
  TRAINING_SHEET,
  SELF_ASSESSMENT_SHEET,
];
