/**
 * Re-running `dvht appendix` after people worked on the file: a sheet of dvht's that someone typed into
 * (a signature under “Kết luận chung”), or a sheet the committee made under dvht's name after deleting
 * dvht's, is kept as it is; dvht writes its new sheet beside it and says so, naming both.
 */
import * as ExcelJS from "exceljs";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { fingerprintCells } from "../../src/workbook/sheet-fingerprint";
import { readMarker } from "../../src/xlsx/marker";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

jest.setTimeout(60_000);

const root = freshDir("rerun-fingerprint");
let n = 0;
async function appendedUnit(): Promise<string> {
  const dir = path.join(root, `case-${++n}`);
  mkdirSync(dir, { recursive: true });
  const unit = path.join(dir, "unit.xlsx");
  copyFileSync(SAMPLE_FILE, unit);
  const first = await runCli("appendix", unit, "-o", unit);
  expect(first.code).toBe(0);
  return unit;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const SIGNATURE = "Đã ký: Nguyễn Văn A, Chủ tịch Hội đồng";

test("a signature typed into dvht's “Kết luận chung” survives the next run; the new sheet goes beside it", async () => {
  const unit = await appendedUnit();
  const workbook = await load(unit);
  const sheet = workbook.getWorksheet("Kết luận chung")!;
  sheet.getCell(sheet.rowCount + 2, 1).value = SIGNATURE;
  await workbook.xlsx.writeFile(unit);

  const run = await runCli("appendix", unit, "-o", unit);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Sheet “Kết luận chung” đã được sửa sau lần dvht ghi trước");
  expect(run.stdout).toContain("bản mới ghi vào sheet “Kết luận chung (dvht)”");

  const after = await load(unit);
  const kept = after.getWorksheet("Kết luận chung")!;
  expect(kept.getCell(kept.rowCount, 1).value).toBe(SIGNATURE);
  expect(after.getWorksheet("Kết luận chung (dvht)")).toBeDefined();
  // The kept sheet is the user's now: the marker lists the new one, not it.
  const listed = readMarker(after).map((e) => e.name);
  expect(listed).toContain("Kết luận chung (dvht)");
  expect(listed).not.toContain("Kết luận chung");

  // A third run replaces dvht's own “(dvht)” sheet in place and still keeps the signed one.
  const third = await runCli("appendix", unit, "-o", unit);
  expect(third.code).toBe(0);
  const names = (await load(unit)).worksheets.map((w) => w.name);
  expect(names.filter((x) => x.startsWith("Kết luận chung"))).toEqual(["Kết luận chung", "Kết luận chung (dvht)"]);
});

test("a sheet the committee made under dvht's name (after deleting dvht's) is not overwritten", async () => {
  const unit = await appendedUnit();
  const workbook = await load(unit);
  workbook.removeWorksheet(workbook.getWorksheet("Kết luận chung")!.id);
  const own = workbook.addWorksheet("Kết luận chung");
  own.getCell("A1").value = "Kết luận của Hội đồng (bản tự soạn)";
  await workbook.xlsx.writeFile(unit);

  const run = await runCli("appendix", unit, "-o", unit);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/Sheet “Kết luận chung” .* giữ nguyên; bản mới ghi vào sheet “Kết luận chung \(dvht\)”/);
  expect((await load(unit)).getWorksheet("Kết luận chung")!.getCell("A1").value).toBe("Kết luận của Hội đồng (bản tự soạn)");
});

test("an untouched re-run replaces dvht's sheets and says nothing about kept sheets", async () => {
  const unit = await appendedUnit();
  const run = await runCli("appendix", unit, "-o", unit);
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/giữ nguyên/);
  expect((await load(unit)).worksheets.map((w) => w.name).filter((x) => x.includes("(dvht"))).toEqual([]);
});

test("a Phụ lục copy whose dvht sheet was signed is no longer dvht's to replace: refused without --ghi-de", async () => {
  const dir = path.join(root, "copy");
  mkdirSync(dir, { recursive: true });
  const unit = path.join(dir, "unit.xlsx");
  copyFileSync(SAMPLE_FILE, unit);
  expect((await runCli("appendix", unit)).code).toBe(0);
  const copy = path.join(dir, "unit-phu-luc.xlsx");
  expect((await runCli("appendix", unit)).code).toBe(0); // untouched: replaced
  const workbook = await load(copy);
  workbook.getWorksheet("Kết luận chung")!.getCell("A60").value = SIGNATURE;
  await workbook.xlsx.writeFile(copy);
  const run = await runCli("appendix", unit);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/đã được sửa sau khi dvht tạo/);
  expect((await load(copy)).getWorksheet("Kết luận chung")!.getCell("A60").value).toBe(SIGNATURE);
});

describe("the fingerprint", () => {
  const cells = [
    { row: 0, col: 0, value: "Kết luận" },
    { row: 1, col: 1, value: 0.977 },
    { row: 2, col: 0, value: null, formula: "=DVHT.LEVEL(\"2.5\", B2)" },
  ];
  test("changes with a value, a position or a formula's text", () => {
    const base = fingerprintCells(cells);
    expect(fingerprintCells([...cells, { row: 9, col: 0, value: SIGNATURE }])).not.toBe(base);
    expect(fingerprintCells([{ ...cells[0]!, col: 1 }, cells[1]!, cells[2]!])).not.toBe(base);
    expect(fingerprintCells([cells[0]!, { ...cells[1]!, value: 0.978 }, cells[2]!])).not.toBe(base);
    expect(fingerprintCells([cells[0]!, cells[1]!, { ...cells[2]!, formula: "=DVHT.LEVEL(\"2.4\", B2)" }])).not.toBe(base);
  });
  test("does not change with cell order, an empty cell, a recalculated result or Excel's spelling of the formula", () => {
    const base = fingerprintCells(cells);
    expect(fingerprintCells([...cells].reverse())).toBe(base);
    expect(fingerprintCells([...cells, { row: 5, col: 5, value: "" }])).toBe(base);
    expect(fingerprintCells([cells[0]!, cells[1]!, { ...cells[2]!, value: "Đạt mức độ 2" }])).toBe(base);
    expect(fingerprintCells([cells[0]!, cells[1]!, { ...cells[2]!, formula: "dvht.level(\"2.5\",B2)" }])).toBe(base);
  });
});
