/**
 * `dvht summary DIR -o OUT.xlsx`: one table over every unit workbook in a folder, for the Phòng, UBND
 * or Sở that receives them. An unreadable workbook gets its row with the reason; it stops nothing.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { assessWorkbook } from "../../workbook/assess";
import { buildSummarySheets, type SummaryEntry } from "../../workbook/summary/build-summary";
import { WorkbookReadError } from "../../xlsx/errors";
import { readWorkbookFile } from "../../xlsx/read";
import { writeModelsFile } from "../../xlsx/write-models";
import { EXIT_OK, UserError, type Output } from "../output";

export const DEFAULT_SUMMARY = "tong-hop-don-vi.xlsx";

async function workbookFiles(dir: string, exclude: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new UserError(`Không mở được thư mục “${dir}”. Hãy kiểm tra đường dẫn.`);
  }
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
    .map((n) => path.join(dir, n))
    .filter((f) => path.resolve(f) !== path.resolve(exclude))
    .sort((a, b) => a.localeCompare(b, "vi"));
}

export async function summaryCommand(dir: string, options: { output?: string }, output: Output): Promise<number> {
  const out = options.output ?? path.join(dir, DEFAULT_SUMMARY);
  const files = await workbookFiles(dir, out);
  if (files.length === 0) throw new UserError(`Thư mục “${dir}” không có tệp .xlsx nào để tổng hợp.`);
  const entries: SummaryEntry[] = [];
  for (const file of files) {
    const name = path.basename(file);
    try {
      entries.push({ file: name, assessment: assessWorkbook(await readWorkbookFile(file)), error: null });
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      entries.push({ file: name, assessment: null, error: error.message });
    }
  }
  await writeModelsFile(buildSummarySheets(entries), out);
  const failed = entries.filter((e) => !e.assessment?.evaluation).length;
  output.out(`Đã tổng hợp ${entries.length} tệp vào “${out}”${failed ? ` (${failed} tệp không đánh giá được, xem cột Ghi chú)` : ""}.`);
  return EXIT_OK;
}
