/**
 * Thông tư 25/2023/TT-BGDĐT — “Cộng đồng học tập” cấp tỉnh (Điều 16 mức độ 1, Điều 17 mức độ 2, Điều 18).
 * Tiêu chí 1–3 are rated by the committee (Điều 17 khoản 1–3 refer to Điều 16); 4.1 counts the province's
 * districts in `Đơn vị thành viên`; 4.2 and 4.3 compare with the year before (assumption yearOnYearByCommittee).
 */
import { committee } from "../build";
import type { IndicatorRule, RuleSet } from "../types";
import { memberUnitsAfterReform, memberUnitsIndicator, yearOnYear } from "./members";
import { levels, TT25, TT25_EVIDENCE, validity } from "./regulation";

const tc = (id: string, criterion: string, title: string, khoan: number, diem: string, text: string): IndicatorRule =>
  committee({ id, criterion, title, text, cite1: `Điều 16 khoản ${khoan} điểm ${diem}`, cite2: `Điều 17 khoản ${khoan}` });

export const TT25_TINH: RuleSet = {
  id: "tt25-2023/tinh",
  title: "“Cộng đồng học tập” cấp tỉnh theo Thông tư 25/2023/TT-BGDĐT",
  kind: "congDongHocTap",
  input: "community",
  regulation: TT25,
  evidence: TT25_EVIDENCE,
  procedure: validity(15),
  authority: {
    text: "Bộ trưởng Bộ Giáo dục và Đào tạo xem xét, quyết định công nhận tỉnh đạt “Cộng đồng học tập” cấp tỉnh",
    cite: "Điều 19 khoản 2 điểm đ",
    basis: "text",
  },
  tier: "tinh",
  validFrom: "2024-02-12",
  levels: levels(18),
  criteria: [
    { id: "1", title: "Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp tỉnh", cite: "Điều 16 khoản 1" },
    { id: "2", title: "Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương", cite: "Điều 16 khoản 2" },
    { id: "3", title: "Hiệu quả hoạt động của cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh và thư viện công cộng cấp tỉnh, bảo tàng tỉnh, Đài phát thanh, truyền hình tỉnh", cite: "Điều 16 khoản 3" },
    { id: "4", title: "Tác dụng của việc xây dựng “Cộng đồng học tập” cấp tỉnh", cite: "Điều 16 khoản 4" },
  ],
  indicators: [
    tc("1.1", "1", "Tuyên truyền về học tập suốt đời", 1, "a", "Thực hiện tốt công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập;"),
    tc("1.2", "1", "Chương trình, kế hoạch, văn bản chỉ đạo", 1, "b", "Ban hành theo thẩm quyền các chương trình, kế hoạch, văn bản chỉ đạo, hướng dẫn thực hiện công tác xây dựng xã hội học tập và tổ chức triển khai, thực hiện đầy đủ, kịp thời các chương trình, kế hoạch;"),
    tc("1.3", "1", "Phong trào thi đua xây dựng xã hội học tập", 1, "c", "Tổ chức triển khai phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời."),
    tc("2.1", "2", "Kinh phí ngân sách cho xây dựng xã hội học tập", 2, "a", "Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm theo quy định của pháp luật về ngân sách nhà nước để thực hiện xây dựng xã hội học tập;"),
    tc("2.2", "2", "Chính sách của trung ương", 2, "b", "Thực hiện đầy đủ các chính sách thúc đẩy học tập suốt đời và xây dựng xã hội học tập do trung ương ban hành;"),
    tc("2.3", "2", "Chính sách của địa phương", 2, "c", "Ban hành các chính sách phù hợp với điều kiện kinh tế - xã hội của địa phương để thúc đẩy học tập suốt đời và xây dựng xã hội học tập trên địa bàn;"),
    tc("2.4", "2", "Hợp tác quốc tế về giáo dục người lớn", 2, "d", "Tổ chức triển khai các hoạt động, mô hình thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời và xây dựng xã hội học tập;"),
    tc("2.5", "2", "Dịch vụ và công cụ số cho các đơn vị", 2, "đ", "Các đơn vị cấp tỉnh được trang bị các dịch vụ và công cụ số để thành viên trong đơn vị thực hiện chuyển đổi số trong công việc và học tập."),
    // Not applicable to a province that says it has no provincial university (provincialUniversityAsInput).
    committee({
      id: "3.1",
      criterion: "3",
      title: "Trường đại học trực thuộc tỉnh",
      text: "Trường đại học trực thuộc tỉnh có thực hiện chuyển đổi số và xây dựng học liệu số;",
      cite1: "Điều 16 khoản 3 điểm a",
      cite2: "Điều 17 khoản 3",
      appliesTo: [{ provincialUniversity: true }],
      assumptions: ["provincialUniversityAsInput"],
    }),
    tc("3.2", "3", "Cơ sở giáo dục trên môi trường số", 3, "b", "Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số;"),
    tc("3.3", "3", "Thư viện công cộng cấp tỉnh", 3, "c", "Thư viện công cộng cấp tỉnh có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện và ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, tổ chức hoạt động phục vụ việc học tập suốt đời cho người sử dụng thư viện;"),
    tc("3.4", "3", "Bảo tàng tỉnh", 3, "d", "Bảo tàng tỉnh xây dựng và triển khai tối thiểu 04 chương trình giáo dục lịch sử, văn hóa, khoa học, nghệ thuật trong năm cho người dân;"),
    tc("3.5", "3", "Đài phát thanh, truyền hình tỉnh", 3, "đ", "Đài phát thanh, truyền hình tỉnh xây dựng các chủ đề, nội dung học liệu và triển khai tối thiểu 04 chương trình giáo dục trong năm trên kênh phát thanh, truyền hình, các ứng dụng truyền hình và tham gia xây dựng nguồn tài nguyên số dùng chung, nguồn học liệu mở trên mạng để người dân có thể tiếp cận theo nhu cầu."),
    memberUnitsAfterReform(memberUnitsIndicator(
      "huyện",
      16,
      17,
      "Có ít nhất 90% số huyện được công nhận đạt “Cộng đồng học tập” cấp huyện mức độ 1 theo quy định tại điểm a khoản 1 Điều 13 Thông tư này;",
      "Có ít nhất 90% số huyện được công nhận đạt “Cộng đồng học tập” cấp huyện mức độ 2 theo quy định tại điểm b khoản 2 Điều 13 Thông tư này;",
    )),
    yearOnYear("4.2", "Tỷ lệ hộ nghèo giảm", 16, 17, "b", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh giảm so với năm trước liền kề;"),
    yearOnYear("4.3", "Tổng sản phẩm trên địa bàn (GRDP) tăng", 16, 17, "c", "Tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng so với năm trước liền kề."),
  ],
};
