/** `dvht evaluate FILE [--json] [--rule-set ID] [--strict]` */
import { evaluationJson } from "../json";
import { writeJson } from "../json-chunks";
import { countIssues, countLine, exitFor } from "../issue-count";
import { loadAndAssess } from "../load";
import type { Output } from "../output";
import { renderEvaluation } from "../render-table";

export interface EvaluateOptions {
  json?: boolean;
  ruleSet?: string;
  strict?: boolean;
}

export async function evaluateCommand(file: string, options: EvaluateOptions, output: Output): Promise<number> {
  const { evaluation, ruleSet, issues } = await loadAndAssess(file, { ruleSetId: options.ruleSet });
  const count = countIssues(issues);
  if (options.json) {
    // Exactly one JSON object and nothing else: its `issues` carry the counts; --strict still sets the exit code.
    writeJson(output, evaluationJson(evaluation));
  } else {
    output.out(renderEvaluation(evaluation, ruleSet, file));
    output.out(countLine(count, options.strict));
  }
  return exitFor(count, options.strict);
}
