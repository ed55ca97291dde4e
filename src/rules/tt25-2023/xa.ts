/**
 * Thông tư 25/2023/TT-BGDĐT — “Cộng đồng học tập” cấp xã (Điều 6 mức độ 1, Điều 7 mức độ 2, Điều 8).
 * Signed 27/12/2023, effective 12/02/2024; replaces Thông tư 44/2014/TT-BGDĐT (Điều 25).
 *
 * Tiêu chí 1–3 are rated by the commune's committee; Điều 7 khoản 1–3 repeat Điều 6 khoản 1–3 in words
 * (“Nội dung tiêu chí theo quy định tại khoản … Điều 6”). Tiêu chí 4 reads the commune's recognised PCGD
 * and XMC standards; tiêu chí 5 shares of the commune's citizens, from the `Cộng đồng` sheet. 5.2's
 * thresholds are lower for a xã thuộc vùng khó khăn: a variant of the requirement, keyed on the unit.
 */
import { committee, req } from "../build";
import type { IndicatorRule, RuleSet } from "../types";
import { levels, TT25, TT25_EVIDENCE, validity } from "./regulation";

const tc = (id: string, criterion: string, title: string, khoan: number, diem: string, text: string): IndicatorRule =>
  committee({ id, criterion, title, text, cite1: `Điều 6 khoản ${khoan} điểm ${diem}`, cite2: `Điều 7 khoản ${khoan}` });

const DISADVANTAGED = { disadvantagedArea: true };
const VARIANT_ASSUMPTIONS = ["disadvantagedAreaAsInput", "citizensOfCommune"];
/** “công dân trong xã”, the denominator of 5.1 and 5.2, is not defined in the available text. */
const CITIZENS = { basis: "assumption" as const, assumptions: ["citizensOfCommune"] };

export const TT25_XA: RuleSet = {
  id: "tt25-2023/xa",
  title: "“Cộng đồng học tập” cấp xã theo Thông tư 25/2023/TT-BGDĐT",
  kind: "congDongHocTap",
  input: "community",
  regulation: TT25,
  evidence: TT25_EVIDENCE,
  procedure: validity(5),
  authority: {
    text: "Trưởng phòng Giáo dục và Đào tạo xem xét, quyết định công nhận xã đạt “Cộng đồng học tập” cấp xã",
    cite: "Điều 9 khoản 2 điểm đ",
    basis: "text",
  },
  amendedBy: [
    {
      name: "Nghị định 142/2025/NĐ-CP",
      effective: "2025-07-01",
      note: "Chính quyền địa phương hai cấp: không còn Phòng Giáo dục và Đào tạo cấp huyện; tiêu chí giữ nguyên (giả định communityDeciderAfter2025)",
      basis: "assumption",
    },
  ],
  tier: "xa",
  validFrom: "2024-02-12",
  levels: levels(8),
  criteria: [
    { id: "1", title: "Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã", cite: "Điều 6 khoản 1" },
    { id: "2", title: "Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương", cite: "Điều 6 khoản 2" },
    { id: "3", title: "Hiệu quả hoạt động của trung tâm học tập cộng đồng và thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã", cite: "Điều 6 khoản 3" },
    { id: "4", title: "Kết quả phổ cập giáo dục - xóa mù chữ", cite: "Điều 6 khoản 4" },
    { id: "5", title: "Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã", cite: "Điều 6 khoản 5" },
  ],
  indicators: [
    tc("1.1", "1", "Tuyên truyền về học tập suốt đời", 1, "a", "Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập;"),
    tc("1.2", "1", "Chương trình, kế hoạch xây dựng xã hội học tập", 1, "b", "Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch;"),
    tc("1.3", "1", "Tuần lễ hưởng ứng học tập suốt đời", 1, "c", "Xây dựng kế hoạch, triển khai các hoạt động cụ thể tổ chức Tuần lễ hưởng ứng học tập suốt đời và báo cáo theo quy định."),
    tc("2.1", "2", "Kinh phí ngân sách cho xây dựng xã hội học tập", 2, "a", "Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm theo quy định của pháp luật về ngân sách nhà nước để thực hiện xây dựng xã hội học tập;"),
    tc("2.2", "2", "Huy động nguồn lực xã hội", 2, "b", "Triển khai các hoạt động vận động, huy động nguồn lực xã hội tham gia xây dựng xã hội học tập ở địa phương theo chủ trương xã hội hóa và đạt kết quả tích cực;"),
    tc("2.3", "2", "Cơ chế phối hợp với Hội Khuyến học và các tổ chức", 2, "c", "Xây dựng cơ chế phối hợp giữa Hội Khuyến học xã, các tổ chức chính trị - xã hội cấp xã và các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn xã trong quá trình xây dựng xã hội học tập."),
    tc("3.1", "3", "Trung tâm học tập cộng đồng", 3, "a", "Trung tâm học tập cộng đồng bảo đảm có 01 phòng làm việc được trang bị đầy đủ bàn, ghế, tủ, giá; có tủ sách dùng chung; có thiết bị công nghệ thông tin phù hợp để tổ chức hoạt động học tập suốt đời cho người dân;"),
    tc("3.2", "3", "Thư viện công cộng cấp xã", 3, "b", "Thư viện công cộng cấp xã có ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, tổ chức hoạt động phục vụ việc học tập suốt đời cho người sử dụng thư viện;"),
    tc("3.3", "3", "Trung tâm văn hóa, thể thao cấp xã", 3, "c", "Trung tâm văn hóa, thể thao cấp xã có lớp năng khiếu, câu lạc bộ, nhóm sở thích, thường xuyên tổ chức các hoạt động văn hóa văn nghệ, thể dục thể thao thu hút người dân đến tham gia sinh hoạt."),
    {
      id: "4.1",
      criterion: "4",
      title: "Phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
      parts: [
        {
          id: "4.1",
          label: "Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
          measure: { kind: "unitFlag", attribute: "pcgdPreschool", describe: "chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 4 điểm a", "Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi theo quy định tại Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ (sau đây gọi tắt là Nghị định số 20/2014/NĐ-CP);"),
            2: req("Điều 7 khoản 4 điểm a", "Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi theo quy định tại Nghị định số 20/2014/NĐ-CP;"),
          },
        },
      ],
    },
    {
      id: "4.2",
      criterion: "4",
      title: "Phổ cập giáo dục tiểu học",
      parts: [
        {
          id: "4.2",
          label: "Mức đạt chuẩn phổ cập giáo dục tiểu học",
          measure: { kind: "unitOrdinal", attribute: "pcgdPrimary", scale: "pcgdLevel", describe: "mức đạt chuẩn phổ cập giáo dục tiểu học" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 4 điểm b", "Xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 2 theo quy định tại Nghị định số 20/2014/NĐ-CP;", { minimum: "Mức độ 2" }),
            2: req("Điều 7 khoản 4 điểm b", "Xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3 theo quy định tại Nghị định số 20/2014/NĐ-CP;", { minimum: "Mức độ 3" }),
          },
        },
      ],
    },
    {
      id: "4.3",
      criterion: "4",
      title: "Phổ cập giáo dục trung học cơ sở",
      parts: [
        {
          id: "4.3",
          label: "Mức đạt chuẩn phổ cập giáo dục trung học cơ sở",
          measure: { kind: "unitOrdinal", attribute: "pcgdLowerSecondary", scale: "pcgdLevel", describe: "mức đạt chuẩn phổ cập giáo dục trung học cơ sở" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 4 điểm c", "Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2 theo quy định tại Nghị định số 20/2014/NĐ-CP;", { minimum: "Mức độ 2" }),
            2: req("Điều 7 khoản 4 điểm c", "Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 theo quy định tại Nghị định số 20/2014/NĐ-CP;", { minimum: "Mức độ 3" }),
          },
        },
      ],
    },
    {
      id: "4.4",
      criterion: "4",
      title: "Xóa mù chữ",
      parts: [
        {
          id: "4.4",
          label: "Mức đạt chuẩn xóa mù chữ",
          measure: { kind: "unitOrdinal", attribute: "literacy", scale: "literacyLevel", describe: "mức đạt chuẩn xóa mù chữ" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 4 điểm d", "Xã đạt chuẩn xóa mù chữ mức độ 1 theo quy định tại Nghị định số 20/2014/NĐ-CP.", { minimum: "Mức độ 1" }),
            2: req("Điều 7 khoản 4 điểm d", "Xã đạt chuẩn xóa mù chữ mức độ 2 theo quy định tại Nghị định số 20/2014/NĐ-CP.", { minimum: "Mức độ 2" }),
          },
        },
      ],
    },
    {
      id: "5.1",
      criterion: "5",
      title: "Công dân đạt danh hiệu “Công dân học tập”",
      parts: [
        {
          id: "5.1",
          label: "Công dân trong xã đạt “Công dân học tập”",
          measure: { kind: "communityShare", count: "learningCitizens", describe: "đạt danh hiệu Công dân học tập" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 5 điểm a", "Có ít nhất 60% công dân trong xã đạt danh hiệu “Công dân học tập” theo quy định tại Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023 của Ban chấp hành Trung ương Hội Khuyến học Việt Nam ban hành Bộ tiêu chí và hướng dẫn đánh giá, công nhận danh hiệu “Công dân học tập” giai đoạn 2021-2030 (sau đây gọi tắt là Quyết định số 324/QĐ-KHVN);", { threshold: "60%", ...CITIZENS }),
            2: req("Điều 7 khoản 5 điểm a", "Có ít nhất 80% công dân trong xã đạt danh hiệu “Công dân học tập” theo quy định tại Quyết định số 324/QĐ-KHVN;", { threshold: "80%", ...CITIZENS }),
          },
        },
      ],
    },
    {
      id: "5.2",
      criterion: "5",
      title: "Công dân được đào tạo trình độ chuyên môn kỹ thuật",
      parts: [
        {
          id: "5.2",
          label: "Công dân được đào tạo trình độ chuyên môn kỹ thuật",
          measure: { kind: "communityShare", count: "trainedCitizens", describe: "được đào tạo trình độ chuyên môn kỹ thuật" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 5 điểm b", "Có ít nhất 50% công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật;", {
              threshold: "50%",
              ...CITIZENS,
              variants: [{ when: DISADVANTAGED, text: "Đối với xã thuộc vùng khó khăn có ít nhất 40% công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật;", threshold: "40%", cite: "Điều 6 khoản 5 điểm b", basis: "assumption", assumptions: VARIANT_ASSUMPTIONS }],
            }),
            2: req("Điều 7 khoản 5 điểm b", "Có ít nhất 60% công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật;", {
              threshold: "60%",
              ...CITIZENS,
              variants: [{ when: DISADVANTAGED, text: "Đối với xã thuộc vùng khó khăn có ít nhất 50% công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật;", threshold: "50%", cite: "Điều 7 khoản 5 điểm b", basis: "assumption", assumptions: VARIANT_ASSUMPTIONS }],
            }),
          },
        },
        {
          id: "5.2b",
          label: "Công dân có trình độ đại học trở lên",
          measure: { kind: "communityShare", count: "universityCitizens", describe: "có trình độ đại học trở lên" },
          appliesTo: "all",
          levels: {
            1: req("Điều 6 khoản 5 điểm b", "trong đó, có ít nhất 12% công dân trong xã có trình độ đại học trở lên.", {
              threshold: "12%",
              ...CITIZENS,
              variants: [{ when: DISADVANTAGED, text: "Đối với xã thuộc vùng khó khăn … trong đó, có ít nhất 10% công dân trong xã có trình độ đại học trở lên.", threshold: "10%", cite: "Điều 6 khoản 5 điểm b", basis: "assumption", assumptions: VARIANT_ASSUMPTIONS }],
            }),
            2: req("Điều 7 khoản 5 điểm b", "trong đó, có ít nhất 15% công dân trong xã có trình độ đại học trở lên.", {
              threshold: "15%",
              ...CITIZENS,
              variants: [{ when: DISADVANTAGED, text: "Đối với xã thuộc vùng khó khăn … trong đó, có ít nhất 12% công dân trong xã có trình độ đại học trở lên.", threshold: "12%", cite: "Điều 7 khoản 5 điểm b", basis: "assumption", assumptions: VARIANT_ASSUMPTIONS }],
            }),
          },
        },
      ],
    },
  ],
};
