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

test("a TT25 cấp huyện template has Cộng đồng and Đơn vị thành viên, and says which rule set", async () => {
  const file = path.join(dir, "tt25-huyen.xlsx");
  const run = await runCli("template", "-o", file, "--rule-set", "tt25-2023/huyen");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("“Cộng đồng học tập” cấp huyện");
  const wb = await open(file);
  expect(visible(wb)).toEqual(["Đơn vị", "Cộng đồng", "Đơn vị thành viên", "Tự đánh giá"]);
  const unit = wb.getWorksheet("Đơn vị")!;
  const values = Object.fromEntries([...Array(20).keys()].map((r) => [unit.getCell(r + 1, 1).value, unit.getCell(r + 1, 2).value]));
  expect(values["Quy định"]).toBe("TT25/2023");
  expect(values["Cấp công nhận"]).toBe("huyện");
  const community = wb.getWorksheet("Cộng đồng")!;
  expect(community.getCell(2, 1).value).toBe("Số công dân");
});

test("an unknown rule set: exit 2 listing the ones there are", async () => {
  const run = await runCli("template", "-o", path.join(dir, "x.xlsx"), "--rule-set", "tt99");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("tt25-2023/xa");
});
