/**
 * The floor: a bare ExcelJS read and write of the same file, nothing else (no values extracted, no
 * sheets added). Run as its own process, like the CLI, so that both include Node's start-up.
 * Usage: node bench/floor.js IN.xlsx OUT.xlsx — prints {"readMs": …, "writeMs": …}.
 */
"use strict";
const ExcelJS = require("exceljs");

async function main() {
  const [input, output] = process.argv.slice(2);
  const t0 = process.hrtime.bigint();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const t1 = process.hrtime.bigint();
  await workbook.xlsx.writeFile(output);
  const t2 = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ readMs: Number(t1 - t0) / 1e6, writeMs: Number(t2 - t1) / 1e6 }) + "\n");
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
