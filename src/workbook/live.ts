/**
 * The live Phụ lục: the same SheetModels, with the figures and levels that follow the input sheets turned
 * into formulas over them (DVHT.INDICATOR, DVHT.CRITERION, DVHT.OVERALL and plain arithmetic). Each cell
 * keeps the engine's value as its cached result, so a host without custom functions writes that value.
 * Pure; the Office.js writer writes the formulas, the CLI keeps writing values.
 */
import type { AppendixContext } from "./appendix/common";
import { ratioRows, RATIOS_SHEET } from "./appendix/ratios";
import { SUMMARY_HEADERS, SUMMARY_SHEET } from "./appendix/summary";
import type { ModelCell, SheetModel } from "./sheet-model";
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

/** "'Thành viên'!$A$1:$G$546" for a sheet's first `rows` rows and `columns` columns. */
export function sheetRef(sheet: string, rows: number, columns: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1:$${columnLetter(Math.max(columns, 1) - 1)}$${Math.max(rows, 1)}`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function indicatorFormula(id: string, refs: InputRefs, what?: string): string {
  const args = [quote(id), refs.unit, refs.roster, refs.awards, refs.certificates, refs.training, refs.selfAssessment ?? ""];
  if (what) args.push(quote(what));
  else while (args[args.length - 1] === "") args.pop();
  return `DVHT.INDICATOR(${args.join(",")})`;
}

function withFormula(cell: ModelCell | null | undefined, formula: string): ModelCell {
  return { ...(cell ?? { value: null }), formula };
}

function liveRatios(model: SheetModel, ctx: AppendixContext, refs: InputRefs): SheetModel {
  const header = model.rows.findIndex((r) => r[0]?.value === "Chỉ tiêu" && r[1]?.value === "Tổng số");
  if (header < 0) return model;
  const rows = model.rows.map((r) => r.slice());
  const last = rows[header]!.length - 1;
  ratioRows(ctx).forEach(({ part }, i) => {
    const r = header + 1 + i;
    const row = rows[r];
    if (!row || part.numerator === null || part.denominator === null) return;
    const excelRow = r + 1;
    row[1] = withFormula(row[1], indicatorFormula(part.id, refs, "tổng số"));
    row[2] = withFormula(row[2], indicatorFormula(part.id, refs, "số đạt"));
    row[3] = withFormula(row[3], `IF(B${excelRow}>0,C${excelRow}/B${excelRow},"")`);
    // The part's own level from its figures (for 3.1 the Thành viên part alone, as the cached value).
    row[last] = withFormula(row[last], `DVHT.LEVEL(${quote(part.id)},C${excelRow}&"/"&B${excelRow},${quote(ctx.ruleSet.id)})`);
  });
  return { ...model, rows };
}

function liveSummary(model: SheetModel, ctx: AppendixContext, refs: InputRefs): SheetModel {
  const header = model.rows.findIndex((r) => r[0]?.value === SUMMARY_HEADERS[0] && r[1]?.value === SUMMARY_HEADERS[1]);
  if (header < 0) return model;
  const rows = model.rows.map((r) => r.slice());
  const LEVEL = 3;
  const L = columnLetter(LEVEL);
  const indicatorIds = new Set(ctx.evaluation.indicators.map((i) => i.id));
  const criterionIds = new Set(ctx.evaluation.criteria.map((c) => c.id));
  let criterionRow = -1;
  let first = -1;
  let lastIndicator = -1;
  const closeCriterion = (end: number) => {
    if (criterionRow >= 0 && end > criterionRow) {
      const row = rows[criterionRow]!;
      row[LEVEL] = withFormula(row[LEVEL], `DVHT.CRITERION(${L}${criterionRow + 2}:${L}${end + 1})`);
    }
  };
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const id = row[0]?.value;
    if (typeof id === "string" && indicatorIds.has(id) && id.includes(".")) {
      row[LEVEL] = withFormula(row[LEVEL], indicatorFormula(id, refs));
      if (first < 0) first = r;
      lastIndicator = r;
    } else if (typeof id === "string" && criterionIds.has(id)) {
      closeCriterion(lastIndicator);
      criterionRow = r;
    } else if (typeof row[1]?.value === "string" && (row[1].value as string).startsWith("KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG")) {
      closeCriterion(lastIndicator);
      criterionRow = -1;
      if (first >= 0) row[LEVEL] = withFormula(row[LEVEL], `DVHT.OVERALL(${L}${first + 1}:${L}${lastIndicator + 1})`);
      break;
    }
  }
  return { ...model, rows };
}

/** The models with live formulas in Bản tổng hợp (Mức đạt) and Tỷ lệ chỉ tiêu (Tổng số, Số đạt, Tỷ lệ, Kết quả). */
export function liveAppendixSheets(models: SheetModel[], ctx: AppendixContext, refs: InputRefs): SheetModel[] {
  return models.map((m) => (m.name === RATIOS_SHEET ? liveRatios(m, ctx, refs) : m.name === SUMMARY_SHEET ? liveSummary(m, ctx, refs) : m));
}
