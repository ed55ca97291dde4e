/**
 * Does the rule set fit the unit? The seeds show two mismatches (RULES.md §8): a commune assessed as
 * “Cộng đồng học tập” (TT25/2023) but filled in with TT24's “Đơn vị học tập” table, and TT22/2020 used
 * for a year after it was repealed (26/01/2024). Each is an issue naming the rule set that fits.
 */
import type { RecognitionTier, RuleSet } from "../rules/types";
import { SHEETS, type AssessmentInput } from "./input";
import type { DataIssue } from "./issues";
import { foldLoose } from "./text";

const TIER_WORD: Record<RecognitionTier, string> = { xa: "xã", huyen: "huyện", tinh: "tỉnh" };

function saysCommunity(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && foldLoose(text).includes("cong dong hoc tap");
}

/** "2024-01-26" → "26/01/2024". */
function vnDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export function ruleSetFit(input: AssessmentInput, ruleSet: RuleSet): DataIssue[] {
  const issues: DataIssue[] = [];
  const unit = input.unit;
  const tier = unit.tier ?? ruleSet.tier;
  const hasCommunitySheet = input.sheetsPresent?.community ?? (unit.population !== undefined && unit.population !== null);
  const hasRoster = input.sheetsPresent?.roster ?? input.members.length > 0;
  const kind = ruleSet.kind ?? "donViHocTap";

  if (kind === "congDongHocTap" && !hasCommunitySheet) {
    issues.push({
      severity: "error",
      code: "communityWithoutCommunityInput",
      sheet: SHEETS.community,
      message:
        `“Cộng đồng học tập” cấp ${TIER_WORD[ruleSet.tier]} (${ruleSet.regulation.name}) được đánh giá trên số liệu công dân của địa phương ở sheet “${SHEETS.community}”, nhưng tệp không có sheet này` +
        (hasRoster ? ` mà có danh sách thành viên theo bảng “Đơn vị học tập” (Thông tư 24/2023/TT-BGDĐT).` : "."),
      fix:
        `Thêm sheet “${SHEETS.community}” (số công dân, số công dân đạt Công dân học tập, được đào tạo, có trình độ đại học, phổ cập giáo dục, xóa mù chữ) và đánh giá theo bộ tiêu chí ${ruleSet.id}; ` +
        `nếu đơn vị tự đánh giá “Đơn vị học tập” thì chọn bộ tiêu chí tt24-2023/${tier === "tinh" ? "tinh" : tier === "huyen" ? "huyen" : "xa"}.`,
    });
  }
  if (kind === "donViHocTap" && (hasCommunitySheet || saysCommunity(unit.recognitionTitle))) {
    const fits = `tt25-2023/${tier}`;
    issues.push({
      severity: "warning",
      code: "communityUnderUnitRules",
      sheet: hasCommunitySheet ? SHEETS.community : SHEETS.unit,
      row: hasCommunitySheet ? undefined : unit.rows.recognitionTitle,
      message: `Tệp ${hasCommunitySheet ? `có sheet “${SHEETS.community}”` : "ghi danh hiệu “Cộng đồng học tập”"} nhưng đang được đánh giá theo ${ruleSet.title}; “Cộng đồng học tập” được đánh giá theo Thông tư 25/2023/TT-BGDĐT (bộ tiêu chí ${fits}).`,
      fix: `Ghi “TT25/2023” ở dòng “Quy định” của sheet “${SHEETS.unit}” hoặc chạy với --rule-set ${fits}.`,
    });
  }
  const repealed = ruleSet.regulation.repealed;
  if (repealed !== undefined && unit.year !== null && unit.year > Number(repealed.slice(0, 4)) - 1) {
    const fits = `tt24-2023/${unit.year >= 2025 && tier !== "tinh" ? "xa" : tier}`;
    issues.push({
      severity: "warning",
      code: "repealedRegulation",
      sheet: SHEETS.unit,
      row: unit.rows.year,
      column: "Giá trị",
      message: `${ruleSet.regulation.name} đã hết hiệu lực từ ngày ${vnDate(repealed)}; năm đánh giá ${unit.year} được đánh giá theo Thông tư 24/2023/TT-BGDĐT (bộ tiêu chí ${fits}).`,
      fix: `Ghi “TT24/2023” ở dòng “Quy định” của sheet “${SHEETS.unit}” hoặc chạy với --rule-set ${fits}.`,
    });
  }
  return issues;
}
