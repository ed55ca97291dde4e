/**
 * The sheets of a “Cộng đồng học tập” workbook (TT25/2023): `Cộng đồng`, one fact per row like `Đơn vị`
 * (số công dân and the counts behind 5.1 and 5.2, vùng khó khăn, the commune's PCGD and XMC standards),
 * and `Đơn vị thành viên` for cấp huyện and cấp tỉnh (each member commune or district and its level).
 * The committee's ratings of tiêu chí 1–3 come from `Tự đánh giá` as for an “Đơn vị học tập”.
 */
import type { CommunityField } from "../engine/input";
import { SHEETS } from "./sheets";
import { SCALES } from "../rules/scales";
import type { ScaleId } from "../rules/types";
import type { TableSheetSpec } from "./schema";

export type CommunityValueKind = { kind: "count" } | { kind: "yesNo" } | { kind: "scale"; scale: ScaleId };

export interface CommunityRowSpec {
  field: CommunityField;
  label: string;
  aliases: string[];
  value: CommunityValueKind;
  hint: string;
}

const steps = (scale: ScaleId) => SCALES[scale].steps.map((s) => s.name).join(", ");

export const COMMUNITY_SHEET = {
  name: SHEETS.community,
  aliases: ["Cong dong", "Cộng đồng học tập", "Số liệu cộng đồng"],
  required: false,
  keyHeader: "Thông tin",
  valueHeader: "Giá trị",
  rows: [
    { field: "population", label: "Số công dân", aliases: ["Tổng số công dân", "Dân số", "Số công dân trong xã"], value: { kind: "count" }, hint: "tổng số công dân trong xã (phường, đặc khu)" },
    { field: "learningCitizens", label: "Số công dân đạt Công dân học tập", aliases: ["Công dân đạt Công dân học tập", "Số công dân học tập"], value: { kind: "count" }, hint: "số công dân đạt danh hiệu Công dân học tập" },
    { field: "trainedCitizens", label: "Số công dân được đào tạo trình độ chuyên môn kỹ thuật", aliases: ["Số người được đào tạo trình độ chuyên môn kỹ thuật", "Số công dân được đào tạo"], value: { kind: "count" }, hint: "số công dân được đào tạo trình độ chuyên môn kỹ thuật" },
    { field: "universityCitizens", label: "Số công dân có trình độ đại học trở lên", aliases: ["Số người có trình độ đại học trở lên"], value: { kind: "count" }, hint: "số công dân có trình độ đại học trở lên" },
    { field: "disadvantagedArea", label: "Xã thuộc vùng khó khăn", aliases: ["Vùng khó khăn"], value: { kind: "yesNo" }, hint: "Có hoặc Không" },
    { field: "pcgdPreschool", label: "Phổ cập giáo dục mầm non cho trẻ em 5 tuổi", aliases: ["PCGD mầm non", "PCGD mầm non 5 tuổi"], value: { kind: "yesNo" }, hint: "Có nếu xã đạt chuẩn" },
    { field: "pcgdPrimary", label: "Phổ cập giáo dục tiểu học", aliases: ["PCGD tiểu học"], value: { kind: "scale", scale: "pcgdLevel" }, hint: steps("pcgdLevel") },
    { field: "pcgdLowerSecondary", label: "Phổ cập giáo dục trung học cơ sở", aliases: ["PCGD THCS", "Phổ cập giáo dục THCS"], value: { kind: "scale", scale: "pcgdLevel" }, hint: steps("pcgdLevel") },
    { field: "literacy", label: "Xóa mù chữ", aliases: ["XMC", "Chuẩn xóa mù chữ"], value: { kind: "scale", scale: "literacyLevel" }, hint: steps("literacyLevel") },
  ] as CommunityRowSpec[],
};

export const MEMBER_UNITS_SHEET: TableSheetSpec = {
  kind: "table",
  name: SHEETS.memberUnits,
  aliases: ["Don vi thanh vien", "Danh sách xã", "Danh sách huyện", "Các xã", "Các huyện"],
  required: false,
  columns: [
    { field: "index", header: "STT", aliases: ["TT"], required: false, width: 6 },
    { field: "name", header: "Tên", aliases: ["Tên đơn vị", "Tên xã", "Tên huyện", "Đơn vị"], required: true, width: 30 },
    { field: "recognition", header: "Mức công nhận", aliases: ["Mức độ công nhận", "Kết quả công nhận", "Mức đạt"], required: true, width: 18, choices: ["Mức độ 1", "Mức độ 2", "Chưa công nhận"], hint: "Mức độ 1, Mức độ 2 hoặc Chưa công nhận" },
  ],
};
