/**
 * Which rule set evaluates a unit: the `Quy định` cell if given, then the level of recognition
 * (Cấp công nhận) and the evaluated year. Each choice dvht makes on the unit's behalf is said in an issue.
 */
import { coversTier, findRuleSet, RULE_SETS } from "../rules";
import type { RuleSet } from "../rules/types";
import type { UnitInfo } from "./input";
import { SHEETS } from "./input";
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
}

function wantsCommunity(unit: UnitInfo, context: ChoiceContext): boolean {
  return context.community === true || (unit.recognitionTitle != null && foldLoose(unit.recognitionTitle).includes("cong dong hoc tap"));
}

export function chooseRuleSet(unit: UnitInfo, explicitId?: string, context: ChoiceContext = {}): RuleSetChoice {
  const issues: DataIssue[] = [];
  const at = (field: keyof UnitInfo["rows"]) => ({ sheet: SHEETS.unit, row: unit.rows[field], column: "Giá trị" });

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
  // With no `Quy định`: “Cộng đồng học tập” → TT25; a year before TT24 took effect → TT22/2020; else TT24.
  const community = wantsCommunity(unit, context);
  const byYear = !community && unit.year !== null && unit.year < 2024;
  const candidates = RULE_SETS.filter((r) => {
    if (!blank) return regulationKey(unit.regulation!) === regulationKey(r.regulation.name);
    if (community) return r.kind === "congDongHocTap";
    if (byYear) return r.scoring !== undefined;
    return r.regulation.short === "TT24/2023";
  });
  if (blank && byYear && candidates.length > 0) {
    issues.push({
      severity: "info",
      code: "ruleSetByYear",
      ...at("year"),
      message: `Chưa ghi Quy định; năm đánh giá ${unit.year} trước ngày Thông tư 24/2023/TT-BGDĐT có hiệu lực (26/01/2024), nên dvht đánh giá theo ${candidates[0]!.regulation.name}.`,
      fix: "Ghi quy định ở dòng “Quy định” nếu muốn chọn khác.",
    });
  }
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
    // Districts were abolished on 01/7/2025: a unit evaluated for 2025 or later is recognised by the commune.
    const xa = candidates.find((r) => r.tier === "xa");
    const byYear = unit.year !== null && xa && unit.year >= Number(xa.validFrom.slice(0, 4)) ? "xa" : "huyen";
    tier = byYear;
    issues.push({
      severity: "warning",
      code: "tierAssumed",
      ...at("tier"),
      message: `Chưa ghi Cấp công nhận; dvht đánh giá theo cấp ${tier === "xa" ? "xã" : "huyện"} theo năm đánh giá.`,
      fix: "Ghi xã, huyện hoặc tỉnh ở dòng “Cấp công nhận”.",
    });
  }
  const ruleSet = candidates.find((r) => coversTier(r, tier!)) ?? null;
  if (!ruleSet) {
    issues.push({
      severity: "error",
      code: "unsupportedTier",
      ...at("tier"),
      message: `dvht chưa có bộ tiêu chí cấp ${tier === "tinh" ? "tỉnh" : tier} theo ${supportedList()}.`,
      fix: `Các bộ tiêu chí hiện có: ${candidates.map((r) => r.title).join("; ")}.`,
    });
    return { ruleSet: null, issues };
  }
  if (unit.year !== null && unit.year < Number(ruleSet.regulation.effective.slice(0, 4))) {
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

/** "2024-01-26" → "26/01/2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
