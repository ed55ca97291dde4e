/**
 * Thông tư 24/2023/TT-BGDĐT — “Đơn vị học tập” cấp huyện (Chương II, Điều 5–10).
 * Signed 11/12/2023, effective 26/01/2024; abolishes Thông tư 22/2020/TT-BGDĐT (Điều 22).
 *
 * Each level's `text` is the regulation's own wording (Điều 6 for mức độ 1, Điều 7 for mức độ 2), copied
 * from ../shared/domain/texts/tt24-2023.txt, so a reviewer can hold the threshold against the words.
 */
import { PROGRAMME_GROUP, REQUIRED_PROGRAMME_GROUPS } from "../programmes";
import { unitTypesExcept, type Applicability, type IndicatorRule, type LevelRequirement, type RuleSet } from "../types";

const TEXT = "text" as const;

/** A requirement read in the text. */
function req(cite: string, text: string, extra: Partial<LevelRequirement> = {}): LevelRequirement {
  return { cite, text, basis: TEXT, ...extra };
}

/**
 * Tiêu chí 1: judged by the Tổ đánh giá. At mức độ 2 the text itself says “Nội dung tiêu chí theo quy
 * định tại khoản 1 Điều 6” (Điều 7 khoản 1), so mức độ 2 cites the same điểm of Điều 6 through Điều 7.
 */
function committeeIndicator(
  id: string,
  criterion: string,
  title: string,
  cite6: string,
  cite7: string,
  text: string,
  appliesTo: Applicability = "all",
): IndicatorRule {
  return {
    id,
    criterion,
    title,
    parts: [
      {
        id,
        label: title,
        measure: { kind: "committee", describe: "Tổ đánh giá đánh giá theo minh chứng" },
        appliesTo,
        levels: {
          1: req(cite6, text),
          2: req(`${cite6} (theo ${cite7})`, text),
        },
      },
    ],
  };
}

const TC1_LEVEL2 = "Điều 7 khoản 1";

/** What dvht assumes where the roster cannot show the text's words (see assumptions.ts). */
const DISCIPLINE_ASSUMPTIONS = { basis: "assumption" as const, assumptions: ["disciplineAsCompliance"] };
const PROGRAMME_ASSUMPTIONS = { basis: "assumption" as const, assumptions: ["requiredProgrammeGroups"] };
const DIGITAL_ASSUMPTIONS = { basis: "assumption" as const, assumptions: ["digitalTrainingInYear"] };

export const TT24_HUYEN: RuleSet = {
  id: "tt24-2023/huyen",
  title: "“Đơn vị học tập” cấp huyện theo Thông tư 24/2023/TT-BGDĐT",
  kind: "donViHocTap",
  regulation: {
    name: "Thông tư 24/2023/TT-BGDĐT",
    short: "TT24/2023",
    signed: "2023-12-11",
    effective: "2024-01-26",
  },
  authority: {
    text: "Chủ tịch Ủy ban nhân dân cấp huyện quyết định công nhận",
    cite: "Điều 5 khoản 1",
    basis: TEXT,
  },
  evidence: { cite: "Điều 9 khoản 3", basis: TEXT },
  procedure: {
    upgrade: { months: 12, cite: "Điều 5 khoản 3", basis: "assumption", assumptions: ["upgradeCountedToFiling"], text: "Đơn vị cấp huyện được công nhận mức độ 1 sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết định công nhận có thể đề nghị đánh giá, công nhận nâng mức độ 2." },
    validity: { months: 36, cite: "Điều 5 khoản 4", basis: "assumption", assumptions: ["recognitionYearOfDecision"], text: "Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận là “Đơn vị học tập” cấp huyện." },
    filing: { day: 15, month: 1, cite: "Điều 10 khoản 1 điểm c", basis: TEXT, text: "Thủ trưởng đơn vị gửi hồ sơ đề nghị công nhận ở mức độ đó … trước ngày 15 tháng 1 của năm liền kề sau năm đánh giá." },
  },
  tier: "huyen",
  validFrom: "2024-01-26",
  validUntil: "2025-06-30",
  // From 01/7/2025 the units cấp huyện recognised are recognised by the commune (tt24-2023/xa).
  successor: "tt24-2023/xa",
  levels: [
    { level: 1, label: "Đạt mức độ 1", name: "mức độ 1", cite: "Điều 8 khoản 1" },
    { level: 2, label: "Đạt mức độ 2", name: "mức độ 2", cite: "Điều 8 khoản 2" },
  ],
  criteria: [
    { id: "1", title: "Về điều kiện xây dựng “Đơn vị học tập”", cite: "Điều 6 khoản 1" },
    { id: "2", title: "Về kết quả học tập của Thành viên trong đơn vị", cite: "Điều 6 khoản 2" },
    { id: "3", title: "Tác dụng của việc xây dựng “Đơn vị học tập”", cite: "Điều 6 khoản 3" },
  ],
  indicators: [
    // ── Tiêu chí 1 ── committee-rated, same wording at both levels.
    committeeIndicator(
      "1.1",
      "1",
      "Kế hoạch học tập thường xuyên cho Thành viên",
      "Điều 6 khoản 1 điểm a",
      TC1_LEVEL2,
      "Ban hành kế hoạch hằng năm cho Thành viên trong đơn vị được học tập thường xuyên, tổ chức triển khai, thực hiện kế hoạch.",
    ),
    committeeIndicator(
      "1.2",
      "1",
      "Chế độ đào tạo, bồi dưỡng; khuyến khích học tập",
      "Điều 6 khoản 1 điểm b",
      TC1_LEVEL2,
      "Thực hiện đầy đủ các chế độ về đào tạo, bồi dưỡng theo quy định hiện hành, có quy định của đơn vị nhằm khuyến khích, động viên Thành viên trong đơn vị tích cực học tập. Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập tham gia thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.",
    ),
    committeeIndicator(
        "1.3",
        "1",
        "Kinh phí ngân sách cho đào tạo, bồi dưỡng",
        "Điều 6 khoản 1 điểm c",
        TC1_LEVEL2,
        "Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm để thực hiện công tác đào tạo, bồi dưỡng đối với Thành viên trong đơn vị (đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước).",
        // “(đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước)”
        [{ publicSector: true }],
      ),
    committeeIndicator(
      "1.4",
      "1",
      "Chuyển đổi số; trang bị thiết bị học tập",
      "Điều 6 khoản 1 điểm d",
      TC1_LEVEL2,
      "Đơn vị cấp huyện triển khai chuyển đổi số, các Thành viên trong đơn vị được trang bị các dụng cụ, thiết bị học tập đáp ứng nhu cầu làm việc và học tập trong bối cảnh chuyển đổi số.",
    ),
    committeeIndicator(
      "1.5",
      "1",
      "Phục vụ học tập suốt đời cho người dân",
      "Điều 6 khoản 1 điểm đ",
      TC1_LEVEL2,
      "Tham gia các hoạt động phục vụ việc học tập suốt đời cho người dân.",
    ),

    // ── Tiêu chí 2 ── shares of Thành viên (Điều 2 khoản 7), computed from the roster.
    {
      id: "2.1",
      criterion: "2",
      title: "Tuân thủ kỷ luật lao động, nội quy",
      parts: [
        {
          id: "2.1",
          label: "Thành viên tuân thủ kỷ luật lao động, nội quy",
          measure: { kind: "memberShare", predicate: { kind: "noDiscipline" }, describe: "không bị kỷ luật" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 2 điểm a", "Tối thiểu 90% Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.", { threshold: "90%", ...DISCIPLINE_ASSUMPTIONS }),
            2: req("Điều 7 khoản 2 điểm a", "Tối thiểu 95% Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.", { threshold: "95%", ...DISCIPLINE_ASSUMPTIONS }),
          },
        },
      ],
    },
    {
      id: "2.2",
      criterion: "2",
      title: "Hoàn thành chương trình học tập, bồi dưỡng",
      parts: [
        {
          id: "2.2",
          label: "Thành viên hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định",
          measure: {
            kind: "memberShare",
            // “theo quy định của nhà nước hoặc của đơn vị và đoàn thể”: the `Nhóm` says which programme is which.
            predicate: { kind: "completedAllOfGroups", groups: REQUIRED_PROGRAMME_GROUPS },
            describe: "hoàn thành đầy đủ các chương trình học tập, bồi dưỡng của nhà nước, của đơn vị và đoàn thể trong năm",
          },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 2 điểm b", "Tối thiểu 90% Thành viên trong đơn vị hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt.", { threshold: "90%", ...PROGRAMME_ASSUMPTIONS }),
            2: req("Điều 7 khoản 2 điểm b", "Tối thiểu 95% Thành viên trong đơn vị hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt.", { threshold: "95%", ...PROGRAMME_ASSUMPTIONS }),
          },
        },
      ],
    },
    {
      id: "2.3",
      criterion: "2",
      title: "Bồi dưỡng và tham gia chuyển đổi số",
      parts: [
        {
          id: "2.3",
          label: "Thành viên được bồi dưỡng, tham gia chuyển đổi số",
          measure: {
            kind: "memberShare",
            predicate: { kind: "completedAnyOfGroup", group: PROGRAMME_GROUP.digital },
            describe: "hoàn thành chương trình bồi dưỡng về chuyển đổi số trong năm",
          },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 2 điểm c", "Tối thiểu 90% Thành viên trong đơn vị được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số trong đơn vị.", { threshold: "90%", ...DIGITAL_ASSUMPTIONS }),
            2: req("Điều 7 khoản 2 điểm c", "Tối thiểu 95% Thành viên trong đơn vị được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số trong đơn vị.", { threshold: "95%", ...DIGITAL_ASSUMPTIONS }),
          },
        },
      ],
    },
    {
      id: "2.4",
      criterion: "2",
      title: "Ngoại ngữ hoặc tiếng dân tộc thiểu số",
      parts: [
        {
          id: "2.4",
          label: "Thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số",
          measure: {
            kind: "memberShare",
            predicate: { kind: "hasCertificate", categories: ["Ngoại ngữ", "Tiếng dân tộc thiểu số"] },
            describe: "có chứng nhận, chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số",
          },
          // “(không bao gồm thành viên trong đơn vị là tổ chức kinh tế)”
          appliesTo: [{ unitTypes: unitTypesExcept("toChucKinhTe") }],
          levels: {
            1: req("Điều 6 khoản 2 điểm d", "Tối thiểu 50% Thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).", { threshold: "50%" }),
            2: req("Điều 7 khoản 2 điểm d", "Tối thiểu 70% Thành viên trong đơn vị có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).", {
              threshold: "70%",
              basis: "assumption",
              assumptions: ["languageLevelByCertificate"],
            }),
          },
        },
      ],
    },
    {
      id: "2.5",
      criterion: "2",
      title: "Danh hiệu “Lao động tiên tiến” trở lên",
      parts: [
        {
          id: "2.5",
          label: "Thành viên đạt danh hiệu Lao động tiên tiến trở lên",
          measure: {
            kind: "memberShare",
            predicate: { kind: "titleAtLeast", scale: "individualTitle", min: "Lao động tiên tiến" },
            describe: "đạt danh hiệu Lao động tiên tiến trở lên",
          },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 2 điểm đ", "Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.", { threshold: "90%" }),
            2: req("Điều 7 khoản 2 điểm đ", "Tối thiểu 95% Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.", { threshold: "95%" }),
          },
        },
      ],
    },

    // ── Tiêu chí 3 ──
    {
      id: "3.1",
      criterion: "3",
      title: "Đạt danh hiệu “Công dân học tập”",
      parts: [
        {
          id: "3.1",
          label: "Thành viên đạt “Công dân học tập”",
          measure: {
            kind: "memberShare",
            predicate: { kind: "rosterFlag", field: "learningCitizen" },
            describe: "đạt danh hiệu Công dân học tập",
          },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 3 điểm a", "Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Bộ tiêu chí và hướng dẫn đánh giá, công nhận “Công dân học tập” giai đoạn 2021-2030 (ban hành tại Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023 của Ban chấp hành Trung ương Hội Khuyến học Việt Nam, sau đây gọi là Quyết định số 324/QĐ-KHVN).", { threshold: "90%" }),
            2: req("Điều 7 khoản 3 điểm a", "Tối thiểu 95% Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.", { threshold: "95%" }),
          },
        },
        {
          id: "3.1b",
          label: "Người học đạt “Công dân học tập”",
          measure: { kind: "learnerShare", describe: "người học đạt danh hiệu Công dân học tập" },
          // Người học count only where Điều 2 khoản 8 does not exclude the school.
          appliesTo: [
            { unitTypes: ["phoThong"], schoolLevels: ["thpt"] },
            { unitTypes: ["giaoDucNgheNghiep", "giaoDucThuongXuyen"] },
          ],
          levels: {
            1: req("Điều 6 khoản 3 điểm a", "Đối với đơn vị là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 95% Người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.", {
              threshold: "95%",
              basis: "assumption",
              assumptions: ["learnerPartCumulative", "learnersOfVocationalAndContinuingEducation"],
            }),
            2: req("Điều 7 khoản 3 điểm a", "Đối với Đơn vị cấp huyện là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 97% người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.", {
              threshold: "97%",
              basis: "assumption",
              assumptions: ["learnerPartCumulative", "learnersOfVocationalAndContinuingEducation"],
            }),
          },
        },
      ],
    },
    {
      id: "3.2",
      criterion: "3",
      title: "Môi trường học tập, chia sẻ tri thức",
      parts: [
        {
          id: "3.2",
          label: "Tạo lập môi trường học tập, chia sẻ tri thức",
          measure: { kind: "committee", describe: "Tổ đánh giá đánh giá theo minh chứng" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 3 điểm b", "Đơn vị cấp huyện thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác. Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện hoặc phối hợp thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định."),
            2: req("Điều 7 khoản 3 điểm b", "Đơn vị cấp huyện thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác. Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện hoặc phối hợp thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định."),
          },
        },
      ],
    },
    {
      id: "3.3",
      criterion: "3",
      title: "Danh hiệu “Tập thể lao động tiên tiến” trở lên",
      parts: [
        {
          id: "3.3",
          label: "Đơn vị đạt danh hiệu Tập thể lao động tiên tiến trở lên",
          measure: {
            kind: "unitOrdinal",
            attribute: "collectiveTitle",
            scale: "collectiveTitle",
            describe: "danh hiệu thi đua tập thể của năm đánh giá",
          },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 3 điểm c", "Đơn vị cấp huyện đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.", { minimum: "Tập thể lao động tiên tiến" }),
            // Mức độ 2 names only cơ quan and đơn vị sự nghiệp công lập.
            2: req("Điều 7 khoản 3 điểm c", "Đơn vị cấp huyện là cơ quan, đơn vị sự nghiệp công lập đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.", {
              minimum: "Tập thể lao động tiên tiến",
              appliesTo: [{ publicSector: true }],
            }),
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
          measure: {
            kind: "unitOrdinal",
            attribute: "digitalTransformation",
            scale: "digitalTransformation4725",
            describe: "mức độ chuyển đổi số của đơn vị theo QĐ 4725/QĐ-BGDĐT",
          },
          appliesTo: [{ unitTypes: ["phoThong"] }],
          levels: {
            1: req("Điều 6 khoản 3 điểm d", "Đơn vị cấp huyện là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.", { minimum: "Mức đáp ứng cơ bản" }),
            2: req("Điều 7 khoản 3 điểm d", "Đơn vị cấp huyện là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.", { minimum: "Mức đáp ứng tốt" }),
          },
        },
      ],
    },
    {
      id: "3.5",
      criterion: "3",
      title: "Kiểm định chất lượng giáo dục nghề nghiệp",
      parts: [
        {
          id: "3.5",
          label: "Đạt kiểm định chất lượng giáo dục nghề nghiệp",
          measure: { kind: "unitFlag", attribute: "vetAccredited", describe: "kết quả kiểm định chất lượng GDNN" },
          appliesTo: [{ unitTypes: ["giaoDucNgheNghiep"] }],
          levels: {
            1: req("Điều 6 khoản 3 điểm đ", "Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành."),
            2: req("Điều 7 khoản 3 điểm đ", "Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành."),
          },
        },
      ],
    },
  ],
};
