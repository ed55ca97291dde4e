/**
 * The workbook a commune (district, province) would keep for a generated TT25 case (shapes.ts
 * `CommunitySpec`): `Đơn vị`, `Cộng đồng` (cấp xã), `Tự đánh giá`, `Đơn vị thành viên` (cấp huyện, tỉnh).
 * `written(text)` is how each label and value in words is typed, so that a property can vary case, Unicode
 * form and spacing; a blank figure is a blank cell.
 */
import type { RuleSet } from "../../src/rules/types";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";
import { measureKinds, type CommunitySpec } from "./shapes";

const TIER_WORD = { xa: "xã", huyen: "huyện", tinh: "tỉnh" } as const;

export function toCommunityWorkbook(rules: RuleSet, spec: CommunitySpec, written: (text: string) => string = (s) => s): WorkbookData {
  const u = spec.unit;
  const yesNo = (b: boolean | null | undefined): CellValue => (b === null || b === undefined ? null : written(b ? "Có" : "Không"));
  const words = (s: string | null | undefined): CellValue => (s === null || s === undefined ? null : written(s));
  const label = (rows: [string, CellValue][]): CellValue[][] => [["Thông tin", "Giá trị"], ...rows.map(([k, v]) => [written(k), v])];
  const unitRows: [string, CellValue][] = [
    ["Tên đơn vị", "Địa phương thử"],
    ["Loại đơn vị", written("Cơ quan hành chính")],
    ["Cấp công nhận", written(TIER_WORD[rules.tier])],
    ["Năm đánh giá", u.year],
    ["Quy định", "TT25/2023"],
    ...(rules.tier === "tinh" ? ([["Trường đại học trực thuộc tỉnh", yesNo(u.provincialUniversity)]] as [string, CellValue][]) : []),
  ];
  const sheets: WorkbookData["sheets"] = [{ name: "Đơn vị", rows: label(unitRows) }];
  if (measureKinds(rules).has("communityShare")) {
    sheets.push({
      name: "Cộng đồng",
      rows: label([
        ["Số công dân", u.population ?? null],
        ["Số công dân đạt Công dân học tập", u.learningCitizens ?? null],
        ["Số công dân được đào tạo trình độ chuyên môn kỹ thuật", u.trainedCitizens ?? null],
        ["Số công dân có trình độ đại học trở lên", u.universityCitizens ?? null],
        ["Xã thuộc vùng khó khăn", yesNo(u.disadvantagedArea)],
        ["Phổ cập giáo dục mầm non cho trẻ em 5 tuổi", yesNo(u.pcgdPreschool)],
        ["Phổ cập giáo dục tiểu học", words(u.pcgdPrimary)],
        ["Phổ cập giáo dục trung học cơ sở", words(u.pcgdLowerSecondary)],
        ["Xóa mù chữ", words(u.literacy)],
      ]),
    });
  }
  sheets.push({
    name: "Tự đánh giá",
    rows: [["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng"], ...spec.committee.map((c) => [c.id, words(c.claimed), c.evidence])],
  });
  if (measureKinds(rules).has("memberUnitsShare")) {
    sheets.push({
      name: "Đơn vị thành viên",
      rows: [["STT", "Tên", "Mức công nhận"], ...spec.memberUnits.map((r, i) => [i + 1, written(`Đơn vị ${i + 1}`), written(r ?? "Chưa công nhận")])],
    });
  }
  return { sheets };
}
