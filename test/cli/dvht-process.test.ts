/**
 * The installed `dvht` command, run as a process: bin/dvht.js over the compiled dist-node/ (compiled here
 * when stale, as `npm test` does before jest), its exit codes, its streams, and the same figures as the
 * in-process command — so a broken entry point, a missing compiled file or a stale build fails a test.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCliIfStale } = require("../../scripts/build-cli-if-stale") as { buildCliIfStale: (log?: (t: string) => void) => boolean };

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "truong-tieu-hoc-an-binh.xlsx");
const dir = freshDir("dvht-process");

function dvht(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "dvht.js"), ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(() => {
  expect(buildCliIfStale(() => undefined)).toBe(true);
}, 180_000);

test("dvht --help: exit 0, the commands listed in Vietnamese", () => {
  const run = dvht("--help");
  expect(run.code).toBe(0);
  for (const command of ["template", "evaluate", "appendix", "report", "summary"]) expect(run.stdout).toContain(command);
  expect(run.stdout).toContain("Đánh giá “Đơn vị học tập”");
});

test("dvht evaluate --json as a process prints what the command prints in-process", async () => {
  const run = dvht("evaluate", SAMPLE, "--json");
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const inProcess = await runCli("evaluate", SAMPLE, "--json");
  expect(JSON.parse(run.stdout)).toEqual(JSON.parse(inProcess.stdout));
  expect(JSON.parse(run.stdout).ruleSet).toBe("tt24-2023/xa");
}, 60_000);

test("dvht appendix writes the copy and leaves the unit's file as it was", () => {
  const before = sha256(SAMPLE);
  const out = join(dir, "phu-luc.xlsx");
  const run = dvht("appendix", SAMPLE, "-o", out);
  expect(run.code).toBe(0);
  expect(existsSync(out)).toBe(true);
  expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  expect(sha256(SAMPLE)).toBe(before);
}, 60_000);

test("a missing file: exit 2 and a Vietnamese message naming it, no stack trace", () => {
  const run = dvht("evaluate", "khong-co.xlsx");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Không tìm thấy tệp “khong-co.xlsx”");
  expect(run.stderr).not.toMatch(/\n\s+at /);
});
