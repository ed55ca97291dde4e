/**
 * Generated cells respect Excel's limits: no row taller than 409 pt (a 4,000-character Mô tả hiện trạng
 * used to give 615 pt) and no cell longer than 32,767 characters; each time a limit bites, dvht says where.
 */
import * as ExcelJS from "exceljs";
import path from "node:path";
import { EXCEL_MAX_CELL_CHARS, fitCellText, fitToExcelLimits } from "../../src/workbook/excel-limits";
import { EXCEL_MAX_ROW_HEIGHT, estimateRowHeights } from "../../src/workbook/row-heights";
import type { SheetModel } from "../../src/workbook/sheet-model";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";
import { buildWorkbook, setCell } from "../helpers/workbook-builder";

jest.setTimeout(60_000);
const dir = freshDir("excel-limits");

test("a 4,000-character Mô tả hiện trạng: every row of the Phụ lục is at most 409 pt, and dvht says which row is capped", async () => {
  const data = buildWorkbook({ members: 12 });
  const long = "Đơn vị đã triển khai kế hoạch học tập suốt đời tới từng tổ chuyên môn. ".repeat(57); // 4,047 characters
  expect(long.length).toBeGreaterThan(4000);
  setCell(data, "Tự đánh giá", 2, "Mô tả hiện trạng", long);
  const file = path.join(dir, "mo-ta-dai.xlsx");
  await writeWorkbookData(data, file);
  const out = path.join(dir, "mo-ta-dai-phu-luc.xlsx");
  const run = await runCli("appendix", file, "-o", out);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/Lưu ý: Sheet “.+”, dòng \d+: nội dung cần cao hơn 409 pt/);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  let tallest = 0;
  for (const ws of workbook.worksheets) ws.eachRow((row) => (tallest = Math.max(tallest, row.height ?? 0)));
  expect(tallest).toBe(EXCEL_MAX_ROW_HEIGHT);
});

test("a text of 40,000 characters is cut to Excel's 32,767 with a mark saying how many were cut", () => {
  const text = "a".repeat(40_000);
  const fit = fitCellText(text);
  expect(fit.text.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
  const kept = fit.text.indexOf(" … [dvht đã cắt bớt");
  expect(kept).toBeGreaterThan(32_000);
  expect(fit.removed).toBe(40_000 - kept);
  expect(fit.text).toContain(`cắt bớt ${(40_000 - kept).toLocaleString("vi-VN")} ký tự`);
  expect(fitCellText("ngắn")).toEqual({ text: "ngắn", removed: 0 });
});

test("a cut never splits a surrogate pair", () => {
  const text = "😀".repeat(20_000); // 40,000 UTF-16 units
  const fit = fitCellText(text);
  const head = fit.text.slice(0, fit.text.indexOf(" … ["));
  expect(head.length % 2).toBe(0);
  expect([...head].every((ch) => ch === "😀")).toBe(true);
});

test("fitToExcelLimits names the sheet and cell it cut", () => {
  const model: SheetModel = { name: "Phụ lục I", columnWidths: [20, 20], rows: [[null, { value: "x".repeat(33_000) }]], merges: [] } as unknown as SheetModel;
  const { models, notes } = fitToExcelLimits([model]);
  expect((models[0]!.rows[0]![1]!.value as string).length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
  expect(notes).toEqual([expect.stringMatching(/^Sheet “Phụ lục I”, ô B1: văn bản dài hơn 32\.767 ký tự nên đã bị cắt bớt/)]);
  expect(model.rows[0]![1]!.value).toHaveLength(33_000); // the caller's model is not modified
  for (const h of estimateRowHeights(models[0]!)) expect(h ?? 0).toBeLessThanOrEqual(EXCEL_MAX_ROW_HEIGHT);
});
