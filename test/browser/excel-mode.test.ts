/**
 * The built task pane as it runs inside Excel, in chromium: office.js is replaced (page.route) by a small
 * stand-in whose Office.onReady says host Excel and whose Excel.run hands the pane a context over a
 * sample's values, as Office.js would (getUsedRangeOrNullObject values, no tables, one sync per batch).
 * It checks the Excel path of the pane: results equal to `dvht evaluate`, the values-only notice where
 * custom functions are missing, “Chọn các dòng chưa đạt trong Excel”, Office.js errors in Vietnamese, and
 * Office's dark theme.
 */
import { join } from "node:path";
import type { Server } from "node:http";
import * as ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { runCli } from "../helpers/capture";
import { axeViolations, launch, openPane, ready, ROOT, startServer } from "./harness";

const AN_BINH = join(ROOT, "samples", "truong-tieu-hoc-an-binh.xlsx");
const describeIfReady = ready ? describe : describe.skip;

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!ready) return;
  ({ server, base } = await startServer());
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** A sheet's values as Office.js gives them: "" for blanks, dates as serial numbers, formulas as results. */
function officeValue(value: ExcelJS.CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value === "object") {
    if ("result" in value) return officeValue(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    return "";
  }
  return value;
}

async function sheetsOf(file: string): Promise<{ name: string; values: (string | number | boolean)[][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const values: (string | number | boolean)[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = 1; c <= width; c++) row.push(officeValue(ws.getCell(r, c).value));
      values.push(row);
    }
    return { name: ws.name, values };
  });
}

/** The stand-in for office.js, evaluated in the page before the pane's bundle runs. */
const FAKE_OFFICE = `
(function () {
  var setup = window.__excelSetup;
  var selected = (window.__selected = []);
  function sheet(s) {
    return {
      name: s.name,
      visibility: "Visible",
      getUsedRangeOrNullObject: function () {
        var rows = s.values.length, cols = rows ? s.values[0].length : 0;
        return { load: function () {}, isNullObject: rows === 0, values: s.values, rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols };
      },
      activate: function () { selected.push("activate " + s.name); },
      getRanges: function (address) { return { select: function () { selected.push(s.name + "!" + address); } }; },
    };
  }
  var context = {
    workbook: {
      worksheets: { load: function () {}, items: setup.sheets.map(sheet), getItem: function (n) { return sheet(setup.sheets.filter(function (s) { return s.name === n; })[0]); } },
      tables: { load: function () {}, items: [] },
    },
    sync: function () { return Promise.resolve(); },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { requirements: { isSetSupported: function () { return false; } }, officeTheme: { bodyBackgroundColor: setup.background } },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      return Promise.resolve().then(function () { if (callback) callback(info); return info; });
    },
  };
  window.CustomFunctions = { associate: function () {} };
  window.Excel = {
    run: function (batch) {
      if (setup.failWith) return Promise.reject(Object.assign(new Error(setup.failWith.message), { code: setup.failWith.code }));
      return batch(context);
    },
  };
})();
`;

async function openInExcel(setup: { sheets: unknown; background: string; failWith?: { code: string; message: string } }): Promise<{ page: Page; problems: () => string[] }> {
  const { page, problems } = await openPane(browser, base);
  await page.route("**/office-js/office.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE }));
  await page.addInitScript((s) => {
    (window as unknown as { __excelSetup: unknown }).__excelSetup = s;
  }, setup);
  await page.reload();
  return { page, problems };
}

describeIfReady("task pane inside Excel (office.js stand-in)", () => {
  test("reads the open workbook, shows the CLI's result, the values-only notice, and selects rows in Excel", async () => {
    const cli = JSON.parse((await runCli("evaluate", AN_BINH, "--json")).stdout) as { overall: { label: string } };
    const { page, problems } = await openInExcel({ sheets: await sheetsOf(AN_BINH), background: "#ffffff" });
    // No file picker inside Excel: the workbook is the open one.
    expect(await page.getByTestId("file-input").count()).toBe(0);
    await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
    await page.getByTestId("overall").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("overall").textContent()).toBe(cli.overall.label);
    expect(await page.getByTestId("workbook-card").textContent()).toContain("Excel trên máy này không có hàm tùy chỉnh DVHT.*");
    await page.getByTestId("toggle-2.5").click();
    await page.getByRole("button", { name: "Chọn các dòng chưa đạt trong Excel" }).click();
    await page.waitForFunction(() => (window as unknown as { __selected: string[] }).__selected.length === 2);
    const selected = await page.evaluate(() => (window as unknown as { __selected: string[] }).__selected);
    expect(selected[0]).toBe("activate Thành viên");
    expect(selected[1]).toMatch(/^Thành viên!\d+:\d+(,\d+:\d+)*$/);
    // One person of the list: their row, on the sheet the reason points at.
    const first = page.getByTestId("not-meeting-2.5").getByRole("button").first();
    const [, sheet, row] = /\(trang tính “([^”]+)”, dòng (\d+)\)$/.exec((await first.textContent())!)!;
    await first.click();
    await page.waitForFunction(() => (window as unknown as { __selected: string[] }).__selected.length === 4);
    const again = await page.evaluate(() => (window as unknown as { __selected: string[] }).__selected);
    expect(again.slice(2)).toEqual([`activate ${sheet}`, `${sheet}!${row}:${row}`]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 120_000);

  test("an Office.js error reaches the clerk in Vietnamese", async () => {
    const { page, problems } = await openInExcel({ sheets: [], background: "#ffffff", failWith: { code: "AccessDenied", message: "Access denied." } });
    await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
    const error = page.getByTestId("message-error");
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toMatch(/^Đánh giá không thành công\. Excel không cho ghi/);
    expect(await error.textContent()).not.toMatch(/Access denied/);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 120_000);

  test("Office's black theme gives the dark theme", async () => {
    const { page, problems } = await openInExcel({ sheets: await sheetsOf(AN_BINH), background: "#262626" });
    await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
    await page.getByTestId("overall").waitFor({ timeout: 60_000 });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(41, 41, 41)"); // Fluent's dark colorNeutralBackground1, #292929
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await page.context().close();
  }, 120_000);
});
