/**
 * `dvht summary` over a folder as it really is: a FIFO or a symlink to /dev/zero must neither hang nor
 * exhaust memory; .xlsm is read like .xlsx; .xls gets a row saying why it was not read; the same unit
 * in two files is flagged; a unit's “Ghép cột” mapping is applied as `evaluate` applies it.
 */
import * as ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { primarySchoolSample } from "../../src/samples/primary-school";
import { mappingToRows, SETTINGS_SHEET_NAME } from "../../src/workbook/mapping";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

jest.setTimeout(60_000);

const root = freshDir("summary-files");
let n = 0;
function folder(): string {
  const dir = path.join(root, `case-${++n}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The summary table's rows as { file → Ghi chú, Tên đơn vị, Kết quả chung }. */
async function summaryRows(file: string): Promise<Map<string, { name: string; overall: string; note: string }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const table = workbook.getWorksheet("Tổng hợp đơn vị")!;
  const header = (table.getRow(3).values as unknown[]).slice(1);
  const col = (name: string) => header.indexOf(name) + 1;
  const rows = new Map<string, { name: string; overall: string; note: string }>();
  for (let r = 4; r <= table.rowCount; r++) {
    const row = table.getRow(r);
    const file = String(row.getCell(col("Tệp")).value ?? "");
    if (file === "") continue;
    rows.set(file, {
      name: String(row.getCell(col("Tên đơn vị")).value ?? ""),
      overall: String(row.getCell(col("Kết quả chung")).value ?? ""),
      note: String(row.getCell(col("Ghi chú")).value ?? ""),
    });
  }
  return rows;
}

test("a FIFO and a symlink to /dev/zero in the folder: summary finishes, each gets a row saying why it was not read", async () => {
  const dir = folder();
  copyFileSync(SAMPLE_FILE, path.join(dir, "a-truong.xlsx"));
  execFileSync("mkfifo", [path.join(dir, "b-ong.xlsx")]);
  symlinkSync("/dev/zero", path.join(dir, "c-khong.xlsx"));
  const out = path.join(dir, "tong-hop.xlsx");
  const run = await runCli("summary", dir, "-o", out);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Đã tổng hợp 3 tệp");
  expect(run.stdout).toMatch(/Tổng kết: 2 lỗi dữ liệu/);
  const rows = await summaryRows(out);
  expect(rows.get("b-ong.xlsx")!.note).toMatch(/không phải tệp thông thường/);
  expect(rows.get("c-khong.xlsx")!.note).toMatch(/không phải tệp thông thường/);
  expect(rows.get("a-truong.xlsx")!.overall).toMatch(/Đạt/);
}, 20_000);

test(".xlsm is read like .xlsx; .xls and .ods get a row with the reason; the same unit in two files is flagged on both", async () => {
  const dir = folder();
  copyFileSync(SAMPLE_FILE, path.join(dir, "an-binh.xlsx"));
  copyFileSync(SAMPLE_FILE, path.join(dir, "an-binh-ban-2.xlsm"));
  writeFileSync(path.join(dir, "cu.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(path.join(dir, "libre.ods"), "PK");
  writeFileSync(path.join(dir, "ghi-chu.txt"), "không phải bảng tính");
  const out = path.join(dir, "tong-hop.xlsx");
  const run = await runCli("summary", dir, "-o", out);
  expect(run.code).toBe(0);
  const rows = await summaryRows(out);
  expect([...rows.keys()].sort()).toEqual(["an-binh-ban-2.xlsm", "an-binh.xlsx", "cu.xls", "libre.ods"]);
  expect(rows.get("an-binh-ban-2.xlsm")!.overall).toBe(rows.get("an-binh.xlsx")!.overall);
  expect(rows.get("an-binh.xlsx")!.note).toMatch(/Trùng đơn vị: .*“an-binh-ban-2\.xlsm”/);
  expect(rows.get("an-binh-ban-2.xlsm")!.note).toMatch(/Trùng đơn vị: .*“an-binh\.xlsx”/);
  expect(rows.get("cu.xls")!.note).toMatch(/Không đọc: tệp Excel cũ \.xls/);
  expect(rows.get("libre.ods")!.note).toMatch(/Không đọc: tệp LibreOffice \.ods/);
  expect(run.stdout).toMatch(/Cảnh báo: 2 tệp là cùng một đơn vị/);
});

test("the unit's Ghép cột mapping (its own sheet name for Thành viên) is applied as evaluate applies it", async () => {
  const dir = folder();
  const data = primarySchoolSample();
  const roster = data.sheets.find((s) => s.name === "Thành viên")!;
  roster.name = "Danh sách CBGV";
  data.sheets.push({ name: SETTINGS_SHEET_NAME, rows: mappingToRows({ sheets: [{ sheet: "Thành viên", from: "Danh sách CBGV", columns: [] }] }) });
  const file = path.join(dir, "ghep-cot.xlsx");
  await writeWorkbookData(data, file);
  const evaluated = await runCli("evaluate", file, "--json");
  expect(evaluated.code).toBe(0);
  const overall = JSON.parse(evaluated.stdout).overall;
  const out = path.join(dir, "tong-hop.xlsx");
  expect((await runCli("summary", dir, "-o", out)).code).toBe(0);
  const row = (await summaryRows(out)).get("ghep-cot.xlsx")!;
  expect(row.note).toBe("");
  expect(typeof overall.label).toBe("string");
  expect(row.overall).toBe(overall.label);
  expect(row.overall).not.toBe("Không đánh giá được");
});

test("--strict: a folder with an unreadable file exits 1 after writing the summary", async () => {
  const dir = folder();
  copyFileSync(SAMPLE_FILE, path.join(dir, "a.xlsx"));
  writeFileSync(path.join(dir, "hong.xlsx"), "không phải excel");
  const run = await runCli("summary", dir, "-o", path.join(dir, "th.xlsx"), "--strict");
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/Tổng kết: 1 lỗi dữ liệu, 0 cảnh báo\. .*--strict/);
});

test("one file failing in an unforeseen way (a library's RangeError) stays on its row; the other units are summarised", async () => {
  const read = await import("../../src/xlsx/read");
  const dir = folder();
  copyFileSync(SAMPLE_FILE, path.join(dir, "a.xlsx"));
  copyFileSync(SAMPLE_FILE, path.join(dir, "b.xlsx"));
  const spy = jest.spyOn(read, "readWorkbookBuffer").mockRejectedValueOnce(new RangeError("Invalid string length"));
  try {
    const out = path.join(dir, "th.xlsx");
    const run = await runCli("summary", dir, "-o", out);
    expect(run.code).toBe(0);
    const rows = await summaryRows(out);
    expect(rows.get("a.xlsx")!.note).toMatch(/^Không đọc được: dvht không xử lý được vì dữ liệu quá lớn/);
    expect(rows.get("a.xlsx")!.note).not.toMatch(/Invalid string length/);
    expect(rows.get("b.xlsx")!.overall).toMatch(/Đạt/);
  } finally {
    spy.mockRestore();
  }
});

test("a terminal sees a progress line per file, cleared at the end; the rows are those of the files", async () => {
  const { main } = await import("../../src/cli/main");
  const dir = folder();
  copyFileSync(SAMPLE_FILE, path.join(dir, "a.xlsx"));
  copyFileSync(SAMPLE_FILE, path.join(dir, "b\u001b[31m.xlsx"));
  writeFileSync(path.join(dir, "cu.xls"), "x"); // listed with its reason, never read: no progress for it
  const progress: string[] = [];
  let stderr = "";
  const code = await main(["summary", dir, "-o", path.join(dir, "th.xlsx")], { out: () => undefined, err: (t) => (stderr += t), progress: (t) => progress.push(t) });
  expect(code).toBe(0);
  expect(stderr).toBe("");
  expect(progress).toEqual(["Đang tổng hợp: 1/2 tệp (a.xlsx)", "Đang tổng hợp: 2/2 tệp (b[31m.xlsx)", ""]);
});
