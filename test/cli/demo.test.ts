/**
 * The main job end to end: the bundled sample evaluated and its Phụ lục written, then reopened with
 * ExcelJS to check the tables hold the computed figures.
 */
import * as ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { primarySchoolSample } from "../../src/samples/primary-school";
import { readWorkbookFile } from "../../src/xlsx/read";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("cli-demo");

function sheetText(ws: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  ws.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? "" : typeof v === "object" && "result" in (v as object) ? String((v as ExcelJS.CellFormulaValue).result) : String(v)));
    lines.push(values.join(" | "));
  });
  return lines.join("\n");
}

test("the bundled sample is what src/samples/primary-school.ts generates", async () => {
  const bundled = await readWorkbookFile(SAMPLE_FILE);
  const generated = primarySchoolSample();
  expect(bundled.sheets.map((s) => s.name)).toEqual(generated.sheets.map((s) => s.name));
  for (const sheet of generated.sheets) {
    const rows = bundled.sheets.find((s) => s.name === sheet.name)!.rows;
    const norm = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v ?? null);
    expect(rows.map((r) => r.map(norm))).toEqual(sheet.rows.map((r) => r.map(norm)).map((r) => { while (r.length && r[r.length - 1] === null) r.pop(); return r; }));
  }
});

test("dvht demo evaluates the sample and writes its Phụ lục", async () => {
  const run = await runCli("demo", "-o", dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("KẾT QUẢ CHUNG: Đạt mức độ 1");
  expect(run.stdout).toContain("42/44 thành viên (95,5%) đạt danh hiệu Lao động tiên tiến trở lên; đạt ngưỡng mức độ 2 là 95%");
  expect(run.stdout).toContain("Phụ lục đã ghi vào:");

  const out = path.join(dir, "truong-tieu-hoc-an-binh-phu-luc.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const names = workbook.worksheets.map((w) => w.name);
  // The user's sheets are kept, the dossier tables are added.
  expect(names).toEqual(expect.arrayContaining(["Đơn vị", "Thành viên", "Khen thưởng", "Chứng chỉ", "Bồi dưỡng", "Tự đánh giá"]));
  const summary = workbook.worksheets.find((w) => w.name.startsWith("Bản tổng hợp"))!;
  const text = sheetText(summary);
  expect(text).toContain("42/44");
  expect(text).toContain("41/44");
  expect(text).toContain("Không áp dụng");
  expect(text).toContain("Đạt mức độ 1");
  // The input copy is untouched by writing the appendix beside it.
  const copy = readFileSync(path.join(dir, "truong-tieu-hoc-an-binh.xlsx"));
  expect(copy.equals(readFileSync(SAMPLE_FILE))).toBe(true);
});

test("dvht evaluate --json prints exactly one JSON object with levels 0, 1, 2 or null", async () => {
  const run = await runCli("evaluate", SAMPLE_FILE, "--json");
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  expect(json.ruleSet).toBe("tt24-2023/xa");
  const byId = Object.fromEntries(json.indicators.map((i: { id: string }) => [i.id, i]));
  expect(byId["2.5"]).toMatchObject({ numerator: 42, denominator: 44, ratio: 0.9545, level: 2 });
  expect(byId["2.3"]).toMatchObject({ numerator: 41, denominator: 44, level: 1 });
  expect(byId["2.4"]).toMatchObject({ numerator: 25, denominator: 44, level: 1 });
  expect(byId["3.5"].level).toBeNull();
  expect(json.criteria).toEqual([
    expect.objectContaining({ id: "1", level: 2 }),
    expect.objectContaining({ id: "2", level: 1 }),
    expect.objectContaining({ id: "3", level: 1 }),
  ]);
  expect(json.overall).toEqual({ level: 1, label: "Đạt mức độ 1" });
  expect(json.members).toEqual({ total: 45, counted: 44, excluded: 1 });
});
