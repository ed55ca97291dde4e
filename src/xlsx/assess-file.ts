/**
 * One unit file read and assessed, its failure kept to itself: a file dvht cannot read (not a regular
 * file, too large, not an .xlsx, damaged, past a limit) becomes a row's reason instead of stopping the
 * other files. Shared by the in-process path and the worker threads of assess-files.ts; the reading half
 * is read-file.ts, so that a worker that only reads or only assesses loads only its half of dvht.
 */
import type { Assessment } from "../workbook/assess";
import { assessWorkbookData } from "../workbook/assess";
import { WorkbookReadError } from "./errors";
import type { WorkbookData } from "../workbook/workbook-data";

/** Why a file's bytes were not read at all (the caller words it): plain data, so it crosses threads. */
export type FileNotRead = { reason: "notRegular" } | { reason: "tooLarge"; max: number } | { reason: "fs"; code?: string };

export interface FileAssessment {
  /** As given. */
  file: string;
  /** null when the file could not be read at all. */
  assessment: Assessment | null;
  /** Why it could not be read (Vietnamese), else null; see also `notRead`. */
  error: string | null;
  /** Set (and `error` null) when the file's bytes were not read: a pipe, a device, too large, no access. */
  notRead?: FileNotRead;
}

export interface AssessFileOptions {
  maxBytes?: number;
}

/**
 * A summary row needs the unit, the levels and ratios, the rule set and the errors and warnings (counted;
 * the first error is a refused file's reason): the per-row lists of the input (members, awards,
 * certificates, trainings, self-assessments), each chỉ tiêu's lists (who does not meet it, its parts'
 * figures) and words (title, explanation, citation, assumptions) and the info notes are left out, so a
 * result crossing threads is small (68 KB → a tenth of it at 100 members; copying it is part of the
 * second core's cost) and a province's thousand results held for the summary stay small too.
 */
export function forSummary(assessment: Assessment): Assessment {
  const issues = assessment.issues.filter((i) => i.severity !== "info");
  if (!assessment.input) return { ...assessment, issues };
  const input = { ...assessment.input, members: [], awards: [], certificates: [], trainings: [], selfAssessments: [], ambiguousKeys: new Set<string>() };
  if (input.memberUnits) input.memberUnits = [];
  if (assessment.kind === "refused") return { ...assessment, input, issues };
  const indicators = assessment.evaluation.indicators.map((i) => ({ ...i, parts: [], gaps: [], title: "", explanation: "", citation: "", assumptions: [] }));
  return { ...assessment, input, issues, evaluation: { ...assessment.evaluation, indicators, issues } };
}

/** The second half: a file's values assessed (its “Ghép cột” mapping applied as `evaluate` applies it), trimmed for a summary row. */
export function assessFileData(file: string, data: WorkbookData): FileAssessment {
  try {
    return { file, assessment: forSummary(assessWorkbookData(data)), error: null };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, assessment: null, error: error.message };
    throw error;
  }
}

/**
 * A file read and assessed in this thread (read-file.ts, then assessFileData). The reader is loaded only
 * here, so a worker that only assesses never loads it.
 */
export async function assessFile(file: string, options: AssessFileOptions = {}): Promise<FileAssessment> {
  const { readFileData } = await import("./read-file");
  const read = await readFileData(file, options);
  return "final" in read ? read.final : assessFileData(file, read.data);
}
