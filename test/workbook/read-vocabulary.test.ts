/** The vocabulary of real spellings (src/rules/vocabulary): one row per spelling, expected meaning written by hand. */
import { readAwardTitle } from "../../src/rules/vocabulary/award-titles";
import { readCertificateKind } from "../../src/rules/vocabulary/certificates";
import { readDiscipline } from "../../src/rules/vocabulary/discipline";
import { cleanText, nameKey, toneFold } from "../../src/rules/vocabulary/normalise";
import { supportPosition } from "../../src/rules/vocabulary/positions";
import { readUnitTypeWording } from "../../src/rules/vocabulary/unit-types";
import { TRAINING_GROUPS, TRAINING_RESULT_TERMS } from "../../src/rules/vocabulary/training";
import { matchTerm } from "../../src/workbook/vocabulary";

const LDTT = "Lao động tiên tiến";
const CSTD = "Chiến sĩ thi đua cơ sở";
const CSTD_TINH = "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh";

describe("award titles as clerks write them (Luật Thi đua, khen thưởng 06/2022/QH15)", () => {
  test.each([
    ["Lao động tiên tiến", { kind: "title", name: LDTT }],
    ["LĐTT", { kind: "title", name: LDTT }],
    ["LDTT", { kind: "title", name: LDTT }],
    ["Lao dong tien tien", { kind: "title", name: LDTT }],
    ["lao động tiên tiến", { kind: "title", name: LDTT }],
    ["Danh hiệu Lao động tiên tiến", { kind: "title", name: LDTT }],
    ["Lao động tiên tiến năm học 2024-2025", { kind: "title", name: LDTT, year: 2025, schoolYear: true }],
    ["Lao động tiên tiến năm học 2024 - 2025", { kind: "title", name: LDTT, year: 2025, schoolYear: true }],
    ["LĐTT năm 2025", { kind: "title", name: LDTT, year: 2025 }],
    ["Lao động tiên tiến (2025)", { kind: "title", name: LDTT, year: 2025 }],
    ["Chiến sĩ thi đua cơ sở", { kind: "title", name: CSTD }],
    ["Chiến sỹ thi đua cơ sở", { kind: "title", name: CSTD }],
    ["Chien sy thi dua co so", { kind: "title", name: CSTD }],
    ["CSTĐ cơ sở", { kind: "title", name: CSTD }],
    ["CSTĐCS", { kind: "title", name: CSTD }],
    ["CSTĐ", { kind: "title", name: CSTD }],
    ["CSTĐ cấp cơ sở", { kind: "title", name: CSTD }],
    ["Chiến sỹ thi đua cấp cơ sở năm học 2024-2025", { kind: "title", name: CSTD, year: 2025, schoolYear: true }],
    ["Chiến sĩ thi đua cấp tỉnh", { kind: "title", name: CSTD_TINH }],
    ["CSTĐ cấp tỉnh", { kind: "title", name: CSTD_TINH }],
    ["Chiến sỹ thi đua toàn quốc", { kind: "title", name: "Chiến sĩ thi đua toàn quốc" }],
    ["Giấy khen", { kind: "notTitle", name: "Giấy khen" }],
    ["Giấy khen của Hiệu trưởng", { kind: "notTitle", name: "Giấy khen" }],
    ["Bằng khen của UBND tỉnh", { kind: "notTitle", name: "Bằng khen" }],
    ["Hoàn thành xuất sắc nhiệm vụ", { kind: "unknown" }],
    ["Lao động tiên tiến năm học 2024-2026", { kind: "unknown" }],
  ])("“%s”", (text, expected) => {
    expect(readAwardTitle(text)).toEqual(expected);
  });
});

describe("certificate kinds (TT24/2023 Điều 6 khoản 2 điểm d: ngoại ngữ hoặc tiếng dân tộc thiểu số)", () => {
  test.each([
    ["Ngoại ngữ", "Ngoại ngữ"],
    ["ngoai ngu", "Ngoại ngữ"],
    ["Tiếng Anh", "Ngoại ngữ"],
    ["Tiếng Anh bậc 2/6", "Ngoại ngữ"],
    ["A2", "Ngoại ngữ"],
    ["B1", "Ngoại ngữ"],
    ["TOEIC 550", "Ngoại ngữ"],
    ["IELTS 6.5", "Ngoại ngữ"],
    ["Tiếng dân tộc thiểu số", "Tiếng dân tộc thiểu số"],
    ["Tiếng Mông", "Tiếng dân tộc thiểu số"],
    ["Tiếng Khmer", "Tiếng dân tộc thiểu số"],
    ["Tin học cơ bản", "Tin học"],
    ["Ứng dụng CNTT cơ bản", "Tin học"],
    ["Khác", "Khác"],
    ["Bằng lái xe", undefined],
  ])("“%s” → %s", (text, expected) => {
    expect(readCertificateKind(text)).toBe(expected);
  });
});

describe("training groups and results", () => {
  test.each([
    ["Bắt buộc", "Bắt buộc"],
    ["BDTX", "Bắt buộc"],
    ["Bồi dưỡng thường xuyên", "Bắt buộc"],
    ["chuyen doi so", "Chuyển đổi số"],
    ["CĐS", "Chuyển đổi số"],
    ["Tự chọn", "Tự chọn"],
    ["Ngoại khoá", undefined],
  ])("group “%s” → %s", (text, expected) => {
    expect(matchTerm(TRAINING_GROUPS, text)).toBe(expected);
  });
  test.each([
    ["Hoàn thành", true],
    ["HT", true],
    ["Đạt", true],
    ["Hoàn thành tốt", true],
    ["hoan thanh", true],
    ["Chưa hoàn thành", false],
    ["CHT", false],
    ["Không đạt", false],
    ["Đang chờ", undefined],
  ])("result “%s” → %s", (text, expected) => {
    expect(matchTerm(TRAINING_RESULT_TERMS, text)).toBe(expected);
  });
});

describe("Kỷ luật column (2.1, TT24/2023 Điều 6 khoản 2 điểm a)", () => {
  test.each([
    ["Không", "none"],
    ["Không bị", "none"],
    ["không bị kỷ luật", "none"],
    ["N/A", "none"],
    ["-", "none"],
    ["Khiển trách", "form"],
    ["Cảnh cáo (QĐ 12/QĐ-UBND)", "form"],
    ["x", "mark"],
    ["Có", "mark"],
    ["Đang xem xét", "unknown"],
  ])("“%s” → %s", (text, expected) => {
    expect(readDiscipline(text)).toBe(expected);
  });
});

describe("names compare after invisible characters, lookalikes and tone placement", () => {
  test.each([
    ["Nguyễn Thị Hòa", "Nguyễn Thị Hoà"],
    ["Lê Thúy", "Lê Thuý"],
    ["Phạm Hòe", "Phạm Hoè"],
    ["Ðặng Văn An", "Đặng Văn An"],
    ["Trần\u200d Văn An", "Trần Văn An"],
    ["Trần Văn\u00ad An", "Trần Văn An"],
    ["\ufeffTrần Văn An\u200e", "Trần Văn An"],
    ["Trần\u2060Văn An".replace("\u2060", " \u2060"), "Trần Văn An"],
    ["Trần Văn An".normalize("NFD"), "Trần Văn An"],
    ["TRẦN  VĂN AN", "Trần Văn An"],
  ])("“%s” = “%s”", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });
  test("different names stay different", () => {
    expect(nameKey("Hoàng Văn An")).not.toBe(nameKey("Hoang Van An"));
    expect(nameKey("Lê Thị Hòa")).not.toBe(nameKey("Lê Thị Hóa"));
  });
  test("tone folding keeps syllables with a final consonant and shows the new placement", () => {
    expect(toneFold("Hoàng")).toBe("Hoàng");
    expect(toneFold("Hòa")).toBe("Hoà");
    expect(cleanText("Ð\u200b")).toBe("Đ");
  });
});

describe("Chức vụ that TT24/2023 Điều 2 khoản 5–7 leaves to the unit", () => {
  test.each([
    ["Bảo vệ", "bảo vệ"],
    ["NV phục vụ", "phục vụ"],
    ["Cấp dưỡng", "cấp dưỡng"],
    ["Nhân viên nấu ăn", "nấu ăn"],
    ["Lái xe", "lái xe"],
    ["Giáo viên", undefined],
    ["Phó Hiệu trưởng", undefined],
  ])("“%s” → %s", (text, expected) => {
    expect(supportPosition(text)).toBe(expected);
  });
});

describe("Loại đơn vị as units write it (TT24/2023 Điều 2 khoản 1–4)", () => {
  test.each([
    ["Nhà trẻ Hoa Sen", "mamNonCongLap", "mamNon", undefined],
    ["Trường Mẫu giáo Sơn Ca", "mamNonCongLap", "mamNon", undefined],
    ["Trường Mầm non Hoa Mai", "mamNonCongLap", "mamNon", undefined],
    ["Truong mam non tu thuc Anh Duong", "mamNonCongLap", "mamNon", false],
    ["Trường Tiểu học Kim Đồng", "phoThong", "tieuHoc", undefined],
    ["Trường TH Kim Đồng", "phoThong", "tieuHoc", undefined],
    ["Trường THCS Lê Lợi", "phoThong", "thcs", undefined],
    ["Trường Trung học cơ sở Lê Lợi", "phoThong", "thcs", undefined],
    ["Trường TH&THCS Tân Lập", "phoThong", "thcs", undefined],
    ["Trường THPT", "phoThong", "thpt", undefined],
    ["Trường THCS và THPT Hà Nội", "phoThong", "thpt", undefined],
    ["Trường THPT chuyên Lê Quý Đôn", "phoThong", "thpt", undefined],
    ["Trường Phổ thông cấp 2, 3 Bình Khánh", "phoThong", "thpt", undefined],
    ["Trường trung học phổ thông Bình Khánh", "phoThong", "thpt", undefined],
    ["Trường phổ thông nhiều cấp học Quốc Tế", "phoThong", undefined, undefined],
    ["Trường PTDTBT Tiểu học Nậm Cang", "phoThong", "tieuHoc", undefined],
    ["Trường PTDTNT huyện Mường Tè", "phoThong", undefined, undefined],
    ["Trung tâm GDTX tỉnh", "giaoDucThuongXuyen", undefined, undefined],
    ["Trường Trung cấp Kinh tế", "giaoDucNgheNghiep", undefined, undefined],
    ["Trường Cao đẳng Nghề", "giaoDucNgheNghiep", undefined, undefined],
    ["Trường Đại học Vinh", "coSoGiaoDucDaiHoc", undefined, undefined],
    ["Trường Dự bị đại học Dân tộc Trung ương", "truongDuBiDaiHoc", undefined, undefined],
    ["Trường chuyên", "truongChuyen", undefined, undefined],
    ["Trường Năng khiếu Thể dục thể thao", "truongNangKhieu", undefined, undefined],
    ["Trường dành cho người khuyết tật", "truongNguoiKhuyetTat", undefined, undefined],
    ["Trường Giáo dưỡng số 2", "truongGiaoDuong", undefined, undefined],
    ["Trung tâm hỗ trợ phát triển giáo dục hòa nhập", "trungTamHoTroGiaoDucHoaNhap", undefined, undefined],
    ["UBND xã Tân Lập", "coQuanHanhChinh", undefined, undefined],
    ["Ủy ban nhân dân phường 3", "coQuanHanhChinh", undefined, undefined],
    ["Phòng Giáo dục và Đào tạo", "coQuanHanhChinh", undefined, undefined],
    ["Sở Y tế", "coQuanHanhChinh", undefined, undefined],
    ["Cơ quan hành chính nhà nước", "coQuanHanhChinh", undefined, undefined],
    ["Đơn vị sự nghiệp", "donViSuNghiepCongLap", undefined, undefined],
    ["Đơn vị sự nghiệp công lập", "donViSuNghiepCongLap", undefined, true],
    ["Công ty TNHH Minh Phát", "toChucKinhTe", undefined, undefined],
    ["Hợp tác xã nông nghiệp Tân Tiến", "toChucKinhTe", undefined, undefined],
    ["Hội Liên hiệp Phụ nữ huyện", "coQuanDoanThe", undefined, undefined],
    ["Huyện đoàn", "coQuanDoanThe", undefined, undefined],
    ["Công an huyện", "coQuanDoanThe", undefined, undefined],
  ])("“%s” → %s", (text, type, schoolLevel, publicSector) => {
    const reading = readUnitTypeWording(text);
    expect(reading).toMatchObject({ kind: "ok", type });
    if (reading?.kind === "ok") {
      expect(reading.schoolLevel).toBe(schoolLevel);
      expect(reading.publicSector).toBe(publicSector);
    }
  });
  test("a trung tâm GDNN-GDTX is both kinds: ambiguous", () => {
    expect(readUnitTypeWording("Trung tâm GDNN-GDTX huyện")).toEqual({ kind: "ambiguous", types: ["giaoDucNgheNghiep", "giaoDucThuongXuyen"], cite: "TT24/2023 Điều 2 khoản 1, 2" });
  });
  test.each(["Trường học", "Đơn vị", "abc", ""])("“%s” is not recognised", (text) => {
    expect(readUnitTypeWording(text)).toBeUndefined();
  });
});
