/**
 * One unit file read and assessed, its failure kept to itself: a file dvht cannot read (not a regular
 * file, too large, not an .xlsx, damaged, past a limit) becomes a row's reason instead of stopping the
 * other files. Shared by the in-process path and the worker threads of assess-files.ts.
 */
import { readRegularFile } from "../io/read-regular";
import type { Assessment } from "../workbook/assess";
import { assessWorkbookData } from "../workbook/assess";
import { WorkbookReadError } from "./errors";
import { readWorkbookBuffer } from "./read";
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

/** A unit's workbook is read only up to this size unless the caller says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

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

/** A file's values, read and ready to assess; or, when it could not be read, already its row. */
export type FileRead = { file: string; data: WorkbookData } | { file: string; final: FileAssessment };

/**
 * Only a regular file is opened (a FIFO would hang the run, a link to /dev/zero exhaust it), at most
 * `maxBytes` of it. A WorkbookReadError is the row's reason; anything else is thrown, for the caller to word.
 * The first half of assessFile: `dvht summary` may read on one thread and assess on another (assess-files.ts).
 */
export async function readFileData(file: string, options: AssessFileOptions = {}): Promise<FileRead> {
  const read = readRegularFile(file, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!("bytes" in read)) {
    const notRead: FileNotRead =
      read.reason === "fs" ? { reason: "fs", code: read.error.code } : read.reason === "tooLarge" ? { reason: "tooLarge", max: read.max } : read;
    return { file, final: { file, assessment: null, error: null, notRead } };
  }
  try {
    return { file, data: await readWorkbookBuffer(read.bytes, file) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, final: { file, assessment: null, error: error.message } };
    throw error;
  }
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

/** A file read and assessed in this thread; see readFileData and assessFileData. */
export async function assessFile(file: string, options: AssessFileOptions = {}): Promise<FileAssessment> {
  const read = await readFileData(file, options);
  return "final" in read ? read.final : assessFileData(file, read.data);
}
