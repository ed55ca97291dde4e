/** `dvht template --rule-set`: the input sheets of that rule set, with Quy định and Cấp công nhận filled in. */
import * as ExcelJS from "exceljs";
import path from "node:path";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("template");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const visible = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);

test("the default template has the member sheets", async () => {
  const file = path.join(dir, "mac-dinh.xlsx");
  expect((await runCli("template", "-o", file)).code).toBe(0);
  expect(visible(await open(file))).toEqual(["Đơn vị", "Thành viên", "Khen thưởng", "Chứng chỉ", "Bồi dưỡng", "Tự đánh giá"]);
});

/** The `Đơn vị` sheet's labels and values, label → value. */
function unitValues(wb: ExcelJS.Workbook): Record<string, unknown> {
  const unit = wb.getWorksheet("Đơn vị")!;
  return Object.fromEntries([...Array(unit.rowCount).keys()].slice(1).map((r) => [String(unit.getCell(r + 1, 1).value), unit.getCell(r + 1, 2).value]));
}

// TT25 cấp huyện and tỉnh read their communes (districts) in `Đơn vị thành viên`; no chỉ tiêu reads `Cộng đồng`.
test.each([
  ["tt25-2023/huyen", "huyện", "“Cộng đồng học tập” cấp huyện"],
  ["tt25-2023/tinh", "tỉnh", "“Cộng đồng học tập” cấp tỉnh"],
])("a %s template has Đơn vị thành viên, no Cộng đồng, and says which rule set", async (id, tier, title) => {
  const file = path.join(dir, `${id.replace("/", "-")}.xlsx`);
  const run = await runCli("template", "-o", file, "--rule-set", id);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(title);
  const wb = await open(file);
  expect(visible(wb)).toEqual(["Đơn vị", "Đơn vị thành viên", "Tự đánh giá"]);
  const values = unitValues(wb);
  expect(values["Quy định"]).toBe("TT25/2023");
  expect(values["Cấp công nhận"]).toBe(tier);
});

test("a TT25 cấp xã template has Cộng đồng, whose figures its chỉ tiêu read", async () => {
  const file = path.join(dir, "tt25-xa.xlsx");
  expect((await runCli("template", "-o", file, "--rule-set", "tt25-2023/xa")).code).toBe(0);
  const wb = await open(file);
  expect(visible(wb)).toEqual(["Đơn vị", "Cộng đồng", "Tự đánh giá"]);
  expect(wb.getWorksheet("Cộng đồng")!.getCell(2, 1).value).toBe("Số công dân");
});

// Ngày công nhận mức độ 1 and its decision serve the 12-month wait before mức độ 2 (TT24 Điều 5/11
// khoản 3), which TT25 and TT22 do not have; Trường đại học trực thuộc tỉnh serves TT25 cấp tỉnh 3.1.
test.each([
  ["tt24-2023/huyen", true, false],
  ["tt24-2023/tinh", true, false],
  ["tt25-2023/huyen", false, false],
  ["tt25-2023/tinh", false, true],
  ["tt22-2020", false, false],
])("%s: the mức độ 1 rows %s, Trường đại học trực thuộc tỉnh %s", async (id, level1, university) => {
  const file = path.join(dir, `rows-${id.replace("/", "-")}.xlsx`);
  expect((await runCli("template", "-o", file, "--rule-set", id)).code).toBe(0);
  const labels = Object.keys(unitValues(await open(file)));
  expect(labels.includes("Ngày công nhận mức độ 1")).toBe(level1);
  expect(labels.includes("Số quyết định công nhận")).toBe(level1);
  expect(labels.includes("Trường đại học trực thuộc tỉnh")).toBe(university);
  expect(labels).toContain("Tên đơn vị");
});

test("the default template keeps every Đơn vị row", async () => {
  const file = path.join(dir, "mac-dinh-rows.xlsx");
  expect((await runCli("template", "-o", file)).code).toBe(0);
  const labels = Object.keys(unitValues(await open(file)));
  expect(labels).toEqual(expect.arrayContaining(["Ngày công nhận mức độ 1", "Số quyết định công nhận", "Trường đại học trực thuộc tỉnh"]));
});

test("an unknown rule set: exit 2 listing the ones there are", async () => {
  const run = await runCli("template", "-o", path.join(dir, "x.xlsx"), "--rule-set", "tt99");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("tt25-2023/xa");
});
