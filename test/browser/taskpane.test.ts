/**
 * The built task pane in a real browser: Debian's chromium (playwright-core) opens dist/taskpane.html from
 * a static server on 127.0.0.1 (outside Excel: Office.onReady gives host null), loads the bundled sample,
 * runs “Đánh giá” and checks the levels shown against `dvht evaluate`; saves a screenshot under test-output/.
 * Needs `npm run build` first (`npm test` builds when dist/ is stale) and /usr/bin/chromium.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";
import { requireTool } from "../helpers/require-tool";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const SAMPLE = join(ROOT, "samples", "truong-tieu-hoc-an-binh.xlsx");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xlsx": "application/octet-stream", ".xml": "application/xml", ".css": "text/css" };
const LABELS: Record<string, string> = { null: "Không áp dụng", 0: "Không đạt", 1: "Đạt mức độ 1", 2: "Đạt mức độ 2" };

const ready = requireTool(existsSync(join(DIST, "taskpane.html")) && existsSync(CHROMIUM), "dist/taskpane.html hoặc /usr/bin/chromium", "npm run build; apt-get install -y chromium");
const describeIfReady = ready ? describe : describe.skip;

let server: Server;
let browser: BrowserContext;
let base: string;
const external: string[] = [];

beforeAll(async () => {
  if (!ready) return;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = normalize(join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  // A fresh profile each run (playwright passes it to chromium as --user-data-dir).
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "dvht-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 520, height: 1500 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describeIfReady("task pane in chromium, outside Excel", () => {
  test("loads the sample, runs Đánh giá and shows the CLI's levels", async () => {
    const cli = JSON.parse((await runCli("evaluate", SAMPLE, "--json")).stdout) as { indicators: { id: string; level: number | null }[]; overall: { label: string } };
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) external.push(r.url());
    });
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Dùng tệp mẫu" }).click();
    await page.getByText(/thành viên \(tính vào đánh giá/).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
    await page.getByTestId("overall").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("overall").textContent()).toBe(cli.overall.label);
    for (const ind of cli.indicators) {
      expect([ind.id, await page.getByTestId(`level-${ind.id}`).textContent()]).toEqual([ind.id, LABELS[String(ind.level)]]);
    }
    await page.getByTestId("indicator-2.5").click();
    await page.getByText(/Dòng chưa đạt/).waitFor();
    const dir = freshDir("browser");
    await page.screenshot({ path: join(dir, "taskpane-ket-qua.png"), fullPage: true });
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  }, 120_000);

  test("Tải báo cáo (Word) downloads the report, and several picked workbooks download one summary", async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Dùng tệp mẫu" }).click();
    await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
    await page.getByTestId("overall").waitFor({ timeout: 30_000 });

    const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải báo cáo (Word)" }).click()]);
    expect(report.suggestedFilename()).toBe("Trường Tiểu học An Bình - bao cao tu danh gia.docx");
    const docx = readFileSync((await report.path())!);
    expect(docx.subarray(0, 2).toString()).toBe("PK"); // a zip package

    const sample = readFileSync(SAMPLE);
    const [summary] = await Promise.all([
      page.waitForEvent("download"),
      page.getByLabel("Chọn các tệp .xlsx để tổng hợp").setInputFiles([
        { name: "an-binh.xlsx", mimeType: "application/octet-stream", buffer: sample },
        { name: "hong.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("không phải excel") },
      ]),
    ]);
    expect(summary.suggestedFilename()).toBe("tong-hop-don-vi.xlsx");
    await page.getByText("Đã tổng hợp 2 tệp vào tong-hop-don-vi.xlsx (1 tệp không đánh giá được).").waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe("the built add-in", () => {
  (requireTool(existsSync(join(DIST, "functions.json")), "dist/functions.json", "npm run build") ? test : test.skip)("functions.json lists every DVHT function and the bundles name no external host", () => {
    const meta = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(["CITE", "COUNT", "CRITERION", "EVALUATE", "INDICATOR", "LEVEL", "OVERALL", "RATIO", "TEXT", "THRESHOLD"]);
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/Content-Security-Policy\b[^>]*default-src 'self'/);
    // localhost, XML namespace/schema URIs (purl.oclc.org: strict OOXML, in docx), and links inside libraries'
    // own error and licence texts (answers.microsoft.com: a docx error message), never fetched.
    // fabricweb.azureedge.net is a url() in Fluent's unused colour-picker styles: the page's CSP
    // (img-src 'self') blocks it, and the browser test above asserts no request leaves 127.0.0.1.
    const allowed = /^https?:\/\/(localhost|127\.0\.0\.1)([:/]|$)|^https?:\/\/(www\.w3\.org|schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org|purl\.oclc\.org|ns\.adobe\.com)\/|^https:\/\/(github\.com|react\.dev|aka\.ms|stuk\.github\.io|fabricweb\.azureedge\.net|answers\.microsoft\.com)\//;
    const hosts = new Set<string>();
    for (const name of readdirSync(DIST).filter((n) => n.endsWith(".js") || n.endsWith(".html"))) {
      const text = readFileSync(join(DIST, name), "utf8");
      for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/?/g)) if (!allowed.test(m[0])) hosts.add(`${name}: ${m[0]}`);
    }
    expect([...hosts]).toEqual([]);
  });
});
