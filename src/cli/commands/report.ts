/** `dvht report FILE [-o OUT.docx]`: the Báo cáo tự đánh giá as a Word document. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { reportToBuffer } from "../../docx/render-report";
import { buildReport } from "../../workbook/report/build-report";
import { loadAndAssess } from "../load";
import { EXIT_OK, type Output } from "../output";

export interface ReportOptions {
  output?: string;
  ruleSet?: string;
}

/** "truong.xlsx" → "truong-bao-cao.docx" beside it. */
export function defaultReportPath(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}-bao-cao.docx`);
}

export async function reportCommand(file: string, options: ReportOptions, output: Output): Promise<number> {
  const assessed = await loadAndAssess(file, { ruleSetId: options.ruleSet });
  const out = options.output ?? defaultReportPath(file);
  const model = buildReport(assessed.evaluation, assessed.input.selfAssessments, assessed.ruleSet);
  await writeFile(out, await reportToBuffer(model));
  output.out(`Đã ghi báo cáo tự đánh giá vào “${out}”. Kết quả chung: ${assessed.evaluation.overall.label}.`);
  return EXIT_OK;
}
