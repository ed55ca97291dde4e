/**
 * One Vietnamese line per indicator part: the figures, then the threshold that decided the level and
 * its article. "42/43 thành viên (97,7%) đạt danh hiệu Lao động tiên tiến trở lên; đạt ngưỡng mức độ 2
 * là 95% (Điều 7 khoản 2 điểm đ, TT24/2023)".
 */
import type { IndicatorPart, LevelDefinition, LevelNo, LevelRequirement, RuleSet } from "../rules/types";
import { describeApplicability } from "./applicability";
import { formatInteger, formatPercent } from "./format";
import type { PartFigures } from "./measures";
import { parseThreshold, thresholdValue } from "./threshold";

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export function shortCite(requirement: LevelRequirement, ruleSet: RuleSet): string {
  return `${requirement.cite}, ${ruleSet.regulation.short}`;
}

export function fullCite(requirement: LevelRequirement, ruleSet: RuleSet): string {
  return `${requirement.cite} ${ruleSet.regulation.name}`;
}

export function figuresPhrase(part: IndicatorPart, figures: PartFigures): string {
  const { numerator, denominator } = figures;
  switch (part.measure.kind) {
    case "memberShare":
    case "learnerShare": {
      const who = part.measure.kind === "memberShare" ? "thành viên" : "người học";
      if (numerator === null || denominator === null || denominator === 0) {
        return capitalise(figures.blocker ?? `không có ${who} nào được tính`);
      }
      return `${numerator}/${denominator} ${who} (${formatPercent(numerator / denominator)}) ${part.measure.describe}`;
    }
    case "unitOrdinal":
    case "unitFlag":
      return figures.value === null ? capitalise(figures.blocker ?? "") : `${capitalise(part.measure.describe)}: ${figures.value}`;
    case "committee":
      if (figures.blocker !== null) return capitalise(figures.blocker);
      return `Tổ đánh giá ghi “${figures.value ?? ""}”`;
    case "communityShare":
    case "memberUnitsShare": {
      const who = part.measure.kind === "communityShare" ? "công dân" : "đơn vị thành viên";
      if (numerator === null || denominator === null || denominator === 0) return capitalise(figures.blocker ?? `không có ${who} nào`);
      return `${formatInteger(numerator)}/${formatInteger(denominator)} ${who} (${formatPercent(numerator / denominator)}) ${part.measure.describe}`;
    }
    case "points":
      return capitalise(part.measure.describe);
  }
}

/** What a level asks, in a few words: "ngưỡng mức độ 2 là 95%", "yêu cầu mức độ 1 (từ “Mức đáp ứng cơ bản” trở lên)". */
function requirementPhrase(level: LevelDefinition, requirement: LevelRequirement): string {
  if (requirement.threshold !== undefined) {
    const at = requirement.minimum !== undefined ? ` (tính các đơn vị từ “${requirement.minimum}”)` : "";
    return `ngưỡng ${level.name} là ${formatPercent(thresholdValue(parseThreshold(requirement.threshold)))}${at}`;
  }
  if (requirement.minimum !== undefined) return `yêu cầu ${level.name} (từ “${requirement.minimum}” trở lên)`;
  return `yêu cầu ${level.name}`;
}

export interface PartVerdict {
  requiredAt: Partial<Record<LevelNo, boolean>>;
  metAt: Partial<Record<LevelNo, boolean>>;
}

/** The requirement that decided a part: the first level it fails, else the highest it is required at. */
export function decidingLevel(part: IndicatorPart, verdict: PartVerdict, ruleSet: RuleSet): LevelDefinition | undefined {
  const required = ruleSet.levels.filter((l) => verdict.requiredAt[l.level]);
  return required.find((l) => !verdict.metAt[l.level]) ?? required[required.length - 1];
}

export function explainPart(part: IndicatorPart, figures: PartFigures, verdict: PartVerdict, ruleSet: RuleSet): string {
  const required = ruleSet.levels.filter((l) => verdict.requiredAt[l.level]);
  const failed = required.find((l) => !verdict.metAt[l.level]);
  const clauses: string[] = [figuresPhrase(part, figures)];
  if (failed) {
    const passed = required.filter((l) => l.level < failed.level);
    const last = passed[passed.length - 1];
    const prefix = last ? `đạt ${requirementPhrase(last, part.levels[last.level]!)}, ` : "";
    const req = part.levels[failed.level]!;
    clauses.push(`${prefix}chưa đạt ${requirementPhrase(failed, req)} (${shortCite(req, ruleSet)})`);
  } else {
    const top = required[required.length - 1]!;
    const req = part.levels[top.level]!;
    clauses.push(`đạt ${requirementPhrase(top, req)} (${shortCite(req, ruleSet)})`);
  }
  // A level that does not ask this part of this unit (3.3 at mức độ 2 for a unit outside the public sector).
  for (const level of ruleSet.levels) {
    const req = part.levels[level.level];
    if (req && !verdict.requiredAt[level.level] && required.length > 0) {
      clauses.push(
        `ở ${level.name} chỉ tiêu này chỉ áp dụng cho ${describeApplicability(req.appliesTo ?? part.appliesTo)} (${shortCite(req, ruleSet)})`,
      );
    }
  }
  return clauses.join("; ");
}

export function explainNotApplicable(part: IndicatorPart, ruleSet: RuleSet): string {
  const first = ruleSet.levels.map((l) => part.levels[l.level]).find((r) => r !== undefined);
  const cite = first ? ` (${shortCite(first, ruleSet)})` : "";
  return `Không áp dụng: chỉ tiêu chỉ áp dụng cho ${describeApplicability(part.appliesTo)}${cite}`;
}
