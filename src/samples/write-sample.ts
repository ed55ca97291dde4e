/** `npm run samples`: regenerate the bundled sample workbooks under samples/ from their code. */
import path from "node:path";
import { writeWorkbookData } from "../xlsx/write-data";
import { SAMPLES } from "./index";

export const SAMPLES_DIR = path.resolve(__dirname, "..", "..", "samples");

export async function main(): Promise<void> {
  for (const sample of SAMPLES) {
    const file = path.join(SAMPLES_DIR, sample.file);
    await writeWorkbookData(sample.build(), file, {});
    process.stdout.write(`Đã ghi ${file}\n`);
  }
}
