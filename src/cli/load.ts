/** Read an .xlsx file and evaluate it; any reason it cannot be evaluated becomes a UserError naming the file. */
import { formatIssue } from "../engine/issues";
import { assessWorkbook, type Assessment, type AssessOptions } from "../workbook/assess";
import { readWorkbookFile } from "../xlsx/read";
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
  const data = await readWorkbookFile(file);
  const assessment = assessWorkbook(data, options);
  if (assessment.evaluation === null || assessment.ruleSet === null || assessment.input === null) {
    const errors = assessment.issues.filter((i) => i.severity === "error");
    const reasons = (errors.length ? errors : assessment.issues).map((i) => `- ${formatIssue(i)}`).join("\n");
    throw new UserError(`Không thể đánh giá tệp “${file}”:\n${reasons}`);
  }
  return assessment as Evaluated;
}
