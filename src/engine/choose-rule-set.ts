/**
 * Which rule set evaluates a unit: the `Quy định` cell if given, then the level of recognition
 * (Cấp công nhận) and the evaluated year. Each choice dvht makes on the unit's behalf is said in an issue.
 */
import { coversTier, findRuleSet, inForceFor, kindOf, periodEnd, RULE_SETS } from "../rules";
import type { RecognitionKind, RecognitionTier, RuleSet } from "../rules/types";
import { formatDate } from "./format";
import type { UnitInfo } from "./input";
import { placeOf, type InputNames } from "./input";
import type { DataIssue } from "./issues";
import { fold, foldLoose } from "./text";

export interface RuleSetChoice {
  ruleSet: RuleSet | null;
  issues: DataIssue[];
}

/** Spellings of a regulation in the `Quy định` cell, folded: "TT24/2023", "Thông tư 24/2023/TT-BGDĐT", "24/2023". */
function regulationKey(text: string): string | undefined {
  const match = /(\d{1,2})\s*\/\s*(\d{4})/.exec(fold(text));
  return match ? `${Number(match[1])}/${match[2]}` : undefined;
}

function supportedList(): string {
  return [...new Set(RULE_SETS.map((r) => r.regulation.name))].join(", ");
}

/** What else the workbook says about the kind of recognition (a `Cộng đồng` sheet means “Cộng đồng học tập”). */
export interface ChoiceContext {
  community?: boolean;
  /** Rows in `Đơn vị thành viên` and no roster: a district's or province's workbook (its communes, districts). */
  memberUnitsOnly?: boolean;
  /** The workbook's names, to place issues at the `Đơn vị` cell; without them an issue carries only its field id. */
  names?: InputNames;
}

/** Whether a chỉ tiêu of the rule set counts the rows of `Đơn vị thành viên` (TT25 cấp huyện, tỉnh 4.1). */
export function readsMemberUnits(ruleSet: RuleSet): boolean {
  return ruleSet.indicators.some((i) => i.parts.some((p) => p.measure.kind === "memberUnitsShare"));
}

/**
 * The kind of recognition the workbook asks for when `Quy định` is blank: “Cộng đồng học tập” for a
 * `Cộng đồng` sheet or that Danh hiệu đề nghị; for member units without a roster, the kind of the rule sets
 * that read member units (from the rule data); else “Đơn vị học tập”.
 */
function kindWanted(unit: UnitInfo, context: ChoiceContext): RecognitionKind {
  if (context.community === true || (unit.recognitionTitle != null && foldLoose(unit.recognitionTitle).includes("cong dong hoc tap"))) return "congDongHocTap";
  if (context.memberUnitsOnly) {
    const kinds = new Set(RULE_SETS.filter(readsMemberUnits).map(kindOf));
    if (kinds.size === 1) return [...kinds][0]!;
  }
  return "donViHocTap";
}

/** Tiers from the lowest: a unit that does not say its tier is taken at the lowest one in force. */
const TIER_ORDER: RecognitionTier[] = ["xa", "huyen", "tinh"];
const TIER_WORD: Record<RecognitionTier, string> = { xa: "xã", huyen: "huyện", tinh: "tỉnh" };

/** The rule sets among `candidates` in force for the year; all of them when the year is unknown or none is. */
function preferInForce(candidates: RuleSet[], year: number | null): RuleSet[] {
  if (year === null) return candidates;
  const inForce = candidates.filter((r) => inForceFor(r, year));
  return inForce.length > 0 ? inForce : candidates;
}

/**
 * The candidate for the tier in force for the year. When every rule set of the tier starts after the year
 * (cấp xã before 01/7/2025), a candidate of another tier in force that year takes it (TT22/2020 for 2023);
 * when the tier's rule sets have ended, the unit's own tier is kept and the fit check says what applies.
 */
function pickForYear(candidates: RuleSet[], tier: RecognitionTier, year: number | null): RuleSet | null {
  const ofTier = candidates.filter((r) => coversTier(r, tier));
  if (year === null) return ofTier[0] ?? null;
  let pool = ofTier.filter((r) => inForceFor(r, year));
  if (pool.length === 0 && ofTier.every((r) => periodEnd(year) < r.validFrom)) pool = candidates.filter((r) => inForceFor(r, year));
  return (pool.length > 0 ? pool : ofTier)[0] ?? null;
}

export function chooseRuleSet(unit: UnitInfo, explicitId?: string, context: ChoiceContext = {}): RuleSetChoice {
  const issues: DataIssue[] = [];
  const cell = context.names ? placeOf(context.names, "unit.value") : { field: "unit.value" };
  const at = (field: keyof UnitInfo["rows"]) => ({ ...cell, row: unit.rows[field] });

  if (explicitId) {
    const ruleSet = findRuleSet(explicitId);
    if (!ruleSet) {
      issues.push({
        severity: "error",
        code: "unknownRuleSet",
        message: `Không có bộ tiêu chí “${explicitId}”. Các bộ tiêu chí hiện có: ${RULE_SETS.map((r) => r.id).join(", ")}.`,
      });
    }
    return { ruleSet: ruleSet ?? null, issues };
  }

  const blank = unit.regulation === null || unit.regulation.trim() === "";
  // With no `Quy định`: the kind of recognition (a `Cộng đồng` sheet → “Cộng đồng học tập”), then the rule
  // data in force for the evaluated year (validFrom/validUntil) decide — TT22/2020 for a year before TT24.
  const kind = kindWanted(unit, context);
  let candidates = RULE_SETS.filter((r) => (blank ? kindOf(r) === kind : regulationKey(unit.regulation!) === regulationKey(r.regulation.name)));
  // Member units and no Cấp công nhận: only the tiers whose chỉ tiêu count member units (not cấp xã).
  if (context.memberUnitsOnly && unit.tier === null && candidates.some(readsMemberUnits)) candidates = candidates.filter(readsMemberUnits);
  if (candidates.length === 0) {
    issues.push({
      severity: "error",
      code: "unsupportedRegulation",
      ...at("regulation"),
      message: `dvht chưa có bộ tiêu chí theo quy định “${unit.regulation}”.`,
      fix: `Để trống ô này hoặc ghi một quy định dvht hỗ trợ: ${supportedList()}.`,
    });
    return { ruleSet: null, issues };
  }
  if (candidates.length === 1) return { ruleSet: candidates[0]!, issues };

  let tier = unit.tier;
  if (tier === null) {
    const inForce = preferInForce(candidates, unit.year);
    tier = TIER_ORDER.find((t) => inForce.some((r) => coversTier(r, t))) ?? candidates[0]!.tier;
    issues.push({
      severity: "warning",
      code: "tierAssumed",
      ...at("tier"),
      message: `Chưa ghi Cấp công nhận; dvht đánh giá theo cấp ${TIER_WORD[tier]} theo năm đánh giá.`,
      fix: "Ghi xã, huyện hoặc tỉnh ở dòng “Cấp công nhận”.",
    });
  }
  const ruleSet = pickForYear(candidates, tier, unit.year);
  if (!ruleSet) {
    issues.push({
      severity: "error",
      code: "unsupportedTier",
      ...at("tier"),
      message: `dvht chưa có bộ tiêu chí cấp ${TIER_WORD[tier]} theo ${supportedList()}.`,
      fix: `Các bộ tiêu chí hiện có: ${candidates.map((r) => r.title).join("; ")}.`,
    });
    return { ruleSet: null, issues };
  }
  if (blank && unit.year !== null && ruleSet.regulation.repealed !== undefined && inForceFor(ruleSet, unit.year)) {
    issues.push({
      severity: "info",
      code: "ruleSetByYear",
      ...at("year"),
      message: `Chưa ghi Quy định; năm đánh giá ${unit.year} thuộc thời gian áp dụng ${ruleSet.regulation.name} (đến ngày ${formatDate(ruleSet.validUntil ?? ruleSet.regulation.repealed)}), nên dvht đánh giá theo văn bản này.`,
      fix: "Ghi quy định ở dòng “Quy định” nếu muốn chọn khác.",
    });
  }
  if (unit.year !== null && periodEnd(unit.year) < ruleSet.regulation.effective) {
    issues.push({
      severity: "warning",
      code: "yearBeforeRegulation",
      ...at("year"),
      message: `Năm đánh giá ${unit.year} trước ngày ${ruleSet.regulation.name} có hiệu lực (${formatDate(ruleSet.regulation.effective)}).`,
      fix: "Kiểm tra lại Năm đánh giá; các kỳ trước đó đánh giá theo quy định cũ.",
    });
  }
  return { ruleSet, issues };
}

export { formatDate } from "./format";
