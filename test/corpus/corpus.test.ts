/**
 * The bad-input corpus (test/corpus/cases.ts), one row per malformed file: `dvht evaluate FILE --json`
 * run in-process must not throw, must exit 0 or 2 as the row says, must report each expected issue at its
 * sheet, row and column with a Vietnamese message and a fix, and must leave the file byte-identical;
 * `dvht appendix FILE -o OUT` likewise leaves the input untouched.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { formatIssue, type DataIssue } from "../../src/engine/issues";
import { assessWorkbook } from "../../src/workbook/assess";
import { readWorkbookFile } from "../../src/xlsx/read";
import { runCli } from "../helpers/capture";
import { VIETNAMESE } from "../helpers/workbook-builder";
import { CORPUS, type CorpusCase, type ExpectedIssue } from "./cases";
import { CORPUS_DIR, clean, sha256, writeCase, xlsx } from "./generate";

jest.setTimeout(60_000);

interface Figures {
  members: unknown;
  overall: unknown;
  criteria: unknown;
  indicators: unknown;
}

/** What must not change when damage is read through: counts, figures and levels (not row numbers). */
function figures(json: {
  members: unknown;
  overall: { level: unknown };
  criteria: { id: string; level: unknown }[];
  indicators: { id: string; numerator: unknown; denominator: unknown; ratio: unknown; level: unknown }[];
}): Figures {
  return {
    members: json.members,
    overall: json.overall.level,
    criteria: json.criteria.map((c) => [c.id, c.level]),
    indicators: json.indicators.map((i) => [i.id, i.numerator, i.denominator, i.ratio, i.level]),
  };
}

const files = new Map<string, string>();
let cleanFigures: Figures;
let cleanIssueCodes: Set<string>;

beforeAll(async () => {
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(path.join(CORPUS_DIR, "out"), { recursive: true });
  const cleanFile = writeCase("clean", ".xlsx", await xlsx(clean()));
  const run = await runCli("evaluate", cleanFile, "--json");
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  cleanFigures = figures(json);
  cleanIssueCodes = new Set(json.issues.map((i: DataIssue) => i.code));
  for (const c of CORPUS) files.set(c.id, writeCase(c.id, c.extension ?? ".xlsx", await c.build()));
});

test("the corpus has at least 30 malformed files, each with a distinct id", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
});

/** The issue in `issues` at the expected place, checked to be told in Vietnamese with a fix. */
function findIssue(issues: DataIssue[], expected: ExpectedIssue): DataIssue {
  const hit = issues.find((i) => Object.entries(expected).every(([k, v]) => i[k as keyof DataIssue] === v));
  if (!hit) {
    const near = issues.filter((i) => i.code === expected.code);
    throw new Error(`no issue ${JSON.stringify(expected)}; issues with that code: ${JSON.stringify(near, null, 1)}`);
  }
  expect(hit.message).toMatch(VIETNAMESE);
  if (hit.severity !== "info" || expected.code === "missingUnitHeader") expect(hit.fix).toMatch(VIETNAMESE);
  if (expected.sheet !== undefined) expect(formatIssue(hit)).toContain(`Sheet “`);
  if (expected.row !== undefined) expect(formatIssue(hit)).toContain(`dòng ${expected.row}`);
  if (expected.column !== undefined) expect(formatIssue(hit)).toContain(`cột “${hit.column}”`);
  return hit;
}

describe.each(CORPUS.map((c) => [c.id, c] as [string, CorpusCase]))("%s", (_id, c) => {
  test(`${c.title}: evaluate exits ${c.exit}, says where and how to fix, leaves the file as it was`, async () => {
    const file = files.get(c.id)!;
    const before = sha256(file);
    const run = await runCli("evaluate", file, "--json"); // a thrown error fails the test: no crash allowed
    expect(sha256(file)).toBe(before);
    expect({ code: run.code, stderr: run.code === c.exit ? "" : run.stderr }).toEqual({ code: c.exit, stderr: "" });

    if (c.exit === 0) {
      const json = JSON.parse(run.stdout);
      const issues = json.issues as DataIssue[];
      for (const issue of issues) expect(issue.message).toMatch(VIETNAMESE);
      for (const expected of c.issues ?? []) findIssue(issues, expected);
      if (c.sameAsClean) {
        expect(figures(json)).toEqual(cleanFigures);
        // Read-through damage adds no warning or error beyond those it is expected to report.
        const allowed = new Set([...cleanIssueCodes, ...(c.issues ?? []).map((i) => i.code)]);
        expect(issues.filter((i) => i.severity !== "info" && !allowed.has(i.code))).toEqual([]);
      }
    } else {
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(file);
      expect(run.stderr).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
      if (c.stderr) expect(run.stderr).toMatch(c.stderr);
      if (c.issues) {
        // The file opens, so the reader's own issues say which; stderr prints each with its place and fix.
        const assessment = assessWorkbook(await readWorkbookFile(file));
        expect(assessment.evaluation).toBeNull();
        for (const expected of c.issues) {
          const issue = findIssue(assessment.issues, expected);
          expect(run.stderr).toContain(formatIssue(issue));
          expect(run.stderr).toContain("Cách sửa:");
        }
      }
    }
  });

  test("appendix leaves the input as it was", async () => {
    const file = files.get(c.id)!;
    const before = sha256(file);
    const out = path.join(CORPUS_DIR, "out", `${c.id}-phu-luc.xlsx`);
    const run = await runCli("appendix", file, "-o", out);
    expect(sha256(file)).toBe(before);
    expect(run.code).toBe(c.exit);
    expect(existsSync(out)).toBe(c.exit === 0);
  });
});
