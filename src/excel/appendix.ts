/**
 * “Ghi Phụ lục” inside Excel: read every input sheet in one batch, evaluate with the core, write every
 * Phụ lục sheet in one batch. With custom functions the figures and levels are live formulas over the input
 * sheets; without (Excel 2019/2021, iPad) the same cells get the engine's values.
 */
import type { SelfAssessment } from "../engine/input";
import { buildAppendixSheets } from "../workbook/appendix";
import { assessWorkbookData, type Assessment } from "../workbook/assess";
import { LIVE_RESULTS_SHEET, liveAppendixSheets, sheetRef, type InputRefs } from "../workbook/live";
import { applyMapping } from "../workbook/mapping";
import { findSheets } from "../workbook/read/find-sheet";
import { IssueLog } from "../workbook/read/issue-log";
import { AWARDS_SHEET, CERTIFICATES_SHEET, ROSTER_SHEET, SELF_ASSESSMENT_SHEET, TRAINING_SHEET, UNIT_SHEET } from "../workbook/schema";
import type { ExcelContext } from "./context";
import { readExcelWorkbook, type ExcelRead } from "./read";
import { writeSheetModels } from "./write";

/** Rows of headroom below the data in a live formula's ranges, so rows a clerk adds are still counted. */
export const LIVE_HEADROOM_ROWS = 500;

export interface ExcelAssessment {
  read: ExcelRead;
  assessment: Assessment;
}

export async function assessExcelWorkbook(context: ExcelContext): Promise<ExcelAssessment> {
  const read = await readExcelWorkbook(context);
  return { read, assessment: assessWorkbookData(read.data, { mapping: read.mapping }) };
}

/** Formula references to the sheets (or tables) the reader took as input. */
export function inputRefs(read: ExcelRead): InputRefs | null {
  const mapped = applyMapping(read.data, read.mapping);
  const found = findSheets(mapped, new IssueLog());
  const ref = (canonical: string): string | null => {
    const table = read.fromTables.get(canonical);
    if (table) return `${table}[#All]`;
    const sheet = found.get(canonical);
    if (!sheet) return null;
    const from = read.mapping?.sheets.find((s) => s.sheet === canonical)?.from;
    const name = from ?? sheet.name;
    const size = read.ranges.get(name);
    const rows = (size?.rowCount ?? sheet.rows.length) + LIVE_HEADROOM_ROWS;
    const columns = size?.columnCount ?? Math.max(1, ...sheet.rows.map((r) => r.length));
    return sheetRef(name, rows, columns);
  };
  const unit = ref(UNIT_SHEET.name);
  const roster = ref(ROSTER_SHEET.name);
  const awards = ref(AWARDS_SHEET.name);
  const certificates = ref(CERTIFICATES_SHEET.name);
  const training = ref(TRAINING_SHEET.name);
  if (!unit || !roster || !awards || !certificates || !training) return null;
  return { unit, roster, awards, certificates, training, selfAssessment: ref(SELF_ASSESSMENT_SHEET.name) };
}

export interface AppendixWrite {
  assessment: Assessment;
  written: string[];
  /** Sheets kept as the user's (changed since dvht wrote them, or not dvht's) and the name the new one got. */
  kept: { sheet: string; writtenAs: string }[];
  /** Whether the figures and levels were written as formulas. */
  live: boolean;
  syncs: number;
}

/** Read, evaluate and write every Phụ lục sheet. `formulas`: the host supports custom functions. */
export async function writeAppendixInExcel(context: ExcelContext, formulas: boolean, assessed?: ExcelAssessment): Promise<AppendixWrite> {
  const { read, assessment } = assessed ?? (await assessExcelWorkbook(context));
  if (assessment.kind === "refused") return { assessment, written: [], kept: [], live: false, syncs: 0 };
  const { evaluation, input, ruleSet } = assessment;
  const selfAssessments: SelfAssessment[] = input.selfAssessments;
  let models = buildAppendixSheets(evaluation, selfAssessments, ruleSet);
  // A user's own sheet under the results sheet's name would be what the formulas read: then write values.
  const resultsNameTaken = read.data.sheets.some((s) => s.name.toLocaleLowerCase("vi") === LIVE_RESULTS_SHEET.toLocaleLowerCase("vi"));
  const refs = formulas && !resultsNameTaken ? inputRefs(read) : null;
  const appendixCount = models.length;
  // Live: every result cell reads one DVHT.EVALUATE on a hidden sheet (one evaluation per recalculation).
  if (refs) models = liveAppendixSheets(models, refs);
  const result = await writeSheetModels(context, models, { formulas: refs !== null, hiddenSheets: [LIVE_RESULTS_SHEET] });
  return { assessment, written: result.written.slice(0, appendixCount), kept: result.kept, live: refs !== null, syncs: result.syncs };
}
