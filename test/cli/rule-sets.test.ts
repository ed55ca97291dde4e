/**
 * Every rule set through the faces: `dvht demo --rule-set ID` on the bundled sample of each rule set
 * (seed 004's commune under TT25 cấp xã, seed 003's THPT under TT24 cấp tỉnh with its 933 learners apart
 * from the 48 members, seed 001's school under TT22 with 95 points → Tốt), `dvht rules`, and the
 * consistency checks the seeds call for.
 */
import * as ExcelJS from "exceljs";
import path from "node:path";
import { sampleFile } from "../../src/cli/commands/demo";
import { SHEETS } from "../../src/workbook/sheets";
import { SAMPLES } from "../../src/samples";
import { primarySchoolSample } from "../../src/samples/primary-school";
import { communeSample } from "../../src/samples/commune-tt25";
import { assessWorkbook } from "../../src/workbook/assess";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { readWorkbookFile } from "../../src/xlsx/read";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("cli-rule-sets");

async function sheetTexts(file: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out = new Map<string, string>();
  for (const ws of workbook.worksheets) {
    const lines: string[] = [];
    ws.eachRow((row) => lines.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v))).join(" | ")));
    out.set(ws.name, lines.join("\n"));
  }
  return out;
}

test.each(SAMPLES.map((s) => [s.file, s] as const))("the bundled %s is what its code generates", async (_file, sample) => {
  const bundled = await readWorkbookFile(sampleFile(sample.ruleSets[0]));
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v ?? null);
  const trim = (r: unknown[]) => { const c = r.map(norm); while (c.length && c[c.length - 1] === null) c.pop(); return c; };
  for (const sheet of sample.build().sheets) {
    const rows = bundled.sheets.find((s) => s.name === sheet.name)!.rows;
    expect(rows.map(trim)).toEqual(sheet.rows.map(trim));
  }
});

test("dvht demo --rule-set tt25-2023/xa: seed 004's commune under TT25 cấp xã writes its Phụ lục", async () => {
  const out = path.join(dir, "tt25");
  const run = await runCli("demo", "--rule-set", "tt25-2023/xa", "-o", out);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Bộ tiêu chí: “Cộng đồng học tập” cấp xã theo Thông tư 25/2023/TT-BGDĐT");
  expect(run.stdout).toContain("Số công dân: 6.420");
  expect(run.stdout).toContain("Tiêu chí 5: Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã — Đạt mức độ 1");
  expect(run.stdout).toContain("4.100/6.420 công dân (63,9%) đạt danh hiệu Công dân học tập; đạt ngưỡng mức độ 1 là 60%");
  expect(run.stdout).toContain("KẾT QUẢ CHUNG: Đạt mức độ 1");
  const sheets = await sheetTexts(path.join(out, "xa-an-hoa-thinh-phu-luc.xlsx"));
  const summary = [...sheets.entries()].find(([name]) => name.startsWith("Bản tổng hợp"))![1];
  expect(summary).toContain("Tiêu chí 5");
  expect(summary).toContain("Số công dân: 6.420");
  expect(summary).toContain("Công dân: 800/6.420 (12,5%)");
  expect(summary).not.toContain("Thành viên");
});

test("dvht demo --rule-set tt24-2023/tinh: seed 003's THPT, 933 learners apart from the 48 members", async () => {
  const run = await runCli("demo", "--rule-set", "tt24-2023/tinh", "-o", path.join(dir, "tinh"));
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Thành viên: 48 (tính vào đánh giá: 48; không tính: 0)");
  expect(run.stdout).toContain("48/48 thành viên (100%) đạt danh hiệu Công dân học tập");
  expect(run.stdout).toContain("846/933 người học (90,7%)");
  // The table shows the part that decides 3.1: the learners (846/933 < 95%), not the members' 48/48.
  expect(run.stdout).toMatch(/3\.1 +Đạt danh hiệu “Công dân học tập” +846\/933 +90,7% +Không đạt/);
  expect(run.stdout).toContain("Mức đáp ứng cơ bản");
  expect(run.stdout).toContain("KẾT QUẢ CHUNG: Không đạt");
});

test("dvht demo --rule-set tt22-2020: seed 001's 30 + 30 + 35 = 95 → Tốt, with a scoring table", async () => {
  const out = path.join(dir, "tt22");
  const run = await runCli("demo", "--rule-set", "tt22-2020", "-o", out);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Tiêu chí 1: Các tiêu chí về các điều kiện để xây dựng Đơn vị học tập — 30/30 điểm");
  expect(run.stdout).toContain("— 35/40 điểm");
  expect(run.stdout).toMatch(/3b .* 5\/10 điểm/);
  expect(run.stdout).toContain("KẾT QUẢ CHUNG: Xếp loại Tốt (95/100 điểm)");
  const sheets = await sheetTexts(path.join(out, "truong-tieu-hoc-an-son-tt22-phu-luc.xlsx"));
  const scoring = sheets.get("Bảng điểm")!;
  expect(scoring).toContain("Điểm tối đa | Điểm tự đánh giá");
  expect(scoring).toContain("TỔNG ĐIỂM | 100 | 95");
  expect(scoring).toContain("Xếp loại: Tốt (95/100 điểm)");
});

test("dvht demo names the rule sets it has samples for", async () => {
  const run = await runCli("demo", "--rule-set", "tt25-2023/tinh", "-o", path.join(dir, "none"));
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Chưa có tệp mẫu cho bộ tiêu chí “tt25-2023/tinh”");
});

test("dvht rules lists the rule sets; dvht rules ID prints thresholds per level and citations", async () => {
  const list = await runCli("rules");
  expect(list.code).toBe(0);
  for (const id of ["tt24-2023/xa", "tt24-2023/huyen", "tt24-2023/tinh", "tt25-2023/xa", "tt25-2023/huyen", "tt25-2023/tinh", "tt22-2020"]) expect(list.stdout).toContain(id);
  expect(list.stdout).toContain("văn bản hết hiệu lực từ 26/01/2024");
  const xa = await runCli("rules", "tt25-2023/xa");
  expect(xa.stdout).toContain("Đạt mức độ 1: tối thiểu 50% — Điều 6 khoản 5 điểm b [giả định của dvht]; xã thuộc vùng khó khăn: tối thiểu 40% (Điều 6 khoản 5 điểm b)");
  expect(xa.stdout).toContain("Đạt mức độ 2: từ “Mức độ 3” trở lên — Điều 7 khoản 4 điểm b");
  const tt22 = await runCli("rules", "tt22-2020");
  expect(tt22.stdout).toContain("Tối đa 25 điểm — Điều 5 khoản 3 điểm a");
  expect(tt22.stdout).toContain("Tốt: từ 85 điểm — Điều 6 khoản 3 điểm a");
  const bad = await runCli("rules", "tt99");
  expect(bad.code).toBe(2);
});

function withUnitRow(data: WorkbookData, label: string, value: string): WorkbookData {
  const sheets = data.sheets.map((s) => (s.name === SHEETS.unit ? { ...s, rows: s.rows.map((r) => (r[0] === label ? [label, value] : r)) } : s));
  return { sheets };
}

test("seed 004: “Cộng đồng học tập” under TT25 filled in with TT24's Đơn vị học tập table is an error naming the fit", () => {
  const assessment = assessWorkbook(withUnitRow(primarySchoolSample(), "Quy định", "TT25/2023"));
  expect(assessment.ruleSet!.id).toBe("tt25-2023/xa");
  const issue = assessment.issues.find((i) => i.code === "communityWithoutCommunityInput")!;
  expect(issue.severity).toBe("error");
  expect(issue.message).toContain("theo bảng “Đơn vị học tập” (Thông tư 24/2023/TT-BGDĐT)");
  expect(issue.fix).toContain("tt24-2023/xa");
});

test("a Cộng đồng sheet evaluated under TT24 is reported with the TT25 rule set that fits", () => {
  const assessment = assessWorkbook(withUnitRow(communeSample(), "Quy định", "TT24/2023"));
  const issue = assessment.issues.find((i) => i.code === "communityUnderUnitRules")!;
  expect(issue.severity).toBe("warning");
  expect(issue.message).toContain("tt25-2023/xa");
});

test("with Quy định blank, a Cộng đồng sheet chooses TT25 and a year before 2024 chooses TT22", () => {
  expect(assessWorkbook(withUnitRow(communeSample(), "Quy định", "")).ruleSet!.id).toBe("tt25-2023/xa");
  const tt22 = assessWorkbook(withUnitRow(withUnitRow(primarySchoolSample(), "Quy định", ""), "Năm đánh giá", "2023"));
  expect(tt22.ruleSet!.id).toBe("tt22-2020");
});

test("TT22 chosen for 2025 is a warning naming tt24-2023/xa", () => {
  const assessment = assessWorkbook(withUnitRow(primarySchoolSample(), "Quy định", "TT22/2020"));
  const issue = assessment.issues.find((i) => i.code === "repealedRegulation")!;
  expect(issue.message).toContain("tt24-2023/xa");
});
