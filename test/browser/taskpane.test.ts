/**
 * The built task pane in a real browser at task-pane width (350 px), outside Excel (Office.onReady gives
 * host null): every sample against `dvht evaluate`, a broken file after a good one, a file fixed on disk,
 * Ghép cột saved and reopened, keyboard-only use, the report and the summary. Every state is checked by
 * axe-core and photographed under test-output/browser/; any page error, console error, CSP violation or
 * request leaving 127.0.0.1 fails the test. Needs `npm run build` (npm test builds when dist/ is stale).
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { join } from "node:path";
import type { Server } from "node:http";
import * as ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import { runCli } from "../helpers/capture";
import { buildWorkbook } from "../helpers/workbook-builder";
import { freshDir } from "../helpers/tmp";
import { CHART_PARTS, sampleWithChart } from "./chart-sample";
import { axeViolations, DIST, launch, makeTmp, openPane, PANE_WIDTH, pageWidth, ready, ROOT, startServer } from "./harness";

const SAMPLES = join(ROOT, "samples");
const AN_BINH = join(SAMPLES, "truong-tieu-hoc-an-binh.xlsx");
const LABELS: Record<string, string> = { null: "Không áp dụng", 0: "Không đạt", 1: "Đạt mức độ 1", 2: "Đạt mức độ 2" };

const describeIfReady = ready ? describe : describe.skip;

let server: Server;
let base: string;
let browser: Browser;
let shots: string;

beforeAll(async () => {
  if (!ready) return;
  ({ server, base } = await startServer());
  browser = await launch();
  shots = freshDir("browser");
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** axe-core finds nothing, the pane is not widened, and a screenshot of the state is kept. */
async function checkState(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
  expect({ name, width: await pageWidth(page) }).toEqual({ name, width: PANE_WIDTH });
}

async function pick(page: Page, path: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(path);
}

async function evaluate(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
  await page.getByTestId("overall").waitFor({ timeout: 60_000 });
}

async function openMenu(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Thêm ▾" }).click();
  await page.getByRole("menu").waitFor();
}

interface CliIndicator { id: string; level: number | null; ratio: number | null; parts: { numerator: number | null; denominator: number | null; value: string | null }[] }

/** The CLI's text table: each chỉ tiêu's last column (a level or "5/10 điểm") and the overall line. */
function cliResults(text: string): { overall: string; results: Map<string, string> } {
  const results = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^ {2}(\S+)\s.*?\s((?:\d+(?:,\d+)?\/\d+(?:,\d+)? điểm)|Đạt mức độ \d|Không đạt|Không áp dụng)$/.exec(line);
    if (m) results.set(m[1]!, m[2]!);
  }
  return { overall: /^KẾT QUẢ CHUNG: (.+)$/m.exec(text)![1]!, results };
}

describeIfReady("task pane in chromium at 350 px, outside Excel", () => {
  const samples = readdirSync(SAMPLES).filter((n) => n.endsWith(".xlsx")).sort();

  test.each(samples)("%s: the levels or points, figures and overall result are those of `dvht evaluate`", async (name) => {
    const file = join(SAMPLES, name);
    const text = (await runCli("evaluate", file)).stdout;
    const json = JSON.parse((await runCli("evaluate", file, "--json")).stdout) as { indicators: CliIndicator[] };
    const cli = cliResults(text);
    const { page, problems } = await openPane(browser, base);
    await pick(page, file);
    await page.getByTestId("workbook-card").waitFor({ timeout: 60_000 });
    await checkState(page, `${name}-1-da-doc`);
    await evaluate(page);
    // The result is what comes first: brought into view with focus on it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("ket-qua-chung");
    expect(await page.getByTestId("overall").textContent()).toBe(cli.overall);
    // The live region says the read happened and its outcome.
    expect(await page.getByTestId("status-done").textContent()).toMatch(new RegExp(`^Đã đọc ${name.replace(/\./g, "\\.")} lúc [\\d:]+; kết quả chung: `));
    expect(cli.results.size).toBe(json.indicators.length);
    for (const ind of json.indicators) {
      expect([ind.id, await page.getByTestId(`level-${ind.id}`).textContent()]).toEqual([ind.id, cli.results.get(ind.id)]);
      // A chỉ tiêu without a ratio shows the value its level was decided on, as the CLI does.
      const value = ind.parts.find((p) => p.value !== null)?.value;
      if (ind.parts.length === 1 && value) expect([ind.id, await page.getByTestId(`figure-${ind.id}`).textContent()]).toEqual([ind.id, value]);
    }
    const card = (await page.getByTestId("workbook-card").textContent())!;
    if (name.startsWith("xa-")) {
      expect(card).toContain("Số công dân: 6.420.");
      expect(card).not.toMatch(/thành viên/);
    }
    if (name.includes("tt22")) {
      // TT22/2020 Điều 5: 2b is worth 5 points and the committee gave 5; 3b 5 of 10.
      expect(await page.getByTestId("level-2b").textContent()).toBe("5/5 điểm");
      expect(await page.getByTestId("level-3b").textContent()).toBe("5/10 điểm");
      expect(await page.getByTestId("criterion-3").textContent()).toBe("35/40 điểm");
      expect(await page.getByText("Không áp dụng").count()).toBe(0);
      expect(await page.getByTestId("chart").locator("rect").count()).toBeGreaterThan(0);
    }
    if (name.includes("thpt")) {
      // 3.1: the members' share meets (48/48) but the learners' (846/933 = 90,7% < 95%) does not; both visible.
      expect(await page.getByTestId("figure-3.1").textContent()).toBe("846/933 (90,7%)");
      const parts = (await page.getByTestId("parts-3.1").textContent())!;
      expect(parts).toContain("48/48 (100%) (đạt)");
      expect(parts).toContain("846/933 (90,7%) (chưa đạt)");
    }
    await checkState(page, `${name}-2-ket-qua`);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("under a chỉ tiêu: who does not meet it, why, and how many more are needed; a draft notice when data has errors", async () => {
    // Expected from the workbook itself: counted members (Tính vào đánh giá “Có”), the Công dân học tập flag
    // (3.1) and who holds a Ngoại ngữ certificate (2.4, TT24 Điều 7 khoản 2 điểm d: ngoại ngữ hoặc tiếng dân tộc thiểu số).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(AN_BINH);
    const counted: { name: string; row: number; citizen: string }[] = [];
    wb.getWorksheet("Thành viên")!.eachRow((r, row) => {
      if (row > 1 && r.getCell(4).value === "Có") counted.push({ name: String(r.getCell(2).value), row, citizen: String(r.getCell(6).value) });
    });
    const holders = new Set<string>();
    wb.getWorksheet("Chứng chỉ")!.eachRow((r, row) => {
      if (row > 1 && ["Ngoại ngữ", "Tiếng dân tộc thiểu số"].includes(String(r.getCell(2).value))) holders.add(String(r.getCell(1).value));
    });
    const notCitizens = counted.filter((m) => m.citizen !== "Có");
    const noLanguage = counted.filter((m) => !holders.has(m.name));
    const withLanguage = counted.length - noLanguage.length;
    // TT24/2023 Điều 7 khoản 2 điểm d: mức độ 2 needs 70% of the members.
    const target = Math.ceil((70 * counted.length) / 100);

    const { page, problems } = await openPane(browser, base);
    await pick(page, AN_BINH);
    await page.getByTestId("workbook-card").waitFor({ timeout: 60_000 });
    await evaluate(page);
    expect(await page.getByTestId("draft").count()).toBe(0);

    await page.getByTestId("toggle-3.1").click();
    const citizens = (await page.getByTestId("not-meeting-3.1").locator("li").allTextContents());
    expect(citizens.map((t) => t.split(" — ")[0])).toEqual(notCitizens.map((m) => m.name));
    expect(citizens[0]).toContain(`(trang tính “Thành viên”, dòng ${notCitizens[0]!.row})`);
    // One list of the rows not meeting, with names and reasons: the bare “Dòng chưa đạt” is not repeated.
    expect(await page.getByTestId("detail-3.1").textContent()).not.toContain("Dòng chưa đạt");

    await page.getByTestId("toggle-2.4").click();
    const gap = (await page.getByTestId("gap-2.4").textContent())!;
    expect(gap).toContain(`Cần thêm ${target - withLanguage} thành viên đạt (${target}/${counted.length}, ngưỡng 70%) để lên mức độ 2`);
    expect(gap).toContain(`Chưa đạt (${noLanguage.length} người)`);
    const people = await page.getByTestId("not-meeting-2.4").locator("li").allTextContents();
    expect(people.map((t) => t.split(" — ")[0])).toEqual(noLanguage.map((m) => m.name));
    await checkState(page, "chua-dat-va-con-thieu");

    // The same workbook with one member pasted again with other data: an error, so the result is a draft.
    const dir = makeTmp();
    const draftFile = join(dir, "ban-nhap.xlsx");
    const roster = wb.getWorksheet("Thành viên")!;
    roster.getRow(roster.rowCount + 1).values = [roster.rowCount, counted[0]!.name, "Giáo viên", "Có", null, "Có"];
    await wb.xlsx.writeFile(draftFile);
    await pick(page, draftFile);
    await page.getByTestId("workbook-card").waitFor({ timeout: 60_000 });
    await evaluate(page);
    expect(await page.getByTestId("draft").textContent()).toMatch(/^BẢN NHÁP — còn 1 lỗi dữ liệu, xem trang tính “Thành viên” dòng \d+/);
    await checkState(page, "ban-nhap");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("mức độ 2 reached four months after mức độ 1 was recognised: the procedure's note beside the overall level", async () => {
    // A unit meeting every mức độ 2 threshold, recognised at mức độ 1 on 01/09/2025; TT24/2023 Điều 5
    // khoản 3 asks 12 months before mức độ 2, and the file for 2025 is due 15/01/2026: 4 months.
    const data = buildWorkbook({ members: 12 });
    const unit = data.sheets.find((x) => x.name === "Đơn vị")!;
    for (const r of unit.rows) if (r[0] === "Mức chuyển đổi số (QĐ 4725)") r[1] = "Mức đáp ứng tốt";
    unit.rows.push(["Ngày công nhận mức độ 1", "01/09/2025"]);
    const file = join(makeTmp(), "muc-do-2.xlsx");
    await writeWorkbookData(data, file);
    const { page, problems } = await openPane(browser, base);
    await pick(page, file);
    await page.getByTestId("workbook-card").waitFor({ timeout: 60_000 });
    await evaluate(page);
    expect(await page.getByTestId("overall").textContent()).toBe("Đạt mức độ 2");
    const note = (await page.getByTestId("overall-note").textContent())!;
    expect(note).toContain("sau ít nhất 12 tháng");
    expect(note).toContain("01/09/2025");
    expect(note).toContain("mới được 4 tháng");
    await checkState(page, "muc-do-2-chua-du-12-thang");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a broken file after a good one: the old workbook, results and report are gone, the error is Vietnamese", async () => {
    const dir = makeTmp();
    const broken = join(dir, "hong.xlsx");
    writeFileSync(broken, "không phải excel");
    const { page, problems } = await openPane(browser, base);
    await pick(page, AN_BINH);
    await page.getByTestId("workbook-card").waitFor({ timeout: 60_000 });
    await evaluate(page);
    await pick(page, broken);
    const error = page.getByTestId("message-error");
    await error.waitFor({ timeout: 30_000 });
    // The package reader's refusal, as `dvht evaluate` words it: the file's name and how to fix it.
    expect(await error.textContent()).toMatch(/Tệp “hong.xlsx” không phải tệp Excel \.xlsx.*lưu dưới dạng \.xlsx/);
    expect(await error.textContent()).not.toMatch(/zip|https?:/i);
    expect(await page.getByTestId("overall").count()).toBe(0);
    expect(await page.getByTestId("workbook-card").count()).toBe(0);
    expect(await page.getByText("Trường Tiểu học An Bình").count()).toBe(0);
    await openMenu(page);
    expect(await page.getByRole("menuitem", { name: "Tải báo cáo (Word)" }).getAttribute("aria-disabled")).toBe("true");
    await page.keyboard.press("Escape");
    await checkState(page, "tep-hong");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a file fixed on disk is read again: “Đánh giá” (or “Mở lại tệp”) shows the fixed data", async () => {
    const dir = makeTmp();
    const file = join(dir, "don-vi.xlsx");
    copyFileSync(AN_BINH, file);
    const { page, problems } = await openPane(browser, base);
    await pick(page, file);
    await evaluate(page);
    expect(await page.getByRole("heading", { name: "Trường Tiểu học An Bình" }).count()).toBe(1);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Đơn vị")!.getCell("B2").value = "Trường Tiểu học An Bình Mới";
    await wb.xlsx.writeFile(file);

    await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
    await page.getByTestId("overall").or(page.getByTestId("message-error")).waitFor({ timeout: 60_000 });
    if (await page.getByTestId("message-error").count()) {
      // Chromium does not read a picked file again once it changed: the pane says to open it again.
      expect(await page.getByTestId("message-error").textContent()).toMatch(/Mở lại tệp/);
      expect(await page.getByTestId("overall").count()).toBe(0);
      await page.getByRole("button", { name: "Mở lại tệp" }).waitFor();
      await pick(page, file); // the same file again: the input was cleared, so this is a change
      await page.getByTestId("workbook-card").waitFor({ timeout: 60_000 });
      await evaluate(page);
    }
    expect(await page.getByRole("heading", { name: "Trường Tiểu học An Bình Mới" }).count()).toBe(1);
    await checkState(page, "tep-da-sua");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("Ghép cột: a renamed column is mapped, the mapping is shown when reopened and kept", async () => {
    const dir = makeTmp();
    const file = join(dir, "ten-cot-khac.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(AN_BINH);
    wb.getWorksheet("Thành viên")!.getCell("B1").value = "Tên cán bộ";
    await wb.xlsx.writeFile(file);
    const { page, problems } = await openPane(browser, base);
    await pick(page, file);
    await page.getByTestId("issues").waitFor({ timeout: 60_000 });
    // Errors first, open, with their count.
    expect(await page.getByTestId("issue-group-error").first().textContent()).toMatch(/^Lỗi phải sửa — .*\(\d+\)$/);
    await checkState(page, "ghep-cot-1-loi");

    await openMenu(page);
    await page.getByRole("menuitem", { name: "Ghép cột…" }).click();
    await page.getByRole("heading", { name: "Ghép cột" }).waitFor();
    await page.getByTestId("mapping-column-Họ và tên").click();
    await page.getByRole("option", { name: "Tên cán bộ" }).click();
    await checkState(page, "ghep-cot-2-form");
    await page.getByRole("button", { name: "Lưu ghép cột" }).click();
    await page.getByTestId("message-success").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("workbook-card").textContent()).not.toMatch(/lỗi phải sửa/);

    await openMenu(page);
    await page.getByRole("menuitem", { name: "Ghép cột…" }).click();
    expect(await page.getByTestId("mapping-column-Họ và tên").textContent()).toBe("Tên cán bộ");
    // Another dvht sheet: the unit's sheet follows it, not the previous choice.
    await page.getByTestId("mapping-sheet").click();
    await page.getByRole("option", { name: "Khen thưởng" }).click();
    expect(await page.getByTestId("mapping-from").textContent()).toBe("Khen thưởng");
    await page.getByRole("button", { name: "Huỷ" }).click();
    await openMenu(page);
    await page.getByRole("menuitem", { name: "Ghép cột…" }).click();
    expect(await page.getByTestId("mapping-column-Họ và tên").textContent()).toBe("Tên cán bộ");
    await page.getByRole("button", { name: "Lưu ghép cột" }).click();
    await page.getByTestId("message-success").waitFor({ timeout: 60_000 });
    await evaluate(page);
    expect(await page.getByTestId("overall").textContent()).toBe("Đạt mức độ 1");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("keyboard only: Tab and Enter open the sample, evaluate, and open an explanation with row names", async () => {
    const { page, problems } = await openPane(browser, base);
    await page.getByRole("button", { name: "Dùng tệp mẫu" }).waitFor();
    async function tabTo(name: string) {
      for (let k = 0; k < 20; k++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
      }
      throw new Error(`Tab never reached “${name}”`);
    }
    await tabTo("Dùng tệp mẫu");
    await page.keyboard.press("Enter");
    await page.getByTestId("workbook-card").waitFor({ timeout: 60_000 });
    await tabTo("Đánh giá");
    await page.keyboard.press("Enter");
    await page.getByTestId("overall").waitFor({ timeout: 60_000 });
    await tabTo("▸ Danh hiệu “Lao động tiên tiến” trở lên");
    const toggle = page.getByTestId("toggle-2.5");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const detail = (await page.getByTestId("detail-2.5").textContent())!;
    // The members who do not meet it, each with the reason and the row; the citation once.
    expect(detail).toMatch(/Chưa đạt \(\d+ người\):.+ — .+\(trang tính “[^”]+”, dòng \d+\)/);
    expect(detail.match(/Điều 7 khoản 2 điểm đ/g)).toHaveLength(1);
    await checkState(page, "ban-phim-giai-thich");
    await page.keyboard.press(" ");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    // The live region stays in the page between actions, so screen readers hear each new state.
    expect(await page.getByRole("status").count()).toBe(1);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("the template with no file open, the report of the current file, and a summary of several files", async () => {
    const { page, problems } = await openPane(browser, base);
    await openMenu(page);
    const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Tạo mẫu nhập liệu" }).click()]);
    expect(template.suggestedFilename()).toBe("mau-nhap-lieu-dvht.xlsx");
    await checkState(page, "mau-nhap-lieu");

    await pick(page, AN_BINH);
    await evaluate(page);
    await openMenu(page);
    const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Tải báo cáo (Word)" }).click()]);
    expect(report.suggestedFilename()).toBe("Trường Tiểu học An Bình - bao cao tu danh gia.docx");
    expect(readFileSync((await report.path())!).subarray(0, 2).toString()).toBe("PK");

    await openMenu(page);
    const [appendix] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Tải Phụ lục (.xlsx)" }).click()]);
    expect(appendix.suggestedFilename()).toBe("truong-tieu-hoc-an-binh-phu-luc.xlsx");
    const withAppendix = new ExcelJS.Workbook();
    await withAppendix.xlsx.readFile((await appendix.path())!);
    // The unit's own sheets are all kept, and the appendix sheets are added after them.
    const names = withAppendix.worksheets.map((w) => w.name);
    for (const own of ["Đơn vị", "Thành viên", "Khen thưởng", "Chứng chỉ", "Bồi dưỡng", "Tự đánh giá"]) expect(names).toContain(own);
    expect(names.length).toBeGreaterThan(6);

    const [summary] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("summary-input").setInputFiles([
        { name: "an-binh.xlsx", mimeType: "application/octet-stream", buffer: readFileSync(AN_BINH) },
        { name: "hong.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("không phải excel") },
      ]),
    ]);
    expect(summary.suggestedFilename()).toBe("tong-hop-don-vi.xlsx");
    await page.getByText("Đã tổng hợp 2 tệp vào tong-hop-don-vi.xlsx (1 tệp không đánh giá được).").waitFor();
    // Written as `dvht summary` writes it (dvht's package writer): both sheets, a row per file, the chart.
    const summaryFile = readFileSync((await summary.path())!);
    const summaryBook = new ExcelJS.Workbook();
    await summaryBook.xlsx.load(summaryFile as unknown as ArrayBuffer);
    const table = summaryBook.getWorksheet("Tổng hợp đơn vị")!;
    // The header is row 3; Tệp is column B.
    expect([table.getCell("B4").value, table.getCell("B5").value].sort()).toEqual(["an-binh.xlsx", "hong.xlsx"]);
    expect(summaryBook.getWorksheet("Thống kê mức đạt")).toBeDefined();
    expect(Object.keys(unzipSync(summaryFile))).toContain("xl/charts/chart1.xml");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a picked file is read and its Phụ lục written without ExcelJS, keeping the file's chart; the template loads ExcelJS", async () => {
    const { page, problems } = await openPane(browser, base);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname);
    });
    // A script holds ExcelJS when it holds one of ExcelJS's own error messages.
    const exceljs = (script: string) => readFileSync(join(DIST, script), "utf8").includes("Cannot merge already merged cells");
    for (const bundle of ["/taskpane.js", "/evaluate-worker.js"]) expect([bundle, exceljs(bundle)]).toEqual([bundle, false]);

    const input = sampleWithChart(AN_BINH);
    await page.getByTestId("file-input").setInputFiles({ name: "truong-bieu-do.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(input) });
    await evaluate(page);
    await openMenu(page);
    const [appendix] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Tải Phụ lục (.xlsx)" }).click()]);
    expect(appendix.suggestedFilename()).toBe("truong-bieu-do-phu-luc.xlsx");
    expect(scripts).toContain("/evaluate-worker.js");
    expect(scripts.filter(exceljs)).toEqual([]);

    const before = unzipSync(input);
    const after = unzipSync(readFileSync((await appendix.path())!));
    for (const part of [...CHART_PARTS, "xl/worksheets/_rels/sheet2.xml.rels", "xl/worksheets/sheet2.xml"]) {
      expect([part, Buffer.from(after[part] ?? []).equals(Buffer.from(before[part]!))]).toEqual([part, true]);
    }
    expect(strFromU8(after["[Content_Types].xml"]!)).toContain('<Override PartName="/xl/charts/chart1.xml"');
    // The Phụ lục's sheets were added beside the unit's six and the marker.
    const sheetNames = [...strFromU8(after["xl/workbook.xml"]!).matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
    expect(sheetNames.slice(0, 6)).toEqual(["Đơn vị", "Thành viên", "Khen thưởng", "Chứng chỉ", "Bồi dưỡng", "Tự đánh giá"]);
    expect(sheetNames).toContain("dvht");
    expect(sheetNames.length).toBeGreaterThan(8);

    // The downloaded file's Phụ lục again: dvht's unchanged sheets are replaced in place (the marker's fingerprints).
    await page.getByTestId("file-input").setInputFiles({ name: "lan-hai.xlsx", mimeType: "application/octet-stream", buffer: readFileSync((await appendix.path())!) });
    await evaluate(page);
    await openMenu(page);
    const [again] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Tải Phụ lục (.xlsx)" }).click()]);
    const second = unzipSync(readFileSync((await again.path())!));
    expect([...strFromU8(second["xl/workbook.xml"]!).matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1])).toEqual(sheetNames);
    for (const part of CHART_PARTS) expect([part, Buffer.from(second[part] ?? []).equals(Buffer.from(before[part]!))]).toEqual([part, true]);
    expect(scripts.filter(exceljs)).toEqual([]);

    await openMenu(page);
    const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Tạo mẫu nhập liệu" }).click()]);
    expect(template.suggestedFilename()).toBe("mau-nhap-lieu-dvht.xlsx");
    expect(scripts.filter(exceljs).length).toBeGreaterThan(0);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a zip bomb is refused with the package reader's limit, in Vietnamese, naming the file and the part", async () => {
    const { page, problems } = await openPane(browser, base);
    const parts = unzipSync(readFileSync(AN_BINH));
    // 20 MiB of spaces inside one sheet: a few KiB zipped, past the reader's 200× inflation limit.
    parts["xl/worksheets/sheet2.xml"] = strToU8(strFromU8(parts["xl/worksheets/sheet2.xml"]!).replace("</sheetData>", "</sheetData>" + " ".repeat(20 * 1024 * 1024)));
    await page.getByTestId("file-input").setInputFiles({ name: "bom.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(zipSync(parts)) });
    const error = page.getByTestId("message-error");
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toMatch(/dvht từ chối đọc tệp “bom\.xlsx” vì tệp vượt giới hạn .*“xl\/worksheets\/sheet2\.xml”/);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 120_000);

  test("evaluation runs in a worker, says each step, and “Huỷ” stops it with nothing of it shown", async () => {
    // A large roster so that reading takes long enough to be cancelled: 20.000 members.
    const dir = makeTmp();
    const file = join(dir, "lon.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(AN_BINH);
    const roster = wb.getWorksheet("Thành viên")!;
    for (let k = 0; k < 20_000; k++) roster.addRow([k + 100, `Thành viên số ${k + 1}`, "Giáo viên", "Có", null, "Có"]);
    await wb.xlsx.writeFile(file);
    const { page, problems } = await openPane(browser, base);
    const workerRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/evaluate-worker.js")) workerRequests.push(r.url());
    });
    await pick(page, file);
    const step = page.getByTestId("progress-step");
    await step.waitFor({ timeout: 30_000 });
    expect(await step.textContent()).toMatch(/^Đang .+…$/);
    await page.getByRole("button", { name: "Huỷ" }).click();
    await page.getByTestId("message-info").waitFor();
    expect(await page.getByTestId("message-info").textContent()).toBe("Đã huỷ.");
    expect(workerRequests.length).toBe(1);
    await page.waitForTimeout(1_000);
    expect(await page.getByTestId("workbook-card").count()).toBe(0);
    expect(await page.getByTestId("overall").count()).toBe(0);
    await checkState(page, "da-huy");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a server without evaluate-worker.js: the pane evaluates on the page instead", async () => {
    const { page, problems } = await openPane(browser, base);
    await page.route("**/evaluate-worker.js", (route) => route.fulfill({ status: 404, body: "" }));
    await pick(page, AN_BINH);
    await evaluate(page);
    expect(await page.getByTestId("overall").textContent()).toBe("Đạt mức độ 1");
    // The only complaint is the missing file itself.
    expect(problems().filter((p) => !/404|evaluate-worker/.test(p))).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a dark colour scheme gives Fluent's dark theme, readable (axe's contrast rules) in every colour of a level", async () => {
    const { page, problems } = await openPane(browser, base, "dark");
    await pick(page, join(SAMPLES, "truong-thpt-binh-khanh.xlsx"));
    await evaluate(page);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(3 * 80);
    await checkState(page, "giao-dien-toi");
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("waiting for office.js's timers brings no telemetry frame and no CSP error", async () => {
    const { page, problems } = await openPane(browser, base);
    await page.waitForTimeout(4_000); // office.js frames its telemetry page 3 s after loading
    expect(await page.locator("iframe").count()).toBe(0);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe("the built add-in", () => {
  (ready ? test : test.skip)("functions.json lists every DVHT function and the bundles name no external host", () => {
    const meta = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(["CITE", "COUNT", "CRITERION", "EVALUATE", "INDICATOR", "LEVEL", "OVERALL", "RATIO", "TEXT", "THRESHOLD"]);
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/Content-Security-Policy\b[^>]*default-src 'self'/);
    // localhost, XML namespace/schema URIs (purl.oclc.org: strict OOXML, in docx), and links inside libraries'
    // own error and licence texts (answers.microsoft.com: a docx error message), never fetched.
    // fabricweb.azureedge.net is a url() in Fluent's unused colour-picker styles: the page's CSP
    // (img-src 'self') blocks it, and the browser tests above assert no request leaves 127.0.0.1.
    const allowed = /^https?:\/\/(localhost|127\.0\.0\.1)([:/]|$)|^https?:\/\/(www\.w3\.org|schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org|purl\.oclc\.org|ns\.adobe\.com)\/|^https:\/\/(github\.com|react\.dev|aka\.ms|stuk\.github\.io|fabricweb\.azureedge\.net|answers\.microsoft\.com)\//;
    const hosts = new Set<string>();
    for (const name of readdirSync(DIST).filter((n) => n.endsWith(".js") || n.endsWith(".html"))) {
      const text = readFileSync(join(DIST, name), "utf8");
      for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/?/g)) if (!allowed.test(m[0])) hosts.add(`${name}: ${m[0]}`);
    }
    expect([...hosts]).toEqual([]);
  });
});
