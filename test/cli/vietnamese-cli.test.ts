/**
 * The command line speaks Vietnamese throughout (help, errors of usage, --version), never prints a stack
 * trace or a library's English, strips control characters that came from a workbook, ends evaluate /
 * appendix / report with the count of errors and warnings, and exits 1 under --strict when data has errors.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import * as load from "../../src/cli/load";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";
import { buildWorkbook } from "../helpers/workbook-builder";

jest.setTimeout(60_000);
const dir = freshDir("vietnamese-cli");
const ENGLISH = /\b(Usage|Options|Commands|Arguments|error|unknown|missing|Did you mean|display help|Cannot|undefined|Invalid)\b/;

test("--help: Vietnamese titles and usage, no commander English", async () => {
  const run = await runCli("--help");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Cách dùng: dvht [tùy chọn] [lệnh]");
  expect(run.stdout).toContain("Tùy chọn:");
  expect(run.stdout).toContain("Lệnh:");
  expect(run.stdout).toContain("appendix [tùy chọn] <tệp>");
  expect(run.stdout).not.toMatch(ENGLISH);
  const sub = await runCli("appendix", "--help");
  expect(sub.stdout).toContain("Cách dùng: dvht appendix [tùy chọn] <tệp>");
  expect(sub.stdout).toContain("Đối số:");
  expect(sub.stdout).toContain("--ghi-de");
  expect(sub.stdout).toContain("--strict");
  expect(sub.stdout).not.toMatch(ENGLISH);
});

test("--version prints dvht's version from package.json", async () => {
  const { version } = JSON.parse(readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8"));
  const run = await runCli("--version");
  expect(run.code).toBe(0);
  expect(run.stdout.trim()).toBe(`dvht ${version}`);
});

test.each([
  [["evaluat"], /Lỗi: không có lệnh “evaluat”\.\n\(Có phải ý bạn là evaluate\?\)/],
  [["evaluate", "--jsn", "x.xlsx"], /Lỗi: không có tùy chọn “--jsn”\.\n\(Có phải ý bạn là --json\?\)/],
  [["evaluate"], /Lỗi: thiếu đối số bắt buộc <tệp>\./],
  [["appendix", "a.xlsx", "-o"], /Lỗi: tùy chọn “-o, --output <tệp>” cần một giá trị\./],
  [["evaluate", "a.xlsx", "b.xlsx"], /Lỗi: thừa đối số cho lệnh “evaluate”: cần 1, nhận 2\./],
])("dvht %j: exit 2 with a Vietnamese usage error", async (args, message) => {
  const run = await runCli(...args);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toContain("dùng dvht --help");
  expect(run.stderr).not.toMatch(ENGLISH);
});

test("an unexpected failure inside a command: exit 2, Vietnamese, the library's English only with DVHT_DEBUG=1", async () => {
  const spy = jest.spyOn(load, "loadAndAssess").mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')"));
  try {
    const run = await runCli("evaluate", SAMPLE_FILE);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/dvht gặp lỗi không lường trước/);
    expect(run.stderr).not.toMatch(ENGLISH);
    process.env.DVHT_DEBUG = "1";
    const debug = await runCli("evaluate", SAMPLE_FILE);
    expect(debug.stderr).toContain("Cannot read properties of undefined");
  } finally {
    delete process.env.DVHT_DEBUG;
    spy.mockRestore();
  }
});

test("a package whose sheet part is missing is reported as a damaged file, not as a missing sheet", async () => {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE_FILE));
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = /<sheet [^>]*name="Thành viên"[^>]*r:id="([^"]+)"/.exec(workbookXml)![1]!;
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
  zip.remove(`xl/${target}`);
  const file = path.join(dir, "thieu-phan.xlsx");
  require("node:fs").writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  const run = await runCli("evaluate", file);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/bị hỏng/);
  expect(run.stderr).toContain("sheet “Thành viên” được liệt kê trong sổ nhưng phần dữ liệu");
  expect(run.stderr).not.toMatch(/Thiếu sheet/);
});

test("control characters from a workbook (ESC, BEL, CR, C1, bidi overrides) never reach the terminal", async () => {
  const data = buildWorkbook({ members: 5 });
  data.sheets[0]!.rows[1] = ["Tên đơn vị", "Trường \u001b[2J\u001b[31mĐỎ\u0007\r\u009b\u202eABC"];
  const file = path.join(dir, "dieu-khien.xlsx");
  await writeWorkbookData(data, file);
  const run = await runCli("evaluate", file);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/Trường \[2J\[31mĐỎ ?ABC/); // the text stays, only the control characters go
  expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
});

test("evaluate ends with the count line; --strict exits 1 when the data has errors, and 0 when it has none", async () => {
  const clean = await runCli("evaluate", SAMPLE_FILE, "--strict");
  expect(clean.code).toBe(0);
  expect(clean.stdout.trimEnd().split("\n").pop()).toBe("Tổng kết: 0 lỗi dữ liệu, 0 cảnh báo.");

  const data = buildWorkbook({ members: 10 });
  const roster = data.sheets.find((s) => s.name === "Thành viên")!;
  roster.rows[3]![1] = roster.rows[2]![1]!; // two members with the same Mã
  const file = path.join(dir, "trung-ma.xlsx");
  await writeWorkbookData(data, file);
  const json = await runCli("evaluate", file, "--json");
  expect(json.code).toBe(0);
  const errors = JSON.parse(json.stdout).issues.filter((i: { severity: string }) => i.severity === "error").length;
  expect(errors).toBeGreaterThan(0);
  expect(json.stderr).toBe(""); // --json: exactly one JSON object, nothing else
  const text = await runCli("evaluate", file);
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(new RegExp(`Tổng kết: ${errors} lỗi dữ liệu, \\d+ cảnh báo\\. Hãy sửa các lỗi`));
  expect((await runCli("evaluate", file, "--json", "--strict")).code).toBe(1);
  const strict = await runCli("evaluate", file, "--strict");
  expect(strict.code).toBe(1);
  expect(strict.stdout).toMatch(/kết thúc với mã 1 \(--strict\)/);
  const appendix = await runCli("appendix", file, "--strict");
  expect(appendix.code).toBe(1);
  expect(appendix.stdout).toMatch(new RegExp(`Tổng kết: ${errors} lỗi dữ liệu`));
});

test("evaluate on a FIFO or a symlink to /dev/zero: exit 2 at once, no hang", async () => {
  const fifo = path.join(dir, "ong.xlsx");
  require("node:child_process").execFileSync("mkfifo", [fifo]);
  const zero = path.join(dir, "khong.xlsx");
  require("node:fs").symlinkSync("/dev/zero", zero);
  for (const file of [fifo, zero]) {
    const run = await runCli("evaluate", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không phải tệp thông thường/);
  }
}, 20_000);
