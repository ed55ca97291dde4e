/** `dvht appendix FILE [-o OUT]`: the workbook with the Phụ lục sheets added, as a copy unless OUT is FILE. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAppendixSheets } from "../../workbook/appendix";
import { fitToExcelLimits } from "../../workbook/excel-limits";
import { appendBuiltSheetsToFile } from "../../xlsx/append";
import type { ApplyResult } from "../../xlsx/apply-models";
import { convertToPdf } from "../pdf";
import { assessData, type Evaluated } from "../load";
import { countIssues, countLine, exitFor } from "../issue-count";
import type { Output } from "../output";
import { prepareOutput, type PreparedOutput } from "../output-file";
import { PDF_TITLE } from "../output-file/signature";

export interface AppendixOptions {
  output?: string;
  ruleSet?: string;
  /** Also print the Phụ lục sheets to PDF through LibreOffice. */
  pdf?: boolean;
  /** Replace an existing output that dvht did not write (--ghi-de / --force). */
  force?: boolean;
  strict?: boolean;
}

/** "truong.xlsx" → "truong-phu-luc.xlsx" beside it. */
export function defaultAppendixPath(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}-phu-luc${parsed.ext || ".xlsx"}`);
}

/** "…/truong-phu-luc.xlsx" → "…/truong-phu-luc.pdf". */
export function pdfPathFor(out: string): string {
  const parsed = path.parse(out);
  return path.join(parsed.dir, `${parsed.name}.pdf`);
}

/** The Phụ lục sheets, within Excel's limits (cell length, row height); `notes` say where they bit. */
function appendixModels(assessed: Evaluated) {
  return fitToExcelLimits(buildAppendixSheets(assessed.evaluation, assessed.input.selfAssessments, assessed.ruleSet));
}

/**
 * Reads FILE once, as ExcelJS's full model, evaluates its values, adds the Phụ lục sheets to that same
 * model and writes it to OUT through the guarded output (prepared before any work is done).
 */
export async function appendixFromFile(
  file: string,
  out: string,
  options: { ruleSet?: string; force?: boolean; inPlace?: boolean; prepared?: PreparedOutput } = {},
): Promise<{ assessed: Evaluated; written: string[]; kept: ApplyResult["kept"]; notes: string[] }> {
  const target = options.prepared ?? (await prepareAppendixOutput(file, out, options));
  const { result, value } = await appendBuiltSheetsToFile(
    file,
    out,
    (data) => {
      const evaluated = assessData(file, data, { ruleSetId: options.ruleSet });
      const { models, notes } = appendixModels(evaluated);
      return { models, value: { assessed: evaluated, notes } };
    },
    { allowSameFile: true, save: (bytes) => target.write(bytes) },
  );
  return { assessed: value.assessed, written: result.written, kept: result.kept, notes: value.notes };
}

export function prepareAppendixOutput(file: string, out: string, options: { force?: boolean; inPlace?: boolean }): Promise<PreparedOutput> {
  return prepareOutput({ path: out, kind: "xlsx", inputs: [file], inPlace: options.inPlace, force: options.force });
}

/**
 * Only the Phụ lục sheets go to the PDF, not the roster and the other input sheets: they are written
 * alone to a temporary workbook, which LibreOffice prints; the PDF then reaches its place through the
 * guarded output like every other file.
 */
async function appendixPdf(assessed: Evaluated, target: PreparedOutput): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "dvht-pdf-"));
  try {
    const printable = path.join(work, "phu-luc.xlsx");
    // ExcelJS builds this throwaway workbook: loaded only with --pdf (it costs a third of a second at start-up).
    const { modelsToBuffer } = await import("../../xlsx/write-models");
    const { bytes } = await modelsToBuffer(appendixModels(assessed).models, { title: PDF_TITLE });
    await writeFile(printable, bytes);
    const pdf = await convertToPdf(printable, work);
    await target.write(await readFile(pdf));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One line per sheet of dvht's that someone changed: it is kept, and where the new one went. */
export function keptMessages(kept: ApplyResult["kept"]): string[] {
  return kept.map(({ sheet, writtenAs }) =>
    writtenAs
      ? `Sheet “${sheet}” đã được sửa sau lần dvht ghi trước (hoặc không do dvht tạo) nên được giữ nguyên; bản mới ghi vào sheet “${writtenAs}”.`
      : `Sheet “${sheet}” đã được sửa sau lần dvht ghi trước nên được giữ nguyên; dvht không còn coi đó là sheet của mình.`,
  );
}

export async function appendixCommand(file: string, options: AppendixOptions, output: Output): Promise<number> {
  const out = options.output ?? defaultAppendixPath(file);
  // Every output is checked before the (long) work starts, so a refusal costs nothing.
  const target = await prepareAppendixOutput(file, out, { force: options.force, inPlace: options.output !== undefined });
  const pdfTarget = options.pdf ? await prepareOutput({ path: pdfPathFor(out), kind: "pdf", inputs: [file, out], force: options.force }) : null;
  const { assessed, written, kept, notes } = await appendixFromFile(file, out, { ...options, prepared: target });
  output.out(`Đã ghi Phụ lục vào “${out}”: ${written.join(", ")}.`);
  for (const line of keptMessages(kept)) output.out(line);
  for (const note of notes) output.out(`Lưu ý: ${note}`);
  output.out(`Kết quả chung: ${assessed.evaluation.overall.label}.`);
  if (pdfTarget) {
    await appendixPdf(assessed, pdfTarget);
    output.out(`Đã ghi bản PDF để in, ký và đóng dấu: “${pdfTarget.path}”.`);
  }
  const count = countIssues(assessed.issues);
  output.out(countLine(count, options.strict));
  return exitFor(count, options.strict);
}
