/**
 * Read an .xlsx file and evaluate it; any reason it cannot be evaluated becomes a UserError naming the file.
 * A “Ghép cột” mapping saved in the workbook by the task pane (its hidden settings sheet) is applied first
 * (by assessWorkbookData), so the CLI reads a unit's own sheet and column names exactly as the add-in does.
 */
import { formatIssue } from "../engine/issues";
import { betweenPhases } from "../io/between-phases";
import { assessWorkbookData, type Assessment, type AssessOptions, type EvaluatedAssessment } from "../workbook/assess";
import { readWorkbookFile } from "../xlsx/read";
import type { WorkbookData } from "../workbook/workbook-data";
import { UserError } from "./output";

export type Evaluated = EvaluatedAssessment;

export async function loadAndAssess(file: string, options: AssessOptions = {}): Promise<Evaluated> {
  return assessData(file, await readWorkbookFile(file), options);
}

/** Evaluates the values read from `file` (named in the error when they cannot be evaluated). */
export function assessData(file: string, data: WorkbookData, options: AssessOptions = {}): Evaluated {
  const assessment = assessWorkbookData(data, options);
  betweenPhases();
  if (assessment.kind === "refused") {
    const errors = assessment.issues.filter((i) => i.severity === "error");
    const reasons = (errors.length ? errors : assessment.issues).map((i) => `- ${formatIssue(i)}`).join("\n");
    throw new UserError(`Không thể đánh giá tệp “${file}”:\n${reasons}`);
  }
  return assessment;
}
