/**
 * One unit file read and assessed, its failure kept to itself: a file dvht cannot read (not an .xlsx,
 * damaged, past a limit) becomes a row's reason instead of stopping the other files. Shared by the
 * in-process path and the worker threads of assess-files.ts.
 */
import { assessWorkbook, type Assessment } from "../workbook/assess";
import { WorkbookReadError } from "./errors";
import { readWorkbookFile } from "./read";

export interface FileAssessment {
  /** As given. */
  file: string;
  /** null when the file could not be read at all. */
  assessment: Assessment | null;
  /** Why it could not be read (Vietnamese), else null. */
  error: string | null;
}

/**
 * A summary row needs the unit, the evaluation, the rule set and the issues: the per-row lists of the
 * input (members, awards, certificates, trainings) are left empty, so a result crossing threads is small
 * and a worker holds one unit's rows at a time.
 */
export function forSummary(assessment: Assessment): Assessment {
  if (!assessment.input) return assessment;
  const input = { ...assessment.input, members: [], awards: [], certificates: [], trainings: [], ambiguousKeys: new Set<string>() };
  if (input.memberUnits) input.memberUnits = [];
  return { ...assessment, input };
}

export async function assessFile(file: string): Promise<FileAssessment> {
  try {
    return { file, assessment: forSummary(assessWorkbook(await readWorkbookFile(file))), error: null };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, assessment: null, error: error.message };
    throw error;
  }
}
