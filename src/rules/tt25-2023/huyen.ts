/**
 * Thông tư 25/2023/TT-BGDĐT — “Cộng đồng học tập” cấp huyện (Điều 11 mức độ 1, Điều 12 mức độ 2, Điều 13).
 * Tiêu chí 1–3 are rated by the committee (Điều 12 khoản 1–3 refer to Điều 11); 4.1 counts the district's
 * communes in `Đơn vị thành viên`; 4.2 and 4.3 compare with the year before (assumption yearOnYearByCommittee).
 * Điều 12 khoản 4 điểm a cites “điểm b khoản 2 Điều 8”; the mức độ 2 condition is in điểm b khoản 1 (SOURCES.md).
 */
import { committee } from "../build";
import type { IndicatorRule, RuleSet } from "../types";
import { memberUnitsIndicator, yearOnYear } from "./members";
import { levels, TT25, TT25_EVIDENCE, validity } from "./regulation";

const tc = (id: string, criterion: string, title: string, khoan: number, diem: string, text: string): IndicatorRule =>
  committee({ id, criterion, title, text, cite1: `Điều 11 khoản ${khoan} điểm ${diem}`, cite2: `Điều 12 khoản ${khoan}` });

export const TT25_HUYEN: RuleSet = {
  id: "tt25-2023/huyen",
  title: "“Cộng đồng học tập” cấp huyện theo Thông tư 25/2023/TT-BGDĐT",
  kind: "congDongHocTap",
  input: "community",
  regulation: TT25,
  evidence: TT25_EVIDENCE,
  procedure: validity(10),
  authority: {
    text: "Giám đốc Sở Giáo dục và Đào tạo xem xét, quyết định công nhận huyện đạt “Cộng đồng học tập” cấp huyện",
    cite: "Điều 14 khoản 2 điểm đ",
    basis: "text",
  },
  tier: "huyen",
  validFrom: "2024-02-12",
  validUntil: "2025-06-30",
  levels: levels(13),
  criteria: [
    { id: "1", title: "Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp huyện", cite: "Điều 11 khoản 1" },
    { id: "2", title: "Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương", cite: "Điều 11 khoản 2" },
    { id: "3", title: "Hiệu quả hoạt động của các cơ sở giáo dục đánh giá, công nhận ở cấp huyện và thư viện công cộng cấp huyện, trung tâm văn hóa, thể thao cấp huyện", cite: "Điều 11 khoản 3" },
    { id: "4", title: "Tác dụng của việc xây dựng “Cộng đồng học tập” cấp huyện", cite: "Điều 11 khoản 4" },
  ],
  indicators: [
    tc("1.1", "1", "Tuyên truyền về học tập suốt đời", 1, "a", "Thực hiện tốt công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập;"),
    tc("1.2", "1", "Chương trình, kế hoạch, văn bản chỉ đạo", 1, "b", "Ban hành theo thẩm quyền các chương trình, kế hoạch, văn bản chỉ đạo, hướng dẫn thực hiện công tác xây dựng xã hội học tập và tổ chức triển khai, thực hiện đầy đủ, kịp thời các chương trình, kế hoạch;"),
    tc("1.3", "1", "Tuần lễ hưởng ứng học tập suốt đời", 1, "c", "Xây dựng kế hoạch, triển khai các hoạt động cụ thể tổ chức Tuần lễ hưởng ứng học tập suốt đời và báo cáo theo quy định."),
    tc("2.1", "2", "Kinh phí ngân sách cho xây dựng xã hội học tập", 2, "a", "Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm theo quy định của pháp luật về ngân sách nhà nước để thực hiện xây dựng xã hội học tập;"),
    tc("2.2", "2", "Huy động nguồn lực xã hội", 2, "b", "Triển khai các hoạt động vận động, huy động nguồn lực xã hội tham gia xây dựng xã hội học tập ở địa phương theo chủ trương xã hội hóa và đạt kết quả tích cực;"),
    tc("2.3", "2", "Chính sách thúc đẩy học tập suốt đời", 2, "c", "Thực hiện đầy đủ các chính sách thúc đẩy học tập suốt đời và xây dựng xã hội học tập do trung ương và tỉnh ban hành;"),
    tc("2.4", "2", "Dịch vụ và công cụ số cho các đơn vị", 2, "d", "Các đơn vị cấp huyện được trang bị các dịch vụ và công cụ số để thành viên trong đơn vị thực hiện chuyển đổi số trong công việc và học tập."),
    tc("3.1", "3", "Cơ sở giáo dục trên môi trường số", 3, "a", "Cơ sở giáo dục đánh giá, công nhận ở cấp huyện triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số;"),
    tc("3.2", "3", "Thư viện công cộng cấp huyện", 3, "b", "Thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện và ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, tổ chức hoạt động phục vụ việc học tập suốt đời cho người sử dụng thư viện;"),
    tc("3.3", "3", "Trung tâm văn hóa, thể thao cấp huyện", 3, "c", "Trung tâm văn hóa, thể thao cấp huyện có nhiều hoạt động văn hóa - thể thao kết nối với các xã."),
    memberUnitsIndicator(
      "xã",
      11,
      12,
      "Có ít nhất 90% số xã được công nhận đạt “Cộng đồng học tập” cấp xã mức độ 1 theo quy định tại điểm a khoản 1 Điều 8 Thông tư này;",
      "Có ít nhất 90% số xã được công nhận đạt “Cộng đồng học tập” cấp xã mức độ 2 theo quy định tại điểm b khoản 2 Điều 8 Thông tư này;",
    ),
    yearOnYear("4.2", "Thu nhập bình quân đầu người tăng", 11, 12, "b", "Thu nhập bình quân đầu người của huyện tăng so với năm trước liền kề;"),
    yearOnYear("4.3", "Tỷ lệ lao động có việc làm tăng", 11, 12, "c", "Tỷ lệ lao động có việc làm của huyện tăng so với năm trước liền kề."),
  ],
};
