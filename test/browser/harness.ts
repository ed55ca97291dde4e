/**
 * What the task pane's browser tests share: a static server for dist/ on 127.0.0.1, Debian's chromium
 * (playwright-core), pages at task-pane width that record every page error, console error, CSP violation
 * and request leaving the page's origin, axe-core on a state, and screenshots under test-output/browser/.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { requireTool } from "../helpers/require-tool";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const CHROMIUM = "/usr/bin/chromium";
export const PANE_WIDTH = 350;
/** The built pane and chromium; under CI=true their absence fails the run instead of skipping (require-tool.ts). */
export const ready = requireTool(existsSync(join(DIST, "taskpane.html")) && existsSync(CHROMIUM), "dist/taskpane.html hoặc /usr/bin/chromium", "npm run build; apt-get install -y chromium");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png",
  ".xlsx": "application/octet-stream", ".xml": "application/xml", ".css": "text/css", ".map": "application/json",
};

export async function startServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
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
  return { server, base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface GuardedPage {
  page: Page;
  /** Page errors, console errors (CSP violations log there too) and requests outside the page's origin. */
  problems(): string[];
}

/** A page at task-pane width whose every error and outside request is recorded. */
export async function openPane(browser: Browser, base: string, colorScheme: "light" | "dark" = "light"): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, acceptDownloads: true, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${base}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`request outside the origin: ${url}`);
  });
  // A violation the console might not show (report-only, or one a frame swallowed) is reported here too.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${base}/taskpane.html`);
  return { page, problems: () => [...problems] };
}

let axeSource: string | null = null;

/** axe-core's violations on the page as it is now, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, not as a <script>: the page's CSP stays as it is.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
    // Tabster (Fluent's focus manager) puts hidden <i tabindex=0 data-tabster-dummy> sentinels around a
    // toolbar that pass focus on at once; they are its documented mechanism, not content.
    return axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
  })) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(" ")}`));
}

/** The page is no wider than the pane: nothing (a long message, a table) widens it. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

export function makeTmp(): string {
  return mkdtempSync(join(tmpdir(), "dvht-pane-"));
}
