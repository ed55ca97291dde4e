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
 * A summary row needs the unit, the levels and ratios, the rule set and the issues: the per-row lists of
 * the input (members, awards, certificates, trainings) and of each chỉ tiêu (who does not meet it, its
 * parts' figures) are left empty, so a result crossing threads is small (68 KB → a fifth of it at 100
 * members) and a province's thousand results held for the summary stay small too.
 */
export function forSummary(assessment: Assessment): Assessment {
  if (!assessment.input) return assessment;
  const input = { ...assessment.input, members: [], awards: [], certificates: [], trainings: [], ambiguousKeys: new Set<string>() };
  if (input.memberUnits) input.memberUnits = [];
  if (assessment.kind === "refused") return { ...assessment, input };
  const indicators = assessment.evaluation.indicators.map((i) => ({ ...i, parts: [], gaps: [] }));
  return { ...assessment, input, evaluation: { ...assessment.evaluation, indicators } };
}

/**
 * Only a regular file is opened (a FIFO would hang the run, a link to /dev/zero exhaust it), at most
 * `maxBytes` of it; its “Ghép cột” mapping is applied as `evaluate` applies it. A WorkbookReadError is
 * the row's reason; anything else is thrown, for the caller to word.
 */
export async function assessFile(file: string, options: AssessFileOptions = {}): Promise<FileAssessment> {
  const read = readRegularFile(file, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!("bytes" in read)) {
    const notRead: FileNotRead =
      read.reason === "fs" ? { reason: "fs", code: read.error.code } : read.reason === "tooLarge" ? { reason: "tooLarge", max: read.max } : read;
    return { file, assessment: null, error: null, notRead };
  }
  try {
    return { file, assessment: forSummary(assessWorkbookData(await readWorkbookBuffer(read.bytes, file))), error: null };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, assessment: null, error: error.message };
    throw error;
  }
}
