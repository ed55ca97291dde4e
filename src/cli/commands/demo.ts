/** `dvht demo [-o DIR]`: evaluate the bundled sample workbook and write its Phụ lục, saying where. */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { loadAndAssess } from "../load";
import { EXIT_OK, type Output } from "../output";
import { renderEvaluation } from "../render-table";
import { defaultAppendixPath, writeAppendix } from "./appendix";

/** The bundled sample, from the package root (this file runs from src/ in tests and dist-node/ when built). */
export const SAMPLE_FILE = path.resolve(__dirname, "..", "..", "..", "samples", "truong-tieu-hoc-an-binh.xlsx");
export const DEFAULT_DEMO_DIR = "dvht-demo";

export async function demoCommand(options: { output?: string }, output: Output): Promise<number> {
  const dir = options.output ?? DEFAULT_DEMO_DIR;
  await mkdir(dir, { recursive: true });
  const input = path.join(dir, path.basename(SAMPLE_FILE));
  await copyFile(SAMPLE_FILE, input);
  const assessed = await loadAndAssess(input);
  output.out(renderEvaluation(assessed.evaluation, assessed.ruleSet, input));
  const out = defaultAppendixPath(input);
  const written = await writeAppendix(input, out, assessed);
  output.out("");
  output.out(`Tệp mẫu: ${path.resolve(input)}`);
  output.out(`Phụ lục đã ghi vào: ${path.resolve(out)} (${written.join(", ")})`);
  return EXIT_OK;
}
