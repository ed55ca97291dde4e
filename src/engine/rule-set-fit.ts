/**
 * Does the rule set fit the unit? The seeds show two mismatches (RULES.md §8): a commune assessed as
 * “Cộng đồng học tập” (TT25/2023) but filled in with TT24's “Đơn vị học tập” table, and a rule set used for
 * a year it is no longer in force (TT22/2020 after 26/01/2024). Each is an issue naming the rule set that
 * fits, found in the rule data (kind, tier, validFrom/validUntil, successor) — no id or year is written here.
 */
import { coversTier, findRuleSet, kindOf, periodEnd, RULE_SETS, ruleSetInForce } from "../rules";
import { formatDate } from "./format";
import type { Applicability, RecognitionKind, RecognitionTier, RuleSet } from "../rules/types";
import { isCommunityField, placeOf, type AssessmentInput } from "./input";
import type { DataIssue } from "./issues";
import { foldLoose } from "./text";

const TIER_WORD: Record<RecognitionTier, string> = { xa: "xã", huyen: "huyện", tinh: "tỉnh" };

function saysCommunity(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && foldLoose(text).includes("cong dong hoc tap");
}

function conditionsUseCommunity(applicability: Applicability | undefined): boolean {
  return applicability !== undefined && applicability !== "all" && applicability.some((c) => c.disadvantagedArea !== undefined);
}

/** Whether any chỉ tiêu of the rule set reads a figure of the `Cộng đồng` sheet (TT25 cấp xã; not cấp huyện, tỉnh). */
export function readsCommunitySheet(ruleSet: RuleSet): boolean {
  return ruleSet.indicators.some((indicator) =>
    indicator.parts.some((part) => {
      const m = part.measure;
      if (m.kind === "communityShare") return true;
      if ((m.kind === "unitFlag" || m.kind === "unitOrdinal") && isCommunityField(m.attribute)) return true;
      const requirements = Object.values(part.levels);
      return conditionsUseCommunity(part.appliesTo) || requirements.some((r) => r?.variants?.some((v) => v.when.disadvantagedArea !== undefined));
    }),
  );
}

/** The id of the rule set in force for a kind, tier and year; with no year, the latest one of the kind and tier. */
function fitting(kind: RecognitionKind, tier: RecognitionTier, year: number | null): string | undefined {
  if (year !== null) return ruleSetInForce(kind, tier, year)?.id;
  return latestOf(kind, tier)?.id;
}

function latestOf(kind: RecognitionKind, tier: RecognitionTier): RuleSet | undefined {
  const open = RULE_SETS.filter((r) => kindOf(r) === kind && r.validUntil === undefined && coversTier(r, tier));
  return open[0];
}

export function ruleSetFit(input: AssessmentInput, ruleSet: RuleSet): DataIssue[] {
  const issues: DataIssue[] = [];
  const unit = input.unit;
  const sheets = input.names.sheets;
  const tier = unit.tier ?? ruleSet.tier;
  const hasCommunitySheet = input.sheetsPresent?.community ?? (unit.population !== undefined && unit.population !== null);
  const hasRoster = input.sheetsPresent?.roster ?? input.members.length > 0;
  const kind = kindOf(ruleSet);

  if (kind === "congDongHocTap" && !hasCommunitySheet && readsCommunitySheet(ruleSet)) {
    const unitRules = fitting("donViHocTap", tier, unit.year);
    issues.push({
      severity: "error",
      code: "communityWithoutCommunityInput",
      sheet: sheets.community,
      message:
        `“Cộng đồng học tập” cấp ${TIER_WORD[ruleSet.tier]} (${ruleSet.regulation.name}) được đánh giá trên số liệu công dân của địa phương ở sheet “${sheets.community}”, nhưng tệp không có sheet này` +
        (hasRoster ? ` mà có danh sách thành viên theo bảng “Đơn vị học tập” (${unitRules ? regulationOf(unitRules) : "Thông tư về Đơn vị học tập"}).` : "."),
      fix:
        `Thêm sheet “${sheets.community}” (số công dân, số công dân đạt Công dân học tập, được đào tạo, có trình độ đại học, phổ cập giáo dục, xóa mù chữ) và đánh giá theo bộ tiêu chí ${ruleSet.id}` +
        (unitRules ? `; nếu đơn vị tự đánh giá “Đơn vị học tập” thì chọn bộ tiêu chí ${unitRules}.` : "."),
    });
  }
  // A district's (province's) workbook: member units and no roster — “Cộng đồng học tập” without `Cộng đồng`.
  const memberUnitsOnly = !hasRoster && (input.memberUnits?.length ?? 0) > 0;
  if (kind === "donViHocTap" && (hasCommunitySheet || memberUnitsOnly || saysCommunity(unit.recognitionTitle))) {
    const fits = fitting("congDongHocTap", tier, unit.year);
    const where = fits ? `${regulationOf(fits)} (bộ tiêu chí ${fits})` : "quy định về “Cộng đồng học tập”";
    issues.push({
      severity: "warning",
      code: "communityUnderUnitRules",
      sheet: hasCommunitySheet ? sheets.community : memberUnitsOnly ? sheets.memberUnits : sheets.unit,
      row: hasCommunitySheet || memberUnitsOnly ? undefined : unit.rows.recognitionTitle,
      message: `Tệp ${hasCommunitySheet ? `có sheet “${sheets.community}”` : memberUnitsOnly ? `có sheet “${sheets.memberUnits}” mà không có danh sách thành viên` : "ghi danh hiệu “Cộng đồng học tập”"} nhưng đang được đánh giá theo ${ruleSet.title}; “Cộng đồng học tập” được đánh giá theo ${where}.`,
      fix: fits
        ? `Ghi “${shortOf(fits)}” ở dòng “${input.names.unitRows.regulation}” của sheet “${sheets.unit}” hoặc chạy với --rule-set ${fits}.`
        : `Chọn bộ tiêu chí “Cộng đồng học tập” phù hợp với cấp ${TIER_WORD[tier]}.`,
    });
  }
  // Used for a year after it stopped applying (TT22/2020 after 26/01/2024): name the rule set in force.
  if (unit.year !== null && ruleSet.validUntil !== undefined && ruleSet.regulation.repealed !== undefined && periodEnd(unit.year) > ruleSet.validUntil) {
    const fits = fitting(kind, tier, unit.year);
    issues.push({
      severity: "warning",
      code: "repealedRegulation",
      ...placeOf(input.names, "unit.value"),
      row: unit.rows.year,
      message: fits
        ? `${ruleSet.regulation.name} đã hết hiệu lực từ ngày ${formatDate(ruleSet.regulation.repealed)}; năm đánh giá ${unit.year} được đánh giá theo ${regulationOf(fits)} (bộ tiêu chí ${fits}).`
        : `${ruleSet.regulation.name} đã hết hiệu lực từ ngày ${formatDate(ruleSet.regulation.repealed)}; dvht chưa có bộ tiêu chí cho năm đánh giá ${unit.year} ở cấp ${TIER_WORD[tier]}.`,
      fix: fits ? `Ghi “${shortOf(fits)}” ở dòng “${input.names.unitRows.regulation}” của sheet “${sheets.unit}” hoặc chạy với --rule-set ${fits}.` : "Kiểm tra lại Năm đánh giá và Cấp công nhận.",
    });
  }
  return issues;
}

function regulationOf(id: string): string {
  return findRuleSet(id)?.regulation.name ?? id;
}
function shortOf(id: string): string {
  return findRuleSet(id)?.regulation.short ?? id;
}
