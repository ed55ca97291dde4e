/** `dvht report FILE [-o OUT.docx]`: the Báo cáo tự đánh giá as a Word document. */
import path from "node:path";
import { reportToBuffer } from "../../docx/render-report";
import { buildReport } from "../../workbook/report/build-report";
import { loadAndAssess } from "../load";
import { countIssues, countLine, exitFor } from "../issue-count";
import type { Output } from "../output";
import { prepareOutput } from "../output-file";

export interface ReportOptions {
  output?: string;
  ruleSet?: string;
  force?: boolean;
  strict?: boolean;
}

/** "truong.xlsx" → "truong-bao-cao.docx" beside it. */
export function defaultReportPath(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}-bao-cao.docx`);
}

export async function reportCommand(file: string, options: ReportOptions, output: Output): Promise<number> {
  const out = options.output ?? defaultReportPath(file);
  const target = await prepareOutput({ path: out, kind: "docx", inputs: [file], force: options.force });
  const assessed = await loadAndAssess(file, { ruleSetId: options.ruleSet });
  const model = buildReport(assessed.evaluation, assessed.input.selfAssessments, assessed.ruleSet);
  await target.write(await reportToBuffer(model));
  output.out(`Đã ghi báo cáo tự đánh giá vào “${out}”. Kết quả chung: ${assessed.evaluation.overall.label}.`);
  const count = countIssues(assessed.issues);
  output.out(countLine(count, options.strict));
  return exitFor(count, options.strict);
}
