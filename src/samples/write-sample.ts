/** `npm run samples`: regenerate the bundled sample workbook(s) under samples/ from their code. */
import path from "node:path";
import { writeWorkbookData } from "../xlsx/write-data";
import { primarySchoolSample } from "./primary-school";

export const SAMPLES_DIR = path.resolve(__dirname, "..", "..", "samples");

export async function main(): Promise<void> {
  const file = path.join(SAMPLES_DIR, "truong-tieu-hoc-an-binh.xlsx");
  await writeWorkbookData(primarySchoolSample(), file, {});
  process.stdout.write(`Đã ghi ${file}\n`);
}
