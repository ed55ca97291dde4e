/**
 * From a workbook's values to an evaluation: apply the unit's “Ghép cột” mapping, read the sheets, choose
 * the rule set, evaluate. Pure: the CLI, the task pane and the custom functions all call
 * `assessWorkbookData` with the values their adapter read, so the sequence is written once.
 */
import { chooseRuleSet } from "../engine/choose-rule-set";
import { evaluate } from "../engine/evaluate";
import type { AssessmentInput } from "../engine/input";
import type { DataIssue } from "../engine/issues";
import type { Evaluation } from "../engine/result";
import type { RuleSet } from "../rules/types";
import { applyMapping, extractMapping, type WorkbookMapping } from "./mapping";
import { readAssessment } from "./read";
import type { WorkbookData } from "./workbook-data";

/** The workbook could not be evaluated; `issues` holds at least one error saying why. */
export interface RefusedAssessment {
  kind: "refused";
  evaluation: null;
  ruleSet: null;
  /** What was read, when the sheets could be read but no rule set applies. */
  input: AssessmentInput | null;
  issues: DataIssue[];
}

export interface EvaluatedAssessment {
  kind: "evaluated";
  evaluation: Evaluation;
  ruleSet: RuleSet;
  input: AssessmentInput;
  issues: DataIssue[];
}

export type Assessment = RefusedAssessment | EvaluatedAssessment;

export interface AssessOptions {
  /** A rule set id that overrides the `Quy định` and `Cấp công nhận` cells. */
  ruleSetId?: string;
  /**
   * The “Ghép cột” mapping to apply instead of the one saved in the workbook's settings sheet (the pane's
   * session mapping, or one an adapter already took out of the workbook). Absent or null: the saved one.
   */
  mapping?: WorkbookMapping | null;
}

/** The one way every face (CLI, functions, pane) turns a workbook's values into an assessment. */
export function assessWorkbookData(data: WorkbookData, options: AssessOptions = {}): Assessment {
  const saved = extractMapping(data);
  return assessWorkbook(applyMapping(saved.data, options.mapping ?? saved.mapping), options);
}

/** Values whose sheet and column names are already dvht's (no mapping applied). */
export function assessWorkbook(workbook: WorkbookData, options: AssessOptions = {}): Assessment {
  const read = readAssessment(workbook);
  if (read.input === null) return refused(null, read.issues);
  const input = read.input;
  const hasRoster = input.sheetsPresent?.roster ?? input.members.length > 0;
  const memberUnitsOnly = !hasRoster && (input.memberUnits?.length ?? 0) > 0;
  const choice = chooseRuleSet(input.unit, options.ruleSetId, { community: input.sheetsPresent?.community, memberUnitsOnly, names: input.names });
  const issues = [...read.issues, ...choice.issues];
  if (choice.ruleSet === null) return refused(input, issues);
  const evaluation = evaluate(input, choice.ruleSet, issues);
  agreeWithDuplicates(evaluation, input);
  return { kind: "evaluated", evaluation, input, ruleSet: choice.ruleSet, issues: evaluation.issues };
}

function refused(input: AssessmentInput | null, issues: DataIssue[]): RefusedAssessment {
  return { kind: "refused", evaluation: null, ruleSet: null, input, issues };
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
