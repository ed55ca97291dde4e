/** `dvht appendix FILE [-o OUT]`: the workbook with the Phụ lục sheets added, as a copy unless OUT is FILE. */
import path from "node:path";
import { buildAppendixSheets } from "../../workbook/appendix";
import { appendSheetsToFile } from "../../xlsx/append";
import { loadAndAssess, type Evaluated } from "../load";
import { EXIT_OK, type Output } from "../output";

export interface AppendixOptions {
  output?: string;
  ruleSet?: string;
}

/** "truong.xlsx" → "truong-phu-luc.xlsx" beside it. */
export function defaultAppendixPath(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}-phu-luc${parsed.ext || ".xlsx"}`);
}

/** Writes the appendix of an evaluated workbook; returns the sheet names actually written. */
export async function writeAppendix(file: string, out: string, assessed: Evaluated): Promise<string[]> {
  const models = buildAppendixSheets(assessed.evaluation, assessed.input.selfAssessments, assessed.ruleSet);
  const sameFile = path.resolve(out) === path.resolve(file);
  const result = await appendSheetsToFile(file, out, models, { allowSameFile: sameFile });
  return result.written;
}

export async function appendixCommand(file: string, options: AppendixOptions, output: Output): Promise<number> {
  const assessed = await loadAndAssess(file, { ruleSetId: options.ruleSet });
  const out = options.output ?? defaultAppendixPath(file);
  const written = await writeAppendix(file, out, assessed);
  output.out(`Đã ghi Phụ lục vào “${out}”: ${written.join(", ")}.`);
  output.out(`Kết quả chung: ${assessed.evaluation.overall.label}.`);
  return EXIT_OK;
}
