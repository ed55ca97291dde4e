/** A unit found in many files: each row's note names the first five others and counts the rest. */
import { flagDuplicates } from "../../src/cli/commands/summary";
import type { SummaryEntry } from "../../src/workbook/summary/build-summary";

function entry(file: string, name: string): SummaryEntry {
  return { file, assessment: { input: { unit: { name, year: 2025 } } }, error: null } as unknown as SummaryEntry;
}

it.each([
  [2, /với “f1\.xlsx”;/],
  [6, /với “f1\.xlsx”, “f2\.xlsx”, “f3\.xlsx”, “f4\.xlsx”, “f5\.xlsx”;/],
  [8, /với “f1\.xlsx”, “f2\.xlsx”, “f3\.xlsx”, “f4\.xlsx”, “f5\.xlsx” và 2 tệp khác;/],
  [1001, /với “f1\.xlsx”, “f2\.xlsx”, “f3\.xlsx”, “f4\.xlsx”, “f5\.xlsx” và 995 tệp khác;/],
])("%i files of one unit: the first file's note", (count, note) => {
  const entries = Array.from({ length: count }, (_, i) => entry(`f${i}.xlsx`, "Trường THCS Kim Đồng"));
  entries.push(entry("other.xlsx", "Trường TH An Bình"));
  flagDuplicates(entries);
  expect(entries[0]!.note).toMatch(note);
  expect(entries[0]!.note).toContain("cùng tên và năm 2025");
  expect(entries.at(-1)!.note).toBeUndefined();
});
