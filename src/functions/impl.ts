/**
 * What each DVHT.* function computes, with no Excel in it: arguments as Excel passes them (2-D arrays
 * with "" for blanks, numbers, booleans), results as plain values, and ArgumentError (a Vietnamese
 * message naming the argument) for a bad argument. functions.ts turns that into #VALUE!; the tests and
 * HyperFormula call these directly.
 */
import { levelLabel } from "../engine/format";
import { lowestOutcome, reachedLevel } from "../engine/level-scale";
import { indicatorCitation, indicatorText, isAsked, levelForFigures, requirementAt, thresholdOf } from "../engine/single-indicator";
import type { Evaluation, IndicatorResult, PartResult } from "../engine/result";
import { SHEETS } from "../workbook/sheets";
import { assessWorkbookData, type Assessment, type EvaluatedAssessment } from "../workbook/assess";
import { mappingFromRows, type WorkbookMapping } from "../workbook/mapping";
import { matchTerm, YES_NO } from "../workbook/vocabulary";
import { resultsTable } from "../workbook/live";
import type { CellValue, SheetData, WorkbookData } from "../workbook/workbook-data";
import { ArgumentError, findIndicatorPart, isBlank, parseFigures, parseLevelNo, parseOutcome, resolveRuleSet, single, unitTypeOf, type SingleValue } from "./arguments";

export { ArgumentError };

/** A range as Excel hands it to a custom function. */
export type Matrix = unknown[][];

function cellOf(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  return String(value);
}

/** A range's rows with blanks as null and trailing blank rows and cells dropped (ranges may have headroom). */
export function rangeRows(range: unknown, argument: string): CellValue[][] {
  if (range === null || range === undefined || range === "") return [];
  const matrix: unknown[][] = Array.isArray(range) ? (range.every(Array.isArray) ? (range as unknown[][]) : [range]) : [[range]];
  const rows = matrix.map((r) => {
    const cells = r.map(cellOf);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  if (rows.length === 0 && argument !== "selfAssessment") return [];
  return rows;
}

/** DVHT.RATIO: share of yes among the yes/no cells; blanks are skipped. */
export function flagCounts(flags: unknown): { yes: number; total: number } {
  let yes = 0;
  let total = 0;
  for (const row of rangeRows(flags, "flags")) {
    for (const value of row) {
      if (value === null) continue;
      const flag = typeof value === "boolean" ? value : matchTerm(YES_NO, String(value));
      if (flag === undefined) {
        throw new ArgumentError("flags", `Ô “${String(value)}” trong đối số flags không phải Có hoặc Không.`);
      }
      total++;
      if (flag) yes++;
    }
  }
  return { yes, total };
}

export function ratio(flags: unknown): number {
  const { yes, total } = flagCounts(flags);
  if (total === 0) throw new ArgumentError("flags", "Không có ô nào ghi Có hoặc Không trong đối số flags.");
  return yes / total;
}

export function count(flags: unknown): string {
  const { yes, total } = flagCounts(flags);
  return `${yes}/${total}`;
}

/**
 * DVHT.LEVEL: the level a value reaches for one chỉ tiêu (or part), decided by the engine's own `meets` and
 * level scale. Không áp dụng for a unit type the chỉ tiêu does not ask, whatever the value. The committee's
 * minh chứng is not seen here: "Đạt" is taken as backed by evidence.
 */
export function level(indicator: unknown, value: unknown, ruleSet?: unknown, unitType?: unknown): string {
  const rs = resolveRuleSet(single(ruleSet));
  const { part } = findIndicatorPart(rs, single(indicator));
  const type = unitTypeOf(single(unitType));
  if (!isAsked(rs, part, type)) return levelLabel(null, rs);
  return levelLabel(levelForFigures(rs, part, parseFigures(part, value), type), rs);
}

/** DVHT.THRESHOLD: a number in [0, 1] for a share, the scale's minimum, or "Đạt"; refused where the level does not ask the part. */
export function threshold(indicator: unknown, levelNo: unknown, ruleSet?: unknown, unitType?: unknown): number | string {
  const rs = resolveRuleSet(single(ruleSet));
  const { part } = findIndicatorPart(rs, single(indicator));
  const levelNumber = parseLevelNo(rs, single(levelNo));
  const requirement = requirementAt(part, levelNumber, unitTypeOf(single(unitType)));
  if (!requirement) {
    throw new ArgumentError("level", `Chỉ tiêu ${part.id} không yêu cầu ở ${levelLabel(levelNumber, rs).toLowerCase()} đối với loại đơn vị này.`);
  }
  return thresholdOf(requirement);
}

function outcomesOf(levels: unknown, ruleSet: unknown) {
  const rs = resolveRuleSet(single(ruleSet));
  const outcomes = rangeRows(levels, "levels")
    .flat()
    .map((v) => parseOutcome(rs, v as SingleValue))
    .filter((o) => o !== undefined);
  return { rs, outcome: lowestOutcome(outcomes) };
}

export function criterion(levels: unknown, ruleSet?: unknown): string {
  const { rs, outcome } = outcomesOf(levels, ruleSet);
  return levelLabel(outcome, rs);
}

export function overall(levels: unknown, ruleSet?: unknown): string {
  return criterion(levels, ruleSet);
}

export function text(indicator: unknown, ruleSet?: unknown, levelNo?: unknown): string {
  const rs = resolveRuleSet(single(ruleSet));
  const found = findIndicatorPart(rs, single(indicator));
  const levelArg = single(levelNo);
  return indicatorText(found, isBlank(levelArg) ? (rs.levels[0]?.level ?? null) : parseLevelNo(rs, levelArg));
}

export function cite(indicator: unknown, ruleSet?: unknown): string {
  const rs = resolveRuleSet(single(ruleSet));
  return indicatorCitation(rs, findIndicatorPart(rs, single(indicator)).part);
}

// ── Whole evaluations from the input ranges ──────────────────────────────────────────────────────────

export interface InputRanges {
  unit: unknown;
  roster: unknown;
  awards: unknown;
  certificates: unknown;
  training: unknown;
  selfAssessment?: unknown;
}

const ARGUMENT_OF_SHEET: Record<string, string> = {
  [SHEETS.unit]: "unit",
  [SHEETS.roster]: "roster",
  [SHEETS.awards]: "awards",
  [SHEETS.certificates]: "certificates",
  [SHEETS.training]: "training",
  [SHEETS.selfAssessment]: "selfAssessment",
};

/** The ranges as a workbook under dvht's sheet names (sheets are known by position, not by name). */
export function rangesToWorkbook(ranges: InputRanges): WorkbookData {
  const sheets: SheetData[] = [
    { name: SHEETS.unit, rows: rangeRows(ranges.unit, "unit") },
    { name: SHEETS.roster, rows: rangeRows(ranges.roster, "roster") },
    { name: SHEETS.awards, rows: rangeRows(ranges.awards, "awards") },
    { name: SHEETS.certificates, rows: rangeRows(ranges.certificates, "certificates") },
    { name: SHEETS.training, rows: rangeRows(ranges.training, "training") },
  ];
  const self = rangeRows(ranges.selfAssessment, "selfAssessment");
  if (self.length > 0) sheets.push({ name: SHEETS.selfAssessment, rows: self });
  return { sheets };
}

/** The unit's column mapping without its sheet names: the ranges already say which sheet is which. */
function columnsOnly(mapping: WorkbookMapping | null): WorkbookMapping | null {
  return mapping && { sheets: mapping.sheets.map((s) => ({ sheet: s.sheet, columns: s.columns })) };
}

/**
 * The last evaluation, keyed by its inputs, for sheets that call DVHT.INDICATOR in many cells: they share
 * one evaluation. DVHT.EVALUATE (one call per recalculation: the live Phụ lục) skips the key, whose
 * computation over every row would only add to the one evaluation it serves.
 */
let cache: { key: string; assessment: Assessment } | null = null;

export function assessRanges(ranges: InputRanges, mapping: WorkbookMapping | null = null, options: { cached?: boolean } = {}): EvaluatedAssessment {
  const data = rangesToWorkbook(ranges);
  const assess = (): Assessment => assessWorkbookData(data, { mapping: columnsOnly(mapping) });
  let assessment: Assessment;
  if (options.cached === false) {
    assessment = assess();
  } else {
    const key = JSON.stringify([data, mapping]);
    assessment = cache?.key === key ? cache.assessment : assess();
    cache = { key, assessment };
  }
  if (assessment.kind === "refused") {
    const error = assessment.issues.find((i) => i.severity === "error") ?? assessment.issues[0];
    const argument = (error?.sheet && ARGUMENT_OF_SHEET[error.sheet]) || "unit";
    throw new ArgumentError(argument, `${error?.message ?? "Không đánh giá được."} (đối số ${argument})${error?.fix ? " " + error.fix : ""}`);
  }
  return assessment;
}

/** DVHT.EVALUATE's spilled table (its layout is the live Phụ lục's, src/workbook/live.ts). */
export function evaluateRanges(ranges: InputRanges, mapping: WorkbookMapping | null = null): (string | number)[][] {
  const { evaluation, ruleSet } = assessRanges(ranges, mapping, { cached: false });
  return resultsTable(evaluation, ruleSet);
}

/** What DVHT.INDICATOR returns: the level (default), or one figure. */
export type IndicatorField = "level" | "numerator" | "denominator" | "ratio";

export function parseIndicatorField(value: unknown): IndicatorField {
  const v = single(value);
  if (v === null || v === undefined || v === "") return "level";
  const f = String(v).trim().toLocaleLowerCase("vi");
  if (["mức", "muc", "level", "mức đạt"].includes(f)) return "level";
  if (["số đạt", "so dat", "numerator"].includes(f)) return "numerator";
  if (["tổng số", "tong so", "denominator"].includes(f)) return "denominator";
  if (["tỷ lệ", "tỉ lệ", "ty le", "ratio"].includes(f)) return "ratio";
  throw new ArgumentError("what", `Không hiểu “${String(v)}” (đối số what): ghi mức, số đạt, tổng số hoặc tỷ lệ.`);
}

export function indicatorValue(evaluation: Evaluation, id: unknown, field: IndicatorField): string | number {
  const rs = resolveRuleSet(evaluation.ruleSet.id);
  const { indicator, part } = findIndicatorPart(rs, single(id), "id");
  const result = evaluation.indicators.find((i) => i.id === indicator.id)!;
  const isWhole = part.id === indicator.id;
  const partResult: PartResult | IndicatorResult | undefined = isWhole ? result : result.parts.find((p) => p.id === part.id);
  if (field === "level") {
    if (isWhole || !partResult) return levelLabel(result.level, rs);
    const p = partResult as PartResult;
    return levelLabel(reachedLevel(rs.levels, (l) => p.requiredAt[l] === true, (l) => p.metAt[l] === true), rs);
  }
  const figure = partResult ? partResult[field] : null;
  return figure ?? "";
}

export function indicatorOf(id: unknown, ranges: InputRanges, what: unknown, mapping: WorkbookMapping | null = null): string | number {
  const field = parseIndicatorField(what);
  const { evaluation } = assessRanges(ranges, mapping);
  return indicatorValue(evaluation, id, field);
}

/** A mapping given as a range (the settings sheet's rows), or null. */
export function mappingOf(range: unknown): WorkbookMapping | null {
  const rows = rangeRows(range, "mapping");
  return rows.length === 0 ? null : mappingFromRows(rows);
}
