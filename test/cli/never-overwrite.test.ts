/**
 * dvht never loses what the clerk typed: writing the Phụ lục into the workbook itself again and again
 * leaves one set of dvht's sheets with the same content; a user's own sheet that has the name of a Phụ lục
 * is kept and dvht writes beside it; the committee's text in `Tự đánh giá` and every other sheet of the
 * user's survive each regeneration, and the file still evaluates to the same result.
 */
import { copyFileSync } from "node:fs";
import path from "node:path";
import * as ExcelJS from "exceljs";
import type { SheetData, WorkbookData } from "../../src/workbook/workbook-data";
import { readWorkbookFile } from "../../src/xlsx/read";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import { MARKER_HEADER } from "../../src/xlsx/marker";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";
import { buildWorkbook, setCell } from "../helpers/workbook-builder";

jest.setTimeout(60_000);

const dir = freshDir("never-overwrite");
const INPUT_SHEETS = ["Đơn vị", "Thành viên", "Khen thưởng", "Chứng chỉ", "Bồi dưỡng", "Tự đánh giá"];

/** The committee's own words, with what a clerk really types: line breaks, quotes, long text. */
const COMMITTEE_TEXT =
  "Đơn vị ban hành Kế hoạch số 12/KH-THKĐ ngày 05/01/2025.\nĐã triển khai tới 100% tổ chuyên môn; " +
  "“Tuần lễ học tập suốt đời” tổ chức từ 01–07/10/2025. " +
  "Chi tiết xem minh chứng H1-01-01 … H1-01-05.".repeat(3);

function unitWorkbook(): WorkbookData {
  const data = buildWorkbook({ members: 12 });
  setCell(data, "Tự đánh giá", 2, "Mô tả hiện trạng", COMMITTEE_TEXT);
  setCell(data, "Tự đánh giá", 2, "Điểm mạnh", "Cán bộ quản lý quan tâm; giáo viên chủ động.");
  setCell(data, "Tự đánh giá", 3, "Kế hoạch cải tiến", "Năm 2026: 100% giáo viên có chứng chỉ tin học.");
  return data;
}

const byName = (data: WorkbookData, name: string): SheetData | undefined => data.sheets.find((s) => s.name === name);

async function markerSheets(file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.filter((ws) => ws.getCell(1, 1).value === MARKER_HEADER).length;
}

async function levels(file: string): Promise<unknown> {
  const run = await runCli("evaluate", file, "--json");
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  return { overall: json.overall, indicators: json.indicators.map((i: { id: string; level: unknown; ratio: unknown }) => [i.id, i.level, i.ratio]) };
}

test("dvht appendix FILE -o FILE, run three times: one set of Phụ lục sheets, same content, the user's sheets untouched", async () => {
  const file = path.join(dir, "truong.xlsx");
  const original = unitWorkbook();
  await writeWorkbookData(original, file);
  const expected = await levels(file);

  const snapshots: WorkbookData[] = [];
  for (let run = 1; run <= 3; run++) {
    const result = await runCli("appendix", file, "-o", file);
    expect(result.code).toBe(0);
    const data = await readWorkbookFile(file);
    snapshots.push(data);
    // The user's sheets, committee text included, as typed.
    for (const name of INPUT_SHEETS) expect(byName(data, name)).toEqual(byName(original, name));
    expect(byName(data, "Tự đánh giá")!.rows[1]).toContain(COMMITTEE_TEXT);
    expect(await markerSheets(file)).toBe(1);
    expect(await levels(file)).toEqual(expected);
  }
  const [first, second, third] = snapshots;
  const names = first!.sheets.map((s) => s.name);
  expect(names.slice(0, INPUT_SHEETS.length)).toEqual(INPUT_SHEETS);
  expect(names.length).toBeGreaterThan(INPUT_SHEETS.length);
  expect(names.filter((n) => /\(dvht/.test(n))).toEqual([]); // never a second copy beside its own sheet
  expect(second).toEqual(first);
  expect(third).toEqual(first);
});

test("a user's own sheet named like a Phụ lục (“Bản tổng hợp”) is kept; dvht writes beside it, and reuses that place", async () => {
  const input = path.join(dir, "co-ban-tong-hop.xlsx");
  const mine: SheetData = {
    name: "Bản tổng hợp",
    rows: [["BẢN TỔNG HỢP CỦA TỔ ĐÁNH GIÁ"], ["Ghi chú", "Tổ tự lập bảng này, không được xoá"], ["Tổng số phiếu", 12]],
  };
  const original = unitWorkbook();
  original.sheets.push(mine);
  await writeWorkbookData(original, input);
  const inputCopy = path.join(dir, "co-ban-tong-hop-goc.xlsx");
  copyFileSync(input, inputCopy);
  const expected = await levels(input);

  const out = path.join(dir, "co-ban-tong-hop-phu-luc.xlsx");
  const runs = [await runCli("appendix", input, "-o", out)];
  expect(runs[0]!.stdout).toContain("Bản tổng hợp (dvht)");
  for (let again = 0; again < 3; again++) {
    expect(runs[runs.length - 1]!.code).toBe(0);
    const data = await readWorkbookFile(out);
    expect(byName(data, "Bản tổng hợp")).toEqual(mine);
    expect(byName(data, "Bản tổng hợp (dvht)")!.rows.length).toBeGreaterThan(1);
    expect(data.sheets.filter((s) => s.name.startsWith("Bản tổng hợp")).map((s) => s.name)).toEqual(["Bản tổng hợp", "Bản tổng hợp (dvht)"]);
    for (const name of INPUT_SHEETS) expect(byName(data, name)).toEqual(byName(original, name));
    expect(await levels(out)).toEqual(expected);
    if (again < 2) runs.push(await runCli("appendix", out, "-o", out));
  }
  // The input was only read.
  expect((await readWorkbookFile(input)).sheets).toEqual((await readWorkbookFile(inputCopy)).sheets);
});
