/** `dvht demo [-o DIR]`: evaluate the bundled sample workbook and write its Phụ lục, saying where. */
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { findRuleSet, RULE_SETS } from "../../rules";
import { SAMPLES, sampleFor } from "../../samples";
import { EXIT_OK, UserError, type Output } from "../output";
import { prepareOutput } from "../output-file";
import { fsReason } from "../output-file/messages";
import { renderEvaluation } from "../render-table";
import { appendixFromFile, defaultAppendixPath } from "./appendix";

/** The bundled sample, from the package root (this file runs from src/ in tests and dist-node/ when built). */
export const SAMPLE_FILE = path.resolve(__dirname, "..", "..", "..", "samples", "truong-tieu-hoc-an-binh.xlsx");
export const DEFAULT_DEMO_DIR = "dvht-demo";

/** The bundled sample for a rule set (the primary school when none is named). */
export function sampleFile(ruleSetId?: string): string {
  if (!ruleSetId) return SAMPLE_FILE;
  if (!findRuleSet(ruleSetId)) throw new UserError(`Không có bộ tiêu chí “${ruleSetId}”. Các bộ tiêu chí hiện có: ${RULE_SETS.map((r) => r.id).join(", ")}.`);
  const sample = sampleFor(ruleSetId);
  if (!sample) {
    const have = SAMPLES.flatMap((s) => s.ruleSets).join(", ");
    throw new UserError(`Chưa có tệp mẫu cho bộ tiêu chí “${ruleSetId}”. Tệp mẫu có cho: ${have}.`);
  }
  return path.resolve(path.dirname(SAMPLE_FILE), sample.file);
}

async function ensureFolder(dir: string): Promise<void> {
  const existing = await stat(dir).catch(() => null);
  if (existing && !existing.isDirectory()) {
    throw new UserError(`“${dir}” đã có và là một tệp, không phải thư mục; dvht demo cần một thư mục để ghi kết quả. Hãy chọn tên thư mục khác (-o).`);
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`Không tạo được thư mục “${dir}”: ${fsReason(error)}.`);
  }
}

export async function demoCommand(options: { output?: string; ruleSet?: string; force?: boolean }, output: Output): Promise<number> {
  const dir = options.output ?? DEFAULT_DEMO_DIR;
  const file = sampleFile(options.ruleSet);
  await ensureFolder(dir);
  const input = path.join(dir, path.basename(file));
  const sample = await readFile(file);
  // The copy of the sample is written again only when it is missing or changed, and only if dvht's to replace.
  const current = await readFile(input).catch(() => null);
  if (!current || !current.equals(sample)) {
    const target = await prepareOutput({ path: input, kind: "xlsx", inputs: [file], force: options.force });
    await target.write(sample);
  }
  const out = defaultAppendixPath(input);
  const { assessed, written } = await appendixFromFile(input, out, { ruleSet: options.ruleSet, force: options.force });
  output.out(renderEvaluation(assessed.evaluation, assessed.ruleSet, input));
  output.out("");
  output.out(`Tệp mẫu: ${path.resolve(input)}`);
  output.out(`Phụ lục đã ghi vào: ${path.resolve(out)} (${written.join(", ")})`);
  return EXIT_OK;
}
