/**
 * Read an .xlsx file and evaluate it; any reason it cannot be evaluated becomes a UserError naming the file.
 * A “Ghép cột” mapping saved in the workbook by the task pane (its hidden settings sheet) is applied first,
 * so the CLI reads a unit's own sheet and column names exactly as the add-in does.
 */
import { formatIssue } from "../engine/issues";
import type { Assessment, AssessOptions } from "../workbook/assess";
import { assessWithMapping } from "../workbook/assess-with-mapping";
import { readWorkbookFile } from "../xlsx/read";
import type { WorkbookData } from "../workbook/workbook-data";
import { UserError } from "./output";
import type { Evaluation } from "../engine/result";
import type { RuleSet } from "../rules/types";
import type { AssessmentInput } from "../engine/input";

export interface Evaluated extends Assessment {
  evaluation: Evaluation;
  ruleSet: RuleSet;
  input: AssessmentInput;
}

export async function loadAndAssess(file: string, options: AssessOptions = {}): Promise<Evaluated> {
  return assessData(file, await readWorkbookFile(file), options);
}

export { assessWithMapping };

/** Evaluates the values read from `file` (named in the error when they cannot be evaluated). */
export function assessData(file: string, data: WorkbookData, options: AssessOptions = {}): Evaluated {
  const assessment = assessWithMapping(data, options);
  if (assessment.evaluation === null || assessment.ruleSet === null || assessment.input === null) {
    const errors = assessment.issues.filter((i) => i.severity === "error");
    const reasons = (errors.length ? errors : assessment.issues).map((i) => `- ${formatIssue(i)}`).join("\n");
    throw new UserError(`Không thể đánh giá tệp “${file}”:\n${reasons}`);
  }
  return assessment as Evaluated;
}
