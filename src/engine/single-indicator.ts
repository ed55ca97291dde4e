/**
 * One chỉ tiêu at a time, without a workbook, over typed figures: the level a figure reaches, a level's
 * requirement, the regulation's wording and article. The DVHT.* functions read a cell's value into
 * Figures (src/functions/arguments.ts) and call these, so a formula and the engine decide with the same
 * rule data, the same `meets` (meets.ts) and the same level scale (level-scale.ts).
 */
import type { Applicability, IndicatorPart, IndicatorRule, LevelNo, LevelRequirement, RuleSet, UnitType } from "../rules/types";
import { fullCite } from "./explain";
import { reachedLevel } from "./level-scale";
import { meets, type Figures } from "./meets";
import type { Outcome } from "./result";
import { parseThreshold, thresholdValue } from "./threshold";

export interface FoundPart {
  indicator: IndicatorRule;
  part: IndicatorPart;
}

/** "2.5" → the indicator and its first part; a part id ("3.1b") → that part; undefined when there is none. */
export function findPart(ruleSet: RuleSet, id: string): FoundPart | undefined {
  for (const indicator of ruleSet.indicators) {
    if (indicator.id === id) return { indicator, part: indicator.parts[0]! };
    const part = indicator.parts.find((p) => p.id === id);
    if (part) return { indicator, part };
  }
  return undefined;
}

/** Whether a unit of this type is publicly owned, when the type alone says so. */
function publicSectorOf(type: UnitType): boolean | null {
  if (type === "coQuanHanhChinh" || type === "donViSuNghiepCongLap" || type === "mamNonCongLap") return true;
  if (type === "toChucKinhTe") return false;
  return null;
}

/**
 * Whether a requirement may apply to a unit known only by its type. Conditions the type cannot decide
 * (cấp học, công lập for a school, vùng khó khăn) are taken as met: the answer is for the unit that qualifies.
 */
export function appliesToType(applicability: Applicability, type: UnitType | null): boolean {
  if (applicability === "all" || type === null) return true;
  const publicSector = publicSectorOf(type);
  return applicability.some(
    (c) =>
      (!c.unitTypes || c.unitTypes.includes(type)) &&
      (c.publicSector === undefined || publicSector === null || c.publicSector === publicSector),
  );
}

/** The requirement a level makes of the part for this unit type; undefined when the level does not ask it. */
export function requirementAt(part: IndicatorPart, level: LevelNo, type: UnitType | null): LevelRequirement | undefined {
  const requirement = part.levels[level];
  return requirement && appliesToType(requirement.appliesTo ?? part.appliesTo, type) ? requirement : undefined;
}

/** Whether any level asks the part of this unit type (otherwise it is Không áp dụng). */
export function isAsked(ruleSet: RuleSet, part: IndicatorPart, type: UnitType | null): boolean {
  return ruleSet.levels.some((l) => requirementAt(part, l.level, type) !== undefined);
}

/** What a part is decided on, so a single value can be read as the right figures. */
export type FiguresKind = "share" | "ordinal" | "flag" | "memberUnits" | "points";

export function figuresKind(part: IndicatorPart): FiguresKind {
  switch (part.measure.kind) {
    case "memberShare":
    case "learnerShare":
    case "communityShare":
      return "share";
    case "unitOrdinal":
      return "ordinal";
    case "unitFlag":
    case "committee":
      return "flag";
    case "memberUnitsShare":
      return "memberUnits";
    case "points":
      return "points";
  }
}

/** The level the figures reach for one part, for a unit of this type; null = Không áp dụng. */
export function levelForFigures(ruleSet: RuleSet, part: IndicatorPart, figures: Figures, type: UnitType | null): Outcome {
  return reachedLevel(
    ruleSet.levels,
    (level) => requirementAt(part, level, type) !== undefined,
    (level) => meets(requirementAt(part, level, type)!, figures),
  );
}

/** A requirement's threshold as a spreadsheet shows it: a number in [0, 1], the scale's minimum, or "Đạt". */
export function thresholdOf(requirement: LevelRequirement): number | string {
  if (requirement.threshold !== undefined) return thresholdValue(parseThreshold(requirement.threshold));
  if (requirement.minimum !== undefined) return requirement.minimum;
  return "Đạt";
}

/** The regulation's wording of a chỉ tiêu (every part's, joined) or of one part, at a level (a points item's own wording). */
export function indicatorText(found: FoundPart, level: LevelNo | null): string {
  const { indicator, part } = found;
  const parts = part.id === indicator.id ? indicator.parts : [part];
  const texts = parts
    .map((p) => (level === null ? undefined : p.levels[level]?.text) ?? Object.values(p.levels).find((r) => r !== undefined)?.text ?? p.item?.text)
    .filter((t): t is string => typeof t === "string" && t !== "");
  return [...new Set(texts)].join(" ") || indicator.title;
}

/** Each level's article: "Điều 6 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT (mức độ 1); Điều 7 … (mức độ 2)". */
export function indicatorCitation(ruleSet: RuleSet, part: IndicatorPart): string {
  return ruleSet.levels
    .flatMap((l) => {
      const requirement = part.levels[l.level];
      return requirement ? [`${fullCite(requirement, ruleSet)} (${l.name})`] : [];
    })
    .join("; ");
}
