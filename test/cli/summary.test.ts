/** `dvht summary` over a folder of unit workbooks, one of them broken: a row per file and a chart. */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { primarySchoolSample } from "../../src/samples/primary-school";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("summary");

beforeAll(async () => {
  copyFileSync(SAMPLE_FILE, path.join(dir, "a-truong-an-binh.xlsx"));
  // A second unit that misses mức độ 1 on 2.5.
  const weak = primarySchoolSample();
  weak.sheets[0]!.rows[1] = ["Tên đơn vị", "Trường Tiểu học Bình Minh"];
  const awards = weak.sheets.find((s) => s.name === "Khen thưởng")!;
  awards.rows = awards.rows.slice(0, 30);
  await writeWorkbookData(weak, path.join(dir, "b-truong-binh-minh.xlsx"));
  writeFileSync(path.join(dir, "c-hong.xlsx"), "không phải excel");
  writeFileSync(path.join(dir, "~$a-truong-an-binh.xlsx"), "tệp khoá của Excel");
});

test("a row per workbook, the broken one with its reason, and a chart of units per level", async () => {
  const out = path.join(dir, "tong-hop.xlsx");
  const run = await runCli("summary", dir, "-o", out);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Đã tổng hợp 3 tệp");
  expect(run.stdout).toContain("1 tệp không đánh giá được");

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const table = workbook.getWorksheet("Tổng hợp đơn vị")!;
  const header = (table.getRow(3).values as unknown[]).slice(1);
  expect(header).toEqual(expect.arrayContaining(["Tên đơn vị", "2.5 tỷ lệ", "2.5 mức", "Tiêu chí 2", "Kết quả chung", "Số vấn đề dữ liệu"]));
  const col = (name: string) => header.indexOf(name) + 1;
  const rows = [4, 5, 6].map((r) => table.getRow(r));
  const byName = (name: string) => rows.find((r) => r.getCell(col("Tên đơn vị")).value === name)!;
  expect(byName("Trường Tiểu học An Bình").getCell(col("Kết quả chung")).value).toBe("Đạt mức độ 1");
  expect(byName("Trường Tiểu học An Bình").getCell(col("2.5 tỷ lệ")).value).toBeCloseTo(42 / 44, 10);
  expect(byName("Trường Tiểu học Bình Minh").getCell(col("Kết quả chung")).value).toBe("Không đạt");
  const broken = rows.find((r) => r.getCell(col("Tệp")).value === "c-hong.xlsx")!;
  expect(broken.getCell(col("Kết quả chung")).value).toBe("Không đánh giá được");
  expect(String(broken.getCell(col("Ghi chú")).value)).toContain("không phải tệp Excel .xlsx");
  expect(table.autoFilter).toBeTruthy();

  const stats = workbook.getWorksheet("Thống kê mức đạt")!;
  const counts = Object.fromEntries([2, 3, 4].map((r) => [stats.getCell(r, 1).value, stats.getCell(r, 2).value]));
  expect(counts).toEqual({ "Đạt mức độ 1": 1, "Không đạt": 1, "Không đánh giá được": 1 });

  // The chart part is in the package, tied to the statistics sheet, over its counts.
  const zip = await JSZip.loadAsync(readFileSync(out));
  const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
  expect(chart).toContain("<c:barChart>");
  expect(chart).toContain("'Thống kê mức đạt'!$B$2:$B$4");
  expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("/xl/charts/chart1.xml");
});

test("run again into the same folder: its own earlier output there is not read as a unit", async () => {
  const folder = freshDir("summary-again");
  copyFileSync(path.join(dir, "a-truong-an-binh.xlsx"), path.join(folder, "a.xlsx"));
  copyFileSync(path.join(dir, "b-truong-binh-minh.xlsx"), path.join(folder, "b.xlsx"));
  const out = path.join(folder, "tong-hop-don-vi.xlsx");
  expect((await runCli("summary", folder)).stdout).toContain("Đã tổng hợp 2 tệp");
  const again = await runCli("summary", folder, "-o", out);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain("Đã tổng hợp 2 tệp");
});
