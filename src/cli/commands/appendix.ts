/** `dvht appendix FILE [-o OUT]`: the workbook with the Phụ lục sheets added, as a copy unless OUT is FILE. */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAppendixSheets } from "../../workbook/appendix";
import { appendBuiltSheetsToFile } from "../../xlsx/append";
import { writeModelsFile } from "../../xlsx/write-models";
import { convertToPdf } from "../pdf";
import { assessData, type Evaluated } from "../load";
import { EXIT_OK, type Output } from "../output";

export interface AppendixOptions {
  output?: string;
  ruleSet?: string;
  /** Also print the Phụ lục sheets to PDF through LibreOffice. */
  pdf?: boolean;
}

/** "truong.xlsx" → "truong-phu-luc.xlsx" beside it. */
export function defaultAppendixPath(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}-phu-luc${parsed.ext || ".xlsx"}`);
}

function appendixModels(assessed: Evaluated) {
  return buildAppendixSheets(assessed.evaluation, assessed.input.selfAssessments, assessed.ruleSet);
}

/**
 * Reads FILE once, as ExcelJS's full model, evaluates its values, adds the Phụ lục sheets to that same
 * model and saves it as OUT: one read and one write, as a bare ExcelJS copy would do.
 */
export async function appendixFromFile(file: string, out: string, options: { ruleSet?: string } = {}): Promise<{ assessed: Evaluated; written: string[] }> {
  const sameFile = path.resolve(out) === path.resolve(file);
  const { result, value: assessed } = await appendBuiltSheetsToFile(
    file,
    out,
    (data) => {
      const evaluated = assessData(file, data, { ruleSetId: options.ruleSet });
      return { models: appendixModels(evaluated), value: evaluated };
    },
    { allowSameFile: sameFile },
  );
  return { assessed, written: result.written };
}

/**
 * Only the Phụ lục sheets go to the PDF, not the roster and the other input sheets: they are written
 * alone to a temporary workbook, which LibreOffice prints to "<out>.pdf".
 */
async function appendixPdf(assessed: Evaluated, out: string): Promise<string> {
  const parsed = path.parse(out);
  const work = await mkdtemp(path.join(tmpdir(), "dvht-pdf-"));
  try {
    const printable = path.join(work, `${parsed.name}.xlsx`);
    await writeModelsFile(appendixModels(assessed), printable);
    const pdf = await convertToPdf(printable, work);
    const target = path.join(parsed.dir, `${parsed.name}.pdf`);
    await copyFile(pdf, target);
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function appendixCommand(file: string, options: AppendixOptions, output: Output): Promise<number> {
  const out = options.output ?? defaultAppendixPath(file);
  const { assessed, written } = await appendixFromFile(file, out, options);
  output.out(`Đã ghi Phụ lục vào “${out}”: ${written.join(", ")}.`);
  output.out(`Kết quả chung: ${assessed.evaluation.overall.label}.`);
  if (options.pdf) {
    const pdf = await appendixPdf(assessed, out);
    output.out(`Đã ghi bản PDF để in, ký và đóng dấu: “${pdf}”.`);
  }
  return EXIT_OK;
}
