/**
 * Every assumption dvht makes where no text decides, in one place. Rule data refers to these by id,
 * and every result that rests on one shows it (RULES.md marks them [A]).
 */
export interface Assumption {
  id: string;
  text: string;
}

export const ASSUMPTIONS: Record<string, Assumption> = {
  notApplicableExcluded: {
    id: "notApplicableExcluded",
    text:
      "Chỉ tiêu không áp dụng cho loại đơn vị (các cụm “đối với …” của văn bản) được ghi “Không áp dụng” và không làm giảm mức của tiêu chí.",
  },
  learnerPartCumulative: {
    id: "learnerPartCumulative",
    text:
      "Với cơ sở giáo dục có Người học, chỉ tiêu 3.1 đòi hỏi cả tỷ lệ Thành viên và tỷ lệ Người học đạt “Công dân học tập”; văn bản bổ sung câu về Người học mà không nói phần Thành viên hết hiệu lực.",
  },
  learnersOfVocationalAndContinuingEducation: {
    id: "learnersOfVocationalAndContinuingEducation",
    text:
      "Người học được tính (Điều 2 khoản 8) ở trường có cấp học cao nhất là THPT, cơ sở giáo dục nghề nghiệp và trung tâm giáo dục thường xuyên; không tính ở mầm non, tiểu học, THCS.",
  },
  disciplineAsCompliance: {
    id: "disciplineAsCompliance",
    text:
      "Chỉ tiêu 2.1 (tuân thủ kỷ luật lao động, nội quy; có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi) được tính theo cột “Kỷ luật” của sheet “Thành viên”: thành viên không bị kỷ luật được tính là đạt. Tinh thần đoàn kết, hợp tác, chia sẻ không có số liệu riêng nên dvht không kiểm tra phần này.",
  },
  requiredProgrammeGroups: {
    id: "requiredProgrammeGroups",
    text:
      "Chỉ tiêu 2.2 tính các chương trình ở sheet “Bồi dưỡng” có Nhóm “Bắt buộc” hoặc “Theo quy định của nhà nước” (của nhà nước), “Của đơn vị”, “Đoàn thể” (Điều 6 khoản 2 điểm b: “theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt”); dvht coi các chương trình ghi ở sheet là đã được lãnh đạo đơn vị phê duyệt. Thành viên đạt khi hoàn thành mọi chương trình thuộc các nhóm này trong năm đánh giá; nhóm “Chuyển đổi số”, “Tự chọn” không tính ở 2.2.",
  },
  digitalTrainingInYear: {
    id: "digitalTrainingInYear",
    text:
      "Chỉ tiêu 2.3 (được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số) không nêu năm; dvht tính thành viên hoàn thành ít nhất một chương trình Nhóm “Chuyển đổi số” trong năm đánh giá, vì số liệu của báo cáo được tính từ 01/01 đến 31/12 của năm đánh giá (Điều 10 khoản 1 điểm b). Việc tham gia thực hiện chuyển đổi số không có số liệu riêng.",
  },
  recognitionYearOfDecision: {
    id: "recognitionYearOfDecision",
    text:
      "“Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận” (TT24 Điều 5, 11 khoản 4; TT25 Điều 5, 10, 15 khoản 4): dvht lấy năm của ngày ký quyết định công nhận làm “năm được công nhận”, nên quyết định ký năm 2025 còn hiệu lực đến hết 31/12/2028.",
  },
  upgradeCountedToFiling: {
    id: "upgradeCountedToFiling",
    text:
      "Thời gian 12 tháng giữ mức độ 1 trước khi đề nghị mức độ 2 (TT24 Điều 5, 11 khoản 3) được dvht tính từ ngày ký quyết định công nhận mức độ 1 đến hạn nộp hồ sơ của năm đánh giá (trước ngày 15/01 năm sau, Điều 10, 16 khoản 1 điểm c); đơn vị nộp sớm hơn cần tự kiểm tra lại.",
  },
  languageLevelByCertificate: {
    id: "languageLevelByCertificate",
    text:
      "Chỉ tiêu 2.4 ở mức độ 2 đòi hỏi “trình độ” ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm; dvht lấy chứng nhận, chứng chỉ ghi ở sheet “Chứng chỉ” làm minh chứng cho trình độ đó, như ở mức độ 1.",
  },
  evidenceRequiredCommunity: {
    id: "evidenceRequiredCommunity",
    text:
      "Văn bản Thông tư 25/2023/TT-BGDĐT hiện có không có điều khoản về minh chứng (khác Điều 9 khoản 3 Thông tư 24/2023/TT-BGDĐT); chỉ tiêu Tổ đánh giá ghi “Đạt” mà không có minh chứng vẫn giữ mức đã ghi, dvht chỉ cảnh báo để đơn vị bổ sung.",
  },
  communeInheritsDistrict: {
    id: "communeInheritsDistrict",
    text:
      "Từ 01/7/2025 (chính quyền địa phương hai cấp), “Đơn vị học tập” cấp xã dùng nguyên tiêu chí, chỉ tiêu của cấp huyện; chỉ thẩm quyền công nhận chuyển sang Chủ tịch Ủy ban nhân dân cấp xã.",
  },
  schoolYearEndsInYear: {
    id: "schoolYearEndsInYear",
    text:
      "Năm ghi dạng năm học (ví dụ “2024-2025”) được tính cho năm dương lịch kết thúc năm học: năm học 2024-2025 được tính cho năm 2025.",
  },
  disadvantagedAreaAsInput: {
    id: "disadvantagedAreaAsInput",
    text:
      "“Xã thuộc vùng khó khăn” (ngưỡng thấp hơn của chỉ tiêu 5.2, TT25/2023) được định nghĩa ngoài phần văn bản hiện có (Điều 2 TT25 trống trong bản pháp điển); dvht lấy theo ô “Xã thuộc vùng khó khăn” (Có/Không) ở sheet “Cộng đồng”, để trống thì dùng ngưỡng chung.",
  },
  provincialUniversityAsInput: {
    id: "provincialUniversityAsInput",
    text:
      "Chỉ tiêu 3.1 cấp tỉnh (TT25/2023 Điều 16 khoản 3 điểm a: “Trường đại học trực thuộc tỉnh có thực hiện chuyển đổi số và xây dựng học liệu số”) nói về trường đại học của tỉnh; tỉnh không có trường đại học trực thuộc tỉnh không thể thực hiện được nên chỉ tiêu không áp dụng khi dòng “Trường đại học trực thuộc tỉnh” ở sheet “Đơn vị” ghi “Không”. Để trống thì chỉ tiêu áp dụng.",
  },
  provinceMemberUnitsAfterReform: {
    id: "provinceMemberUnitsAfterReform",
    text:
      "Từ 01/7/2025 không còn cấp huyện nên không còn “số huyện” của chỉ tiêu 4.1 cấp tỉnh (TT25/2023 Điều 16, 17 khoản 4 điểm a); văn bản chưa được sửa. Với năm đánh giá từ 2025, dvht tính ngưỡng 90% trên các đơn vị ghi ở sheet “Đơn vị thành viên” (các xã, phường của tỉnh và mức công nhận “Cộng đồng học tập” cấp xã của từng đơn vị).",
  },
  citizensOfCommune: {
    id: "citizensOfCommune",
    text:
      "“Công dân trong xã”, mẫu số của chỉ tiêu 5.1 và 5.2 (TT25/2023), không được định nghĩa trong phần văn bản hiện có (Điều 2 trống trong bản pháp điển); dvht dùng “Số công dân” xã ghi ở sheet “Cộng đồng” (theo số liệu thống kê của xã) làm mẫu số chung cho cả ba tỷ lệ.",
  },
  memberUnitsAtOrAbove: {
    id: "memberUnitsAtOrAbove",
    text:
      "Ở chỉ tiêu 4.1 cấp huyện, cấp tỉnh (TT25/2023), đơn vị thành viên được công nhận mức độ 2 cũng được tính là đã đạt mức độ 1.",
  },
  yearOnYearByCommittee: {
    id: "yearOnYearByCommittee",
    text:
      "Các chỉ tiêu so sánh với năm trước liền kề (thu nhập bình quân, tỷ lệ lao động có việc làm, tỷ lệ hộ nghèo, GRDP — TT25/2023) do Tổ đánh giá ghi Đạt/Không đạt kèm minh chứng số liệu thống kê; dvht không tự tính.",
  },
  communityDeciderAfter2025: {
    id: "communityDeciderAfter2025",
    text:
      "Từ 01/7/2025 không còn cấp huyện; dvht giả định việc công nhận “Cộng đồng học tập” cấp xã do cơ quan được giao theo chính quyền địa phương hai cấp thực hiện, tiêu chí giữ nguyên.",
  },
};
