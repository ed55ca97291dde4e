/**
 * Thông tư 24/2023/TT-BGDĐT — “Đơn vị học tập” cấp tỉnh (Chương III, Điều 11–16).
 *
 * Tiêu chí 1 and 2 are cấp huyện's (Điều 12 khoản 1, 2 and Điều 13 khoản 1, 2 refer to Điều 6 and 7):
 * they are taken from TT24_HUYEN and cited through the referring article. Tiêu chí 3 has six chỉ tiêu of
 * its own (Điều 12 khoản 3, Điều 13 khoản 3), their wording copied from ../shared/domain/texts/tt24-2023.txt.
 * Differences from cấp huyện: 3.3 is asked of every unit at both levels; 3.4 (QĐ 4725) names THPT, phổ
 * thông nhiều cấp có THPT and GDTX; 3.5 (QĐ 4740) cơ sở giáo dục đại học; 3.6 is GDNN accreditation.
 */
import { citedVia, committee, req } from "../build";
import type { IndicatorRule, RuleSet } from "../types";
import { TT24_HUYEN } from "./huyen";

const khoan = (cite: string): string => /khoản (\d+)/.exec(cite)?.[1] ?? "";
/**
 * Tiêu chí 1 at both levels: Điều 12 khoản 1 and Điều 13 khoản 1 both say “theo quy định tại khoản 1
 * Điều 6”, so mức độ 2 cites Điều 6 (through Điều 13), not Điều 7.
 */
const criterion1 = citedVia(
  TT24_HUYEN.indicators
    .filter((i) => i.criterion === "1")
    .map((i) => ({ ...i, parts: i.parts.map((p) => ({ ...p, levels: { 1: p.levels[1]!, 2: { ...p.levels[2]!, cite: p.levels[1]!.cite } } })) })),
  { 1: () => "Điều 12 khoản 1", 2: () => "Điều 13 khoản 1" },
);
/** Tiêu chí 2: Điều 12 khoản 2 refers to khoản 2 Điều 6, Điều 13 khoản 2 to khoản 2 Điều 7. */
const criterion2 = citedVia(
  TT24_HUYEN.indicators.filter((i) => i.criterion === "2"),
  { 1: (c) => `Điều 12 khoản ${khoan(c)}`, 2: (c) => `Điều 13 khoản ${khoan(c)}` },
);
const inherited = [...criterion1, ...criterion2];

/** Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh whose Người học count (Điều 2 khoản 2, khoản 8). */
const PROVINCIAL_EDUCATION = [
  { unitTypes: ["phoThong" as const], schoolLevels: ["thpt" as const] },
  { unitTypes: ["giaoDucNgheNghiep" as const, "giaoDucThuongXuyen" as const, "coSoGiaoDucDaiHoc" as const] },
  // “trường dự bị đại học, trường chuyên, trường năng khiếu, trường dành cho người khuyết tật, trường giáo
  // dưỡng, … trung tâm hỗ trợ phát triển giáo dục hòa nhập” (Điều 2 khoản 2; none excluded by khoản 8).
  {
    unitTypes: [
      "truongDuBiDaiHoc" as const,
      "truongChuyen" as const,
      "truongNangKhieu" as const,
      "truongNguoiKhuyetTat" as const,
      "truongGiaoDuong" as const,
      "trungTamHoTroGiaoDucHoaNhap" as const,
    ],
  },
];

const LEARNER_ASSUMPTIONS = ["learnerPartCumulative"];

const criterion3: IndicatorRule[] = [
  {
    id: "3.1",
    criterion: "3",
    title: "Đạt danh hiệu “Công dân học tập”",
    parts: [
      {
        id: "3.1",
        label: "Thành viên đạt “Công dân học tập”",
        measure: { kind: "memberShare", predicate: { kind: "rosterFlag", field: "learningCitizen" }, describe: "đạt danh hiệu Công dân học tập" },
        appliesTo: "all",
        levels: {
          1: req("Điều 12 khoản 3 điểm a", "Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.", { threshold: "90%" }),
          2: req("Điều 13 khoản 3 điểm a", "Tối thiểu 95% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.", { threshold: "95%" }),
        },
      },
      {
        id: "3.1b",
        label: "Người học đạt “Công dân học tập”",
        measure: { kind: "learnerShare", describe: "người học đạt danh hiệu Công dân học tập" },
        appliesTo: PROVINCIAL_EDUCATION,
        levels: {
          1: req("Điều 12 khoản 3 điểm a", "Đối với Đơn vị cấp tỉnh là Cơ sở giáo dục đánh giá, công nhận cấp tỉnh tối thiểu 95% người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.", {
            threshold: "95%",
            basis: "assumption",
            assumptions: LEARNER_ASSUMPTIONS,
          }),
          2: req("Điều 13 khoản 3 điểm a", "Đối với Đơn vị cấp tỉnh là Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh tối thiểu 97% Người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.", {
            threshold: "97%",
            basis: "assumption",
            assumptions: LEARNER_ASSUMPTIONS,
          }),
        },
      },
    ],
  },
  committee({
    id: "3.2",
    criterion: "3",
    title: "Môi trường học tập, chia sẻ tri thức",
    text: "Đơn vị cấp tỉnh thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác.",
    cite1: "Điều 12 khoản 3 điểm b",
    cite2: "Điều 13 khoản 3 điểm b",
  }),
  {
    id: "3.3",
    criterion: "3",
    title: "Danh hiệu “Tập thể lao động tiên tiến” trở lên",
    parts: [
      {
        id: "3.3",
        label: "Đơn vị đạt danh hiệu Tập thể lao động tiên tiến trở lên",
        measure: { kind: "unitOrdinal", attribute: "collectiveTitle", scale: "collectiveTitle", describe: "danh hiệu thi đua tập thể của năm đánh giá" },
        appliesTo: "all",
        levels: {
          1: req("Điều 12 khoản 3 điểm c", "Đơn vị cấp tỉnh đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.", { minimum: "Tập thể lao động tiên tiến" }),
          2: req("Điều 13 khoản 3 điểm c", "Đơn vị cấp tỉnh đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.", { minimum: "Tập thể lao động tiên tiến" }),
        },
      },
    ],
  },
  {
    id: "3.4",
    criterion: "3",
    title: "Mức độ chuyển đổi số (QĐ 4725)",
    parts: [
      {
        id: "3.4",
        label: "Mức độ chuyển đổi số theo QĐ 4725/QĐ-BGDĐT",
        measure: { kind: "unitOrdinal", attribute: "digitalTransformation", scale: "digitalTransformation4725", describe: "mức độ chuyển đổi số của đơn vị theo QĐ 4725/QĐ-BGDĐT" },
        // “trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên”
        appliesTo: [{ unitTypes: ["phoThong"], schoolLevels: ["thpt"] }, { unitTypes: ["giaoDucThuongXuyen"] }],
        levels: {
          1: req("Điều 12 khoản 3 điểm d", "Đơn vị cấp tỉnh là trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.", { minimum: "Mức đáp ứng cơ bản" }),
          2: req("Điều 13 khoản 3 điểm d", "Đơn vị cấp tỉnh là trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.", { minimum: "Mức đáp ứng tốt" }),
        },
      },
    ],
  },
  {
    id: "3.5",
    criterion: "3",
    title: "Mức độ chuyển đổi số (QĐ 4740)",
    parts: [
      {
        id: "3.5",
        label: "Mức độ chuyển đổi số theo QĐ 4740/QĐ-BGDĐT",
        measure: { kind: "unitOrdinal", attribute: "digitalTransformation4740", scale: "digitalTransformation4740", describe: "mức độ chuyển đổi số của đơn vị theo QĐ 4740/QĐ-BGDĐT" },
        appliesTo: [{ unitTypes: ["coSoGiaoDucDaiHoc"] }],
        levels: {
          1: req("Điều 12 khoản 3 điểm đ", "Đơn vị cấp tỉnh là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4740/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.", { minimum: "Mức đáp ứng cơ bản" }),
          2: req("Điều 13 khoản 3 điểm đ", "Đơn vị cấp tỉnh là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4740/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.", { minimum: "Mức đáp ứng tốt" }),
        },
      },
    ],
  },
  {
    id: "3.6",
    criterion: "3",
    title: "Kiểm định chất lượng giáo dục nghề nghiệp",
    parts: [
      {
        id: "3.6",
        label: "Đạt kiểm định chất lượng giáo dục nghề nghiệp",
        measure: { kind: "unitFlag", attribute: "vetAccredited", describe: "kết quả kiểm định chất lượng GDNN" },
        appliesTo: [{ unitTypes: ["giaoDucNgheNghiep"] }],
        levels: {
          1: req("Điều 12 khoản 3 điểm e", "Đơn vị cấp tỉnh là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành."),
          2: req("Điều 13 khoản 3 điểm e", "Đơn vị cấp tỉnh là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành."),
        },
      },
    ],
  },
];

export const TT24_TINH: RuleSet = {
  id: "tt24-2023/tinh",
  title: "“Đơn vị học tập” cấp tỉnh theo Thông tư 24/2023/TT-BGDĐT",
  kind: "donViHocTap",
  regulation: TT24_HUYEN.regulation,
  authority: { text: "Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định công nhận", cite: "Điều 11 khoản 1", basis: "text" },
  evidence: { cite: "Điều 15 khoản 3", basis: "text" },
  procedure: {
    upgrade: { months: 12, cite: "Điều 11 khoản 3", basis: "assumption", assumptions: ["upgradeCountedToFiling"], text: "Đơn vị cấp tỉnh được công nhận mức độ 1 sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết định công nhận có thể đề nghị đánh giá, công nhận nâng mức độ 2." },
    validity: { months: 36, cite: "Điều 11 khoản 4", basis: "assumption", assumptions: ["recognitionYearOfDecision"], text: "Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận là “Đơn vị học tập” cấp tỉnh." },
    filing: { day: 15, month: 1, cite: "Điều 16 khoản 1 điểm c", basis: "text", text: "Thủ trưởng đơn vị gửi hồ sơ đề nghị công nhận ở mức độ đó … trước ngày 15 tháng 1 của năm liền kề sau năm đánh giá." },
  },
  tier: "tinh",
  validFrom: "2024-01-26",
  levels: [
    { level: 1, label: "Đạt mức độ 1", name: "mức độ 1", cite: "Điều 14 khoản 1" },
    { level: 2, label: "Đạt mức độ 2", name: "mức độ 2", cite: "Điều 14 khoản 2" },
  ],
  criteria: [
    { id: "1", title: "Về điều kiện xây dựng “Đơn vị học tập”", cite: "Điều 12 khoản 1" },
    { id: "2", title: "Về kết quả học tập của Thành viên trong đơn vị", cite: "Điều 12 khoản 2" },
    { id: "3", title: "Tác dụng của việc xây dựng “Đơn vị học tập”", cite: "Điều 12 khoản 3" },
  ],
  indicators: [...inherited, ...criterion3],
};
