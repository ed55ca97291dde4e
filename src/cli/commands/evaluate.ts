/** `dvht evaluate FILE [--json] [--rule-set ID] [--strict]` */
import { evaluationJson } from "../json";
import { writeJson } from "../json-chunks";
import { countIssues, countLine, exitFor } from "../issue-count";
import { loadAndAssess } from "../load";
import type { Output } from "../output";
import { renderEvaluation } from "../render-table";

/** Above this many members `--json` is written in pieces (26 million characters at 100,000 members). */
const WHOLE_JSON_MEMBERS = 20_000;

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
    // Up to WHOLE_JSON_MEMBERS members the text is a few megabytes: written whole, in one stringify.
    writeJson(output, evaluationJson(evaluation), { whole: evaluation.members.total <= WHOLE_JSON_MEMBERS });
  } else {
    output.out(renderEvaluation(evaluation, ruleSet, file));
    output.out(countLine(count, options.strict));
  }
  return exitFor(count, options.strict);
}
