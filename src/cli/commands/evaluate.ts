/** `dvht evaluate FILE [--json] [--rule-set ID]` */
import { evaluationJson } from "../json";
import { loadAndAssess } from "../load";
import { EXIT_OK, type Output } from "../output";
import { renderEvaluation } from "../render-table";

export interface EvaluateOptions {
  json?: boolean;
  ruleSet?: string;
}

export async function evaluateCommand(file: string, options: EvaluateOptions, output: Output): Promise<number> {
  const { evaluation, ruleSet } = await loadAndAssess(file, { ruleSetId: options.ruleSet });
  output.out(options.json ? JSON.stringify(evaluationJson(evaluation), null, 2) : renderEvaluation(evaluation, ruleSet, file));
  return EXIT_OK;
}
