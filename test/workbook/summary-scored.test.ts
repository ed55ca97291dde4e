/**
 * The summary file (`dvht summary`) for a TT22/2020 unit: points per item and tiêu chí and the xếp loại,
 * not “Không áp dụng” beside a total (issue 15 item 2). A TT24 unit in the same summary keeps its levels.
 */
import { join } from "node:path";
import { assessWorkbook } from "../../src/workbook/assess";
import { buildSummarySheets, SUMMARY_TABLE_SHEET } from "../../src/workbook/summary/build-summary";
import type { SheetModel } from "../../src/workbook/sheet-model";
import type { CellValue } from "../../src/workbook/workbook-data";
import { readWorkbookFile } from "../../src/xlsx/read";

const SAMPLES = join(__dirname, "..", "..", "samples");

// TT22/2020 Điều 5: the maximum of each item; the committee's points are those of the sample's
// “Tự đánh giá” sheet (1a–1c 10, 2a 10, 2b 5, 2c 10, 2d 5, 3a 25, 3b 5, 3c 5).
const ITEMS: [string, number, number][] = [
  ["1a", 10, 10], ["1b", 10, 10], ["1c", 10, 10],
  ["2a", 10, 10], ["2b", 5, 5], ["2c", 10, 10], ["2d", 5, 5],
  ["3a", 25, 25], ["3b", 5, 10], ["3c", 5, 5],
];

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

let table: SheetModel;
let header: string[];
const rowOf = (name: string) => table.rows.find((r) => r.some((c) => text(c?.value) === name))!;
const at = (row: SheetModel["rows"][number], column: string) => text(row[header.indexOf(column)]?.value);

beforeAll(async () => {
  const tt22 = assessWorkbook(await readWorkbookFile(join(SAMPLES, "truong-tieu-hoc-an-son-tt22.xlsx")));
  const tt24 = assessWorkbook(await readWorkbookFile(join(SAMPLES, "truong-tieu-hoc-an-binh.xlsx")));
  const sheets = buildSummarySheets([
    { file: "an-son.xlsx", assessment: tt22, error: null },
    { file: "an-binh.xlsx", assessment: tt24, error: null },
  ]);
  table = sheets.find((s) => s.name === SUMMARY_TABLE_SHEET)!;
  const h = table.rows.findIndex((r) => text(r[0]?.value) === "STT");
  header = table.rows[h]!.map((c) => text(c?.value));
});

test.each(ITEMS)("TT22 item %s (Điều 5): %d of %d points, never “Không áp dụng”", (id, points, max) => {
  const row = rowOf("Trường Tiểu học An Sơn");
  expect(at(row, `${id} mức, điểm`)).toBe(`${points}/${max} điểm`);
});

test("TT22 tiêu chí are sums of their items' points out of 30, 30 and 40 (Điều 5 khoản 1–3), and the xếp loại", () => {
  const row = rowOf("Trường Tiểu học An Sơn");
  const sum = (prefix: string, k: 1 | 2) => ITEMS.filter(([id]) => id.startsWith(prefix)).reduce((s, item) => s + item[k], 0);
  expect(["1", "2", "3"].map((c) => at(row, `Tiêu chí ${c}`))).toEqual(["1", "2", "3"].map((c) => `${sum(c, 1)}/${sum(c, 2)} điểm`));
  const total = ITEMS.reduce((s, [, p]) => s + p, 0);
  // Điều 6 khoản 2 điểm a: from 85 points, loại tốt.
  expect(total).toBeGreaterThanOrEqual(85);
  expect(at(row, "Kết quả chung")).toBe(`Xếp loại Tốt (${total}/100 điểm)`);
  expect(row.map((c) => text(c?.value))).not.toContain("Không áp dụng");
});

test("a TT24 unit in the same summary keeps its levels", () => {
  const row = rowOf("Trường Tiểu học An Bình");
  expect(at(row, "2.4 mức, điểm")).toBe("Đạt mức độ 1");
  expect(at(row, "3.5 mức, điểm")).toBe("Không áp dụng");
  expect(at(row, "Kết quả chung")).toBe("Đạt mức độ 1");
});
