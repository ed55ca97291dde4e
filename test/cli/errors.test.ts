/** What the clerk sees when a file cannot be evaluated: exit code 2 and a Vietnamese reason, no stack trace. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { primarySchoolSample } from "../../src/samples/primary-school";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("cli-errors");

test.each([
  ["a text file", "ghi-chu.xlsx", "hello", /không phải tệp Excel \.xlsx/],
  ["an empty file", "rong.xlsx", "", /rỗng \(0 byte\)/],
])("%s: exit 2 with the file named", async (_case, name, content, message) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  const run = await runCli("evaluate", file);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
});

test("a file that does not exist: exit 2", async () => {
  const run = await runCli("evaluate", path.join(dir, "khong-co.xlsx"));
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/Không tìm thấy tệp/);
});

test("a missing required sheet: exit 2 naming the sheet", async () => {
  const data = primarySchoolSample();
  data.sheets = data.sheets.filter((s) => s.name !== "Bồi dưỡng");
  const file = path.join(dir, "thieu-sheet.xlsx");
  await writeWorkbookData(data, file);
  const run = await runCli("evaluate", file, "--json");
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain("Không thể đánh giá tệp");
  expect(run.stderr).toContain("“Bồi dưỡng”");
});

test("a missing required column: exit 2 naming the sheet and the column", async () => {
  const data = primarySchoolSample();
  const roster = data.sheets.find((s) => s.name === "Thành viên")!;
  roster.rows = roster.rows.map((r) => r.slice(0, 5)); // drop Công dân học tập
  const file = path.join(dir, "thieu-cot.xlsx");
  await writeWorkbookData(data, file);
  const run = await runCli("evaluate", file);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Sheet “Thành viên”");
  expect(run.stderr).toContain("Công dân học tập");
});

test("data problems do not stop the evaluation: exit 0 with located issues", async () => {
  const data = primarySchoolSample();
  const awards = data.sheets.find((s) => s.name === "Khen thưởng")!;
  awards.rows.push(["Người Không Có Trong Danh Sách", "Lao động tiên tiến", 2025, "125/QĐ-UBND"]);
  const file = path.join(dir, "nguoi-la.xlsx");
  await writeWorkbookData(data, file);
  const run = await runCli("evaluate", file, "--json");
  expect(run.code).toBe(0);
  const issue = JSON.parse(run.stdout).issues.find((i: { code: string }) => i.code === "unknownMember");
  expect(issue).toMatchObject({ sheet: "Khen thưởng", row: awards.rows.length, column: "Họ và tên" });
});

test("dvht template writes the canonical workbook, which then reads as an empty unit", async () => {
  const file = path.join(dir, "mau.xlsx");
  const made = await runCli("template", "-o", file);
  expect(made.code).toBe(0);
  const run = await runCli("evaluate", file);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("không có thành viên nào");
});
