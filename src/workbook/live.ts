/**
 * The live Phụ lục: inside Excel with custom functions, the cells that follow the input sheets are
 * formulas — and one evaluation serves them all. A hidden sheet (`dvht kết quả`) holds one
 * DVHT.EVALUATE over the input ranges, which spills dvht's results table; every live cell of the Phụ lục
 * is a plain INDEX/MATCH into that table by key. So the input ranges cross into JavaScript once per
 * recalculation, however many cells show a result.
 *
 * The Phụ lục builders tag the cells that become formulas (`ModelCell.live`: a key and a field); this file
 * owns the table's layout (`resultsTable`, which DVHT.EVALUATE returns) and its keys, so a key a builder
 * writes is a row the function spills. Each cell keeps the engine's value as its cached result, so a host
 * without custom functions writes that value. Pure; the Office.js writer writes the formulas.
 */
import { levelLabel } from "../engine/format";
import { reachedLevel } from "../engine/level-scale";
import type { Evaluation, IndicatorResult, PartResult } from "../engine/result";
import type { IndicatorRule, RuleSet } from "../rules/types";
import { dvhtFormula, formulaString } from "./dvht-functions";
import type { LiveTag, ModelCell, SheetModel } from "./sheet-model";
import { columnLetter } from "./workbook-data";

/** Ranges of the input sheets as formula references, e.g. "'Thành viên'!$A$1:$G$546" or "tblThanhVien[#All]". */
export interface InputRefs {
  unit: string;
  roster: string;
  awards: string;
  certificates: string;
  training: string;
  selfAssessment?: string | null;
}

/** The hidden sheet that holds the one DVHT.EVALUATE of the live Phụ lục. */
export const LIVE_RESULTS_SHEET = "dvht kết quả";

/** "'Thành viên'!$A$1:$G$546" for a sheet's first `rows` rows and `columns` columns. */
export function sheetRef(sheet: string, rows: number, columns: number): string {
  return `${quoteSheet(sheet)}!$A$1:$${columnLetter(Math.max(columns, 1) - 1)}$${Math.max(rows, 1)}`;
}

function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

// ── The results table: DVHT.EVALUATE's spill ─────────────────────────────────────────────────────────

export const RESULT_HEADERS = ["Chỉ tiêu", "Nội dung", "Số đạt", "Tổng số", "Tỷ lệ", "Mức"] as const;
/** Column of each field in the table (0-based). */
const FIELD_COLUMN: Record<LiveTag["field"], number> = { numerator: 2, denominator: 3, ratio: 4, level: 5 };

/** Row keys of the results table, as a builder tags its cells and as the table's first column says. */
export const liveKey = {
  indicator: (id: string): string => id,
  criterion: (id: string): string => `Tiêu chí ${id}`,
  overall: "Kết quả chung",
  /** A part of a chỉ tiêu with several parts (3.1's Thành viên and Người học) has a row of its own. */
  part: (rule: Pick<IndicatorRule, "id" | "parts"> | undefined, partId: string): string =>
    rule && rule.parts.length > 1 ? `Phần ${partId}` : partId,
};

/** The tag a builder puts on a cell: the cell then shows that field of that row, live. */
export function tagLive(cell: ModelCell, key: string, field: LiveTag["field"]): ModelCell {
  return { ...cell, live: { key, field } };
}

/** A part's own level from its verdicts, on the one level scale. */
function partLevel(part: PartResult, ruleSet: RuleSet) {
  return reachedLevel(ruleSet.levels, (l) => part.requiredAt[l] === true, (l) => part.metAt[l] === true);
}

/**
 * dvht's results table: a header, each tiêu chí then its chỉ tiêu (and, for a chỉ tiêu of several parts,
 * a row per part of the rule, “Không áp dụng” where the unit is not asked it), then the unit's result.
 * The layout depends on the rule set only, never on the data.
 */
export function resultsTable(evaluation: Evaluation, ruleSet: RuleSet): (string | number)[][] {
  const rows: (string | number)[][] = [[...RESULT_HEADERS]];
  const figures = (x: Pick<IndicatorResult, "numerator" | "denominator" | "ratio">) => [x.numerator ?? "", x.denominator ?? "", x.ratio ?? ""];
  for (const c of evaluation.criteria) {
    rows.push([liveKey.criterion(c.id), c.title, "", "", "", levelLabel(c.level, ruleSet)]);
    for (const i of evaluation.indicators.filter((x) => x.criterion === c.id)) {
      rows.push([liveKey.indicator(i.id), i.title, ...figures(i), levelLabel(i.level, ruleSet)]);
      const rule = ruleSet.indicators.find((r) => r.id === i.id);
      if (!rule || rule.parts.length < 2) continue;
      for (const rulePart of rule.parts) {
        const part = i.parts.find((p) => p.id === rulePart.id);
        rows.push([
          liveKey.part(rule, rulePart.id),
          rulePart.label,
          ...(part ? figures(part) : ["", "", ""]),
          levelLabel(part ? partLevel(part, ruleSet) : null, ruleSet),
        ]);
      }
    }
  }
  rows.push([liveKey.overall, evaluation.unit.name ?? "", "", "", "", evaluation.overall.label]);
  return rows;
}

// ── The live models ──────────────────────────────────────────────────────────────────────────────────

/** The formula of a tagged cell: that field of that row of the results table. */
export function liveCellFormula(tag: LiveTag): string {
  const sheet = quoteSheet(LIVE_RESULTS_SHEET);
  const column = columnLetter(FIELD_COLUMN[tag.field]);
  return `INDEX(${sheet}!$${column}:$${column},MATCH(${formulaString(tag.key)},${sheet}!$A:$A,0))`;
}

/** The hidden sheet: one DVHT.EVALUATE in A1, spilling the results table (the cached value is its first cell). */
export function liveResultsModel(refs: InputRefs): SheetModel {
  const formula = dvhtFormula("EVALUATE", {
    unit: refs.unit,
    roster: refs.roster,
    awards: refs.awards,
    certificates: refs.certificates,
    training: refs.training,
    selfAssessment: refs.selfAssessment ?? null,
  });
  return { name: LIVE_RESULTS_SHEET, rows: [[{ value: RESULT_HEADERS[0], formula }]], merges: [], columnWidths: [] };
}

/** The models with every tagged cell a formula into the results table, and the results sheet added. */
export function liveAppendixSheets(models: SheetModel[], refs: InputRefs): SheetModel[] {
  const live = models.map((m) => {
    if (!m.rows.some((row) => row.some((c) => c?.live))) return m;
    return { ...m, rows: m.rows.map((row) => row.map((c) => (c?.live ? { ...c, formula: liveCellFormula(c.live) } : c))) };
  });
  return [...live, liveResultsModel(refs)];
}
