/** `dvht evaluate FILE [--json] [--rule-set ID] [--strict]` */
import { evaluationJson } from "../json";
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
    output.out(JSON.stringify(evaluationJson(evaluation), null, 2));
    output.err(countLine(count, options.strict)); // stdout stays exactly one JSON object
  } else {
    output.out(renderEvaluation(evaluation, ruleSet, file));
    output.out(countLine(count, options.strict));
  }
  return exitFor(count, options.strict);
}
