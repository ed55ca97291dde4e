/**
 * From a workbook's values to an evaluation: read the sheets, choose the rule set, evaluate. Pure: the
 * CLI, the task pane and the custom functions all call this with the values their adapter read.
 */
import { chooseRuleSet } from "../engine/choose-rule-set";
import { evaluate } from "../engine/evaluate";
import type { AssessmentInput } from "../engine/input";
import type { DataIssue } from "../engine/issues";
import type { Evaluation } from "../engine/result";
import type { RuleSet } from "../rules/types";
import { readAssessment } from "./read";
import type { WorkbookData } from "./workbook-data";

export interface Assessment {
  /** null when the workbook cannot be evaluated; `issues` then holds at least one error saying why. */
  evaluation: Evaluation | null;
  input: AssessmentInput | null;
  ruleSet: RuleSet | null;
  issues: DataIssue[];
}

export interface AssessOptions {
  /** A rule set id that overrides the `Quy định` and `Cấp công nhận` cells. */
  ruleSetId?: string;
}

export function assessWorkbook(workbook: WorkbookData, options: AssessOptions = {}): Assessment {
  const read = readAssessment(workbook);
  if (read.input === null) return { evaluation: null, input: null, ruleSet: null, issues: read.issues };
  const input = read.input;
  const hasRoster = input.sheetsPresent?.roster ?? input.members.length > 0;
  const memberUnitsOnly = !hasRoster && (input.memberUnits?.length ?? 0) > 0;
  const choice = chooseRuleSet(input.unit, options.ruleSetId, { community: input.sheetsPresent?.community, memberUnitsOnly });
  const issues = [...read.issues, ...choice.issues];
  if (choice.ruleSet === null) return { evaluation: null, input: read.input, ruleSet: null, issues };
  const evaluation = evaluate(read.input, choice.ruleSet, issues);
  agreeWithDuplicates(evaluation, read.input);
  return { evaluation, input: read.input, ruleSet: choice.ruleSet, issues: evaluation.issues };
}

/**
 * A member the reader could not tell apart from another (same name, no Mã) already has an error saying
 * their rows count for nobody; the engine's “add rows for X” would contradict it, so it is dropped.
 */
function agreeWithDuplicates(evaluation: Evaluation, input: AssessmentInput): void {
  if (input.ambiguousKeys.size === 0) return;
  const ambiguousRows = new Set(input.members.filter((m) => input.ambiguousKeys.has(m.key)).map((m) => m.row));
  const kept = evaluation.issues.filter((i) => !(i.code === "nothingRecorded" && i.row !== undefined && ambiguousRows.has(i.row)));
  evaluation.issues.splice(0, evaluation.issues.length, ...kept);
}
