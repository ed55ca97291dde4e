/**
 * One chỉ tiêu at a time, without a workbook: the level a single figure reaches, a level's threshold, the
 * regulation's wording and article, and the aggregation of levels into a tiêu chí or the unit's result.
 * Pure; the DVHT.* custom functions are thin wrappers over these, so a formula in a cell and the engine
 * decide with the same rule data and the same exact comparisons.
 *
 * Errors are ArgumentError with a Vietnamese message naming the argument, which a caller shows as is.
 */
import { coversTier, DEFAULT_RULE_SET_ID, RULE_SETS, findRuleSet } from "../rules";
import type { Applicability, IndicatorPart, IndicatorRule, LevelNo, LevelRequirement, RuleSet, ScaleId, UnitType } from "../rules/types";
import { readClaim } from "./claims";
import { fullCite } from "./explain";
import { levelLabel, NOT_APPLICABLE_LABEL, NOT_MET_LABEL } from "./format";
import type { Outcome } from "./result";
import { scaleRank } from "./scale";
import { fold, foldLoose } from "./text";
import { meetsThreshold, parseThreshold, thresholdValue, type Fraction } from "./threshold";

/** The rule set used when a formula names none: the one rule data names (src/rules/index.ts). */
export { DEFAULT_RULE_SET_ID };

/** A bad argument: `argument` is its name as the function's help shows it. */
export class ArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = "ArgumentError";
  }
}

/** A value as a spreadsheet passes it. */
export type SingleValue = string | number | boolean | null | undefined;

function isBlank(value: SingleValue): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The rule set named by id ("tt24-2023/huyen") or by regulation and tier ("TT24/2023 huyện"); blank → the default. */
export function resolveRuleSet(id: SingleValue, argument = "ruleSet"): RuleSet {
  if (isBlank(id)) return findRuleSet(DEFAULT_RULE_SET_ID)!;
  const text = String(id);
  const direct = findRuleSet(text);
  if (direct) return direct;
  const f = foldLoose(text);
  const tier = /\bxa\b/.test(f) ? "xa" : /\bhuyen\b/.test(f) ? "huyen" : /\btinh\b/.test(f) ? "tinh" : null;
  const reg = /(\d{1,2})\s*\/\s*(\d{4})/.exec(f);
  if (reg) {
    const key = `${Number(reg[1])}/${reg[2]}`;
    const candidates = RULE_SETS.filter((r) => r.regulation.name.includes(key) && (tier === null || coversTier(r, tier)));
    const chosen = candidates.find((r) => r.id === DEFAULT_RULE_SET_ID) ?? candidates[0];
    if (chosen) return chosen;
  }
  throw new ArgumentError(
    argument,
    `Không có bộ tiêu chí “${text}” (đối số ${argument}). Các bộ tiêu chí hiện có: ${RULE_SETS.map((r) => r.id).join(", ")}.`,
  );
}

export interface FoundPart {
  indicator: IndicatorRule;
  part: IndicatorPart;
}

/** "2.5" → the indicator and its first part; a part id ("3.1b") → that part. */
export function findIndicatorPart(ruleSet: RuleSet, id: SingleValue, argument = "indicator"): FoundPart {
  const text = isBlank(id) ? "" : typeof id === "number" ? formatIdNumber(id) : String(id).trim();
  const key = fold(text).replace(/^chỉ tiêu\s*/, "");
  for (const indicator of ruleSet.indicators) {
    if (indicator.id === key) return { indicator, part: indicator.parts[0]! };
    const part = indicator.parts.find((p) => p.id === key);
    if (part) return { indicator, part };
  }
  throw new ArgumentError(
    argument,
    text === ""
      ? `Chưa ghi chỉ tiêu (đối số ${argument}), ví dụ "2.5".`
      : `Không có chỉ tiêu ${text} trong ${shortRegulation(ruleSet)} (đối số ${argument}). Các chỉ tiêu: ${ruleSet.indicators.map((i) => i.id).join(", ")}.`,
  );
}

/** Excel turns a typed 2.5 into the number 2.5; ids have one decimal. */
function formatIdNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

/** "Thông tư 24/2023" from "Thông tư 24/2023/TT-BGDĐT". */
function shortRegulation(ruleSet: RuleSet): string {
  return ruleSet.regulation.name.replace(/\/TT-.*$/, "");
}

/** Whether a unit of this type is publicly owned, when the type alone says so. */
function publicSectorOf(type: UnitType): boolean | null {
  if (type === "coQuanHanhChinh" || type === "donViSuNghiepCongLap" || type === "mamNonCongLap") return true;
  if (type === "toChucKinhTe") return false;
  return null;
}

/**
 * Whether a requirement may apply to a unit known only by its type. Conditions the type cannot decide
 * (cấp học, công lập for a school) are taken as met: the formula answers for the unit that does qualify.
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

function requiredAt(part: IndicatorPart, level: LevelNo, type: UnitType | null): LevelRequirement | undefined {
  const requirement = part.levels[level];
  return requirement && appliesToType(requirement.appliesTo ?? part.appliesTo, type) ? requirement : undefined;
}

const PERCENT_TEXT = /^(-?\d+(?:[.,]\d+)?)\s*%$/;
const FRACTION_TEXT = /^(\d+)\s*\/\s*(\d+)$/;
const NUMBER_TEXT = /^-?\d+(?:[.,]\d+)?$/;

/** A share as an exact fraction where it can be: "42/43", "97,7%", 0.977, "0,977". */
export function parseShare(value: SingleValue, argument = "value"): Fraction {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      throw new ArgumentError(argument, `Tỷ lệ ${value} (đối số ${argument}) phải từ 0 đến 1, ví dụ 0,977 hoặc 97,7% hoặc "42/43".`);
    }
    return { num: value, den: 1 };
  }
  const text = isBlank(value) ? "" : String(value).trim();
  const fraction = FRACTION_TEXT.exec(text);
  if (fraction) {
    const num = Number(fraction[1]);
    const den = Number(fraction[2]);
    if (den > 0 && num <= den) return { num, den };
  }
  const percent = PERCENT_TEXT.exec(text);
  if (percent) return parseShare(Number(percent[1]!.replace(",", ".")) / 100, argument);
  if (NUMBER_TEXT.test(text)) return parseShare(Number(text.replace(",", ".")), argument);
  throw new ArgumentError(argument, `Không đọc được tỷ lệ “${text}” (đối số ${argument}): ghi 0,977, 97,7% hoặc "42/43".`);
}

/**
 * share ≥ threshold. Exact for fractions; a decimal typed or computed in a cell (0.95 from 19/20) is
 * compared with a tolerance far below any real roster's step (1e-9), so 19/20 computed in floating point
 * still reaches 95%.
 */
function shareMeets(share: Fraction, threshold: Fraction): boolean {
  if (Number.isInteger(share.num) && Number.isInteger(share.den)) return meetsThreshold(share.num, share.den, threshold);
  return share.num / share.den >= thresholdValue(threshold) - 1e-9;
}

function parseFlag(value: SingleValue, argument: string): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
  const claim = isBlank(value) ? undefined : readClaim(String(value));
  if (claim === "met") return true;
  if (claim === "notMet") return false;
  throw new ArgumentError(argument, `Không hiểu “${value ?? ""}” (đối số ${argument}): ghi Đạt/Có hoặc Không đạt/Không.`);
}

/**
 * The level a single figure reaches for one chỉ tiêu (or part): a share for the tỷ lệ chỉ tiêu, a value
 * on the scale for 3.3/3.4 ("Tập thể lao động xuất sắc", "Đáp ứng tốt"), Đạt/Không đạt for the others.
 * null = Không áp dụng for this unit type. The committee's minh chứng is not seen here: "Đạt" is taken
 * as backed by evidence.
 */
export function levelForValue(
  ruleSet: RuleSet,
  indicatorId: SingleValue,
  value: SingleValue,
  unitType: UnitType | null = null,
): Outcome {
  const { part } = findIndicatorPart(ruleSet, indicatorId);
  const required = ruleSet.levels.map((l) => ({ level: l.level, requirement: requiredAt(part, l.level, unitType) }));
  if (required.every((r) => r.requirement === undefined)) return null;
  if (isBlank(value)) throw new ArgumentError("value", `Chưa có giá trị (đối số value) để xếp mức chỉ tiêu ${part.id}.`);

  const meets = valueTest(part, value, required.map((r) => r.requirement));
  let outcome: Outcome = 0;
  for (const { level, requirement } of required) {
    // A level that does not ask this part of the unit is reached with the one below (as in evaluate).
    if (requirement !== undefined && !meets(requirement)) break;
    outcome = level;
  }
  return outcome;
}

/**
 * How a value meets a requirement, by what the part measures: a scale (3.3, 3.4) compares ranks, a part
 * with thresholds compares a share, points cannot be levelled from one value, anything else is yes/no.
 * Written over the measure's shape rather than a closed list of kinds, so new share kinds work unchanged.
 */
function valueTest(part: IndicatorPart, value: SingleValue, requirements: (LevelRequirement | undefined)[]): (r: LevelRequirement) => boolean {
  const measure = part.measure as { kind: string; scale?: ScaleId; describe: string };
  if (measure.scale !== undefined && requirements.some((r) => r?.minimum !== undefined)) {
    const scale = measure.scale;
    const rank = scaleRank(scale, String(value));
    if (rank === undefined) {
      throw new ArgumentError("value", `“${value}” (đối số value) không phải một mức của chỉ tiêu ${part.id} (${measure.describe}).`);
    }
    return (r) => {
      const min = r.minimum === undefined ? undefined : scaleRank(scale, r.minimum);
      return min !== undefined && rank >= min;
    };
  }
  if (requirements.some((r) => r?.threshold !== undefined)) {
    const share = parseShare(value);
    return (r) => r.threshold !== undefined && shareMeets(share, parseThreshold(r.threshold));
  }
  if (measure.kind === "points") {
    throw new ArgumentError("indicator", `Chỉ tiêu ${part.id} được chấm điểm, không xếp mức từ một số liệu.`);
  }
  const met = parseFlag(value, "value");
  return () => met;
}

/** 1, 2, "1", "mức độ 2", "Đạt mức độ 1" → the level number. */
export function parseLevelNo(ruleSet: RuleSet, value: SingleValue, argument = "level"): LevelNo {
  const text = isBlank(value) ? "" : String(value);
  const digits = /([12])\s*$/.exec(foldLoose(text).trim());
  const level = ruleSet.levels.find((l) => digits && l.level === Number(digits[1]));
  if (level) return level.level;
  throw new ArgumentError(argument, `Không có mức “${text}” (đối số ${argument}): ghi 1 hoặc 2.`);
}

/**
 * The threshold of a level: a number in [0, 1] for a share, the minimum's name for a scale (3.3, 3.4),
 * "Đạt" for a yes/no chỉ tiêu. ArgumentError when the level does not ask this part of this unit type.
 */
export function thresholdFor(ruleSet: RuleSet, indicatorId: SingleValue, levelArg: SingleValue, unitType: UnitType | null = null): number | string {
  const { part } = findIndicatorPart(ruleSet, indicatorId);
  const level = parseLevelNo(ruleSet, levelArg);
  const requirement = requiredAt(part, level, unitType);
  if (!requirement) {
    throw new ArgumentError("level", `Chỉ tiêu ${part.id} không yêu cầu ở ${levelLabel(level, ruleSet).toLowerCase()} đối với loại đơn vị này.`);
  }
  if (requirement.threshold !== undefined) return thresholdValue(parseThreshold(requirement.threshold));
  if (requirement.minimum !== undefined) return requirement.minimum;
  return "Đạt";
}

/** A level written as its label ("Đạt mức độ 2", "Không đạt", "Không áp dụng") or 0/1/2; blank → undefined. */
export function parseOutcome(ruleSet: RuleSet, value: SingleValue, argument = "levels"): Outcome | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number" && (value === 0 || value === 1 || value === 2)) return value as Outcome;
  const f = foldLoose(String(value));
  if (f === foldLoose(NOT_APPLICABLE_LABEL)) return null;
  if (f === foldLoose(NOT_MET_LABEL) || f === "chua dat") return 0;
  for (const l of ruleSet.levels) {
    if (f === foldLoose(l.label) || f === foldLoose(l.name) || f === `dat muc ${l.level}`) return l.level;
  }
  throw new ArgumentError(argument, `Không hiểu mức “${value}” (đối số ${argument}): ghi ${ruleSet.levels.map((l) => l.label).join(", ")}, ${NOT_MET_LABEL} hoặc ${NOT_APPLICABLE_LABEL}.`);
}

/** A tiêu chí (or the unit) reaches the lowest level of its applicable members; none applicable → null. */
export function aggregateOutcomes(outcomes: Outcome[]): Outcome {
  let result: Outcome = null;
  for (const o of outcomes) {
    if (o === null) continue;
    if (result === null || o < result) result = o;
  }
  return result;
}

/** The regulation's wording of a chỉ tiêu at a level (default mức độ 1), every part's text joined. */
export function indicatorText(ruleSet: RuleSet, indicatorId: SingleValue, levelArg: SingleValue = null): string {
  const { indicator, part } = findIndicatorPart(ruleSet, indicatorId);
  const level = isBlank(levelArg) ? ruleSet.levels[0]!.level : parseLevelNo(ruleSet, levelArg);
  const parts = part.id === indicator.id ? indicator.parts : [part];
  const texts = parts
    .map((p) => p.levels[level]?.text ?? Object.values(p.levels).find((r) => r !== undefined)?.text)
    .filter((t): t is string => typeof t === "string" && t !== "");
  return [...new Set(texts)].join(" ") || indicator.title;
}

/** Each level's article: "Điều 6 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT (mức độ 1); Điều 7 … (mức độ 2)". */
export function indicatorCitation(ruleSet: RuleSet, indicatorId: SingleValue): string {
  const { part } = findIndicatorPart(ruleSet, indicatorId);
  const cites = ruleSet.levels
    .map((l) => ({ l, r: part.levels[l.level] }))
    .filter((x): x is { l: (typeof ruleSet.levels)[number]; r: LevelRequirement } => x.r !== undefined)
    .map(({ l, r }) => `${fullCite(r, ruleSet)} (${l.name})`);
  return cites.join("; ");
}
