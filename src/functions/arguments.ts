/**
 * Spreadsheet arguments read into the engine's typed values: a share written “97,7%”, “42/43” or 0,977, a
 * level written “Đạt mức độ 2” or 2, a rule set named loosely (“TT24/2023 huyện”), a member units' range.
 * A value dvht does not recognise is refused — never guessed — with ArgumentError: a Vietnamese message
 * naming the argument (“đối số value”), which functions.ts shows as #VALUE!.
 */
import { readClaim } from "../engine/claims";
import { NOT_APPLICABLE_LABEL, NOT_MET_LABEL } from "../engine/format";
import type { Figures } from "../engine/meets";
import type { Outcome } from "../engine/result";
import { BELOW_SCALE, canonicalStep, scaleRank } from "../engine/scale";
import { figuresKind, findPart, type FoundPart } from "../engine/single-indicator";
import { fold, foldLoose } from "../engine/text";
import { coversTier, DEFAULT_RULE_SET_ID, RULE_SETS, findRuleSet } from "../rules";
import type { IndicatorPart, LevelNo, RuleSet, UnitType } from "../rules/types";
import { matchTerm, UNIT_TYPES } from "../workbook/vocabulary";

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

export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The first cell of a range, or the value itself. */
export function single(value: unknown): SingleValue {
  if (Array.isArray(value)) return single(value[0]);
  return value as SingleValue;
}

/** Every non-blank cell of a range (or the one value), row by row. */
function cellsOf(value: unknown): SingleValue[] {
  const flat = Array.isArray(value) ? (value as unknown[]).flat(2) : [value];
  return flat.filter((v) => !isBlank(v)) as SingleValue[];
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
  throw new ArgumentError(argument, `Không có bộ tiêu chí “${text}” (đối số ${argument}). Các bộ tiêu chí hiện có: ${RULE_SETS.map((r) => r.id).join(", ")}.`);
}

/** Excel turns a typed 2.5 into the number 2.5; ids have one decimal. */
function formatIdNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

/** "Thông tư 24/2023" from "Thông tư 24/2023/TT-BGDĐT". */
function shortRegulation(ruleSet: RuleSet): string {
  return ruleSet.regulation.name.replace(/\/TT-.*$/, "");
}

/** "2.5", 2.5, "Chỉ tiêu 2.5", "3.1b" → the chỉ tiêu and its part. */
export function findIndicatorPart(ruleSet: RuleSet, id: SingleValue, argument = "indicator"): FoundPart {
  const text = isBlank(id) ? "" : typeof id === "number" ? formatIdNumber(id) : String(id).trim();
  const found = findPart(ruleSet, fold(text).replace(/^chỉ tiêu\s*/, ""));
  if (found) return found;
  throw new ArgumentError(
    argument,
    text === ""
      ? `Chưa ghi chỉ tiêu (đối số ${argument}), ví dụ "2.5".`
      : `Không có chỉ tiêu ${text} trong ${shortRegulation(ruleSet)} (đối số ${argument}). Các chỉ tiêu: ${ruleSet.indicators.map((i) => i.id).join(", ")}.`,
  );
}

/** A loại đơn vị as the `Đơn vị` sheet writes it; blank → null (applicability not considered). */
export function unitTypeOf(value: SingleValue, argument = "unitType"): UnitType | null {
  if (isBlank(value)) return null;
  const type = matchTerm(UNIT_TYPES, String(value));
  if (type === undefined) {
    throw new ArgumentError(argument, `Không có loại đơn vị “${value}” (đối số ${argument}). Ghi một trong: ${UNIT_TYPES.map((t) => t.spellings[0]).join(", ")}.`);
  }
  return type;
}

const PERCENT_TEXT = /^(-?\d+(?:[.,]\d+)?)\s*%$/;
const FRACTION_TEXT = /^(\d+)\s*\/\s*(\d+)$/;
const NUMBER_TEXT = /^-?\d+(?:[.,]\d+)?$/;

/** A share as exact counts where it is written so ("42/43"), else as a decimal in [0, 1]: 0,977, "97,7%". */
export function parseShare(value: SingleValue, argument = "value"): Figures {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      throw new ArgumentError(argument, `Tỷ lệ ${value} (đối số ${argument}) phải từ 0 đến 1, ví dụ 0,977 hoặc 97,7% hoặc "42/43".`);
    }
    return { kind: "decimalShare", value };
  }
  const text = isBlank(value) ? "" : String(value).trim();
  const fraction = FRACTION_TEXT.exec(text);
  if (fraction) {
    const numerator = Number(fraction[1]);
    const denominator = Number(fraction[2]);
    if (denominator > 0 && numerator <= denominator) return { kind: "share", numerator, denominator };
  }
  const percent = PERCENT_TEXT.exec(text);
  if (percent) return parseShare(Number(percent[1]!.replace(",", ".")) / 100, argument);
  if (NUMBER_TEXT.test(text)) return parseShare(Number(text.replace(",", ".")), argument);
  throw new ArgumentError(argument, `Không đọc được tỷ lệ “${text}” (đối số ${argument}): ghi 0,977, 97,7% hoặc "42/43".`);
}

/** Đạt/Có/TRUE/1 or Không đạt/Không/FALSE/0. */
export function parseFlag(value: SingleValue, argument = "value"): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
  const claim = isBlank(value) ? undefined : readClaim(String(value));
  if (claim === "met") return true;
  if (claim === "notMet") return false;
  throw new ArgumentError(argument, `Không hiểu “${value ?? ""}” (đối số ${argument}): ghi Đạt/Có hoặc Không đạt/Không.`);
}

/** The member units' recognition levels, one a cell (blank cells are headroom): “Mức độ 1”, “Chưa công nhận”. */
function parseMemberUnits(part: IndicatorPart, value: unknown, argument: string): Figures {
  const cells = cellsOf(value);
  /** One cell that reads as a share (“19/20”): the caller gave a ratio where 4.1 needs each unit's level. */
  const lonelyShare = () => {
    if (cells.length !== 1) return false;
    try {
      parseShare(cells[0], argument);
      return true;
    } catch {
      return false;
    }
  };
  const levels: (string | null)[] = [];
  for (const c of cells) {
    const rank = scaleRank("recognitionLevel", String(c));
    if (rank === undefined) {
      if (lonelyShare()) {
        throw new ArgumentError(
          argument,
          `Chỉ tiêu ${part.id} đếm số đơn vị thành viên đạt từng mức (mức độ 2 tính các đơn vị đạt mức độ 2): ghi vùng mức công nhận của các đơn vị (đối số ${argument}), ví dụ B2:B21, không ghi một tỷ lệ.`,
        );
      }
      throw new ArgumentError(argument, `“${String(c)}” (đối số ${argument}) không phải mức công nhận: ghi Mức độ 1, Mức độ 2 hoặc Chưa công nhận.`);
    }
    levels.push(rank === BELOW_SCALE ? null : canonicalStep("recognitionLevel", String(c))!);
  }
  if (levels.length === 0) {
    throw new ArgumentError(argument, `Chỉ tiêu ${part.id}: chưa có mức công nhận nào của các đơn vị thành viên (đối số ${argument}), ví dụ vùng B2:B21.`);
  }
  return { kind: "memberUnits", levels };
}

/** A value read as the figures the part is decided on; ArgumentError when it is not one. */
export function parseFigures(part: IndicatorPart, value: unknown, argument = "value"): Figures {
  const kind = figuresKind(part);
  if (kind === "memberUnits") return parseMemberUnits(part, value, argument);
  const one = single(value);
  if (isBlank(one)) throw new ArgumentError(argument, `Chưa có giá trị (đối số ${argument}) để xếp mức chỉ tiêu ${part.id}.`);
  switch (kind) {
    case "share":
      return parseShare(one, argument);
    case "ordinal": {
      const measure = part.measure;
      if (measure.kind !== "unitOrdinal") throw new Error(`measure ${measure.kind} is not ordinal`);
      if (scaleRank(measure.scale, String(one)) === undefined) {
        throw new ArgumentError(argument, `“${one}” (đối số ${argument}) không phải một mức của chỉ tiêu ${part.id} (${measure.describe}).`);
      }
      return { kind: "ordinal", scale: measure.scale, value: String(one) };
    }
    case "flag":
      return { kind: "flag", met: parseFlag(one, argument) };
    case "points":
      throw new ArgumentError("indicator", `Chỉ tiêu ${part.id} được chấm điểm, không xếp mức từ một số liệu.`);
  }
}

/** 1, 2, "1", "mức độ 2", "Đạt mức độ 1" → the level number. */
export function parseLevelNo(ruleSet: RuleSet, value: SingleValue, argument = "level"): LevelNo {
  const text = isBlank(value) ? "" : String(value);
  const digits = /([12])\s*$/.exec(foldLoose(text).trim());
  const level = ruleSet.levels.find((l) => digits && l.level === Number(digits[1]));
  if (level) return level.level;
  throw new ArgumentError(argument, `Không có mức “${text}” (đối số ${argument}): ghi 1 hoặc 2.`);
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
