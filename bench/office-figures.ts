/**
 * Office.js figures for `npm run bench`: context.sync() calls and request/response payload for “read every
 * input sheet, write every Phụ lục” at 100 and 5,000 members, through the same counting fake as
 * test/excel/sync-count.test.ts. Compiled by bench/run.js with tsconfig.bench.json; prints one JSON line.
 */
import { writeAppendixInExcel } from "../src/excel/appendix";
import { payloadSize } from "../src/excel/context";
import { fakeUnit } from "../test/helpers/fake-excel";

/** The estimated JSON size of sheets' cell values, cell by cell as the adapter budgets its requests. */
function gridBytes(sheets: { cells: unknown[][] }[]): number {
  let bytes = 0;
  for (const s of sheets) for (const row of s.cells) for (const v of row) bytes += payloadSize(v);
  return bytes;
}

async function figures(members: number) {
  const fake = fakeUnit(members);
  const inputBytes = gridBytes(fake.sheets);
  const before = new Set(fake.sheets.map((s) => s.name));
  await writeAppendixInExcel(fake.context, true);
  const written = fake.sheets.filter((s) => !before.has(s.name));
  return { members, syncs: fake.syncs, readBytes: inputBytes, writeBytes: gridBytes(written) };
}

async function main(): Promise<void> {
  const rows = [];
  for (const n of [100, 5000]) rows.push(await figures(n));
  process.stdout.write(JSON.stringify(rows) + "\n");
}

void main();
