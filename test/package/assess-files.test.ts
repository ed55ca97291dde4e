/**
 * A province's files assessed on every core (src/xlsx/assess-files.ts): results in the files' order,
 * a progress call per file, an unreadable file or one that exhausts its worker's memory failing alone.
 * The worker threads run the compiled dist-node/; when it is older than the sources (run
 * `npx tsc -p tsconfig.cli.json`), only the in-thread path is checked here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assessFiles } from "../../src/xlsx/assess-files";
import { freshDir } from "../helpers/tmp";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = ["truong-tieu-hoc-an-binh.xlsx", "xa-an-hoa-thinh.xlsx"].map((f) => path.join(ROOT, "samples", f));
const dir = freshDir("assess-files");
const broken = path.join(dir, "hong.xlsx");
writeFileSync(broken, "không phải excel");

it("in this thread: a pipe or a folder is not read (its reason as data), an unforeseen error is worded by the caller", async () => {
  const fifo = path.join(dir, "ong.xlsx");
  execFileSync("mkfifo", [fifo]);
  const results = await assessFiles([fifo, dir], { describeError: () => "không dùng" });
  expect(results.map((r) => [r.notRead, r.error])).toEqual([
    [{ reason: "notRegular" }, null],
    [{ reason: "notRegular" }, null],
  ]);
  const small = await assessFiles([SAMPLES[0]!], { maxBytes: 1000 });
  expect(small[0]!.notRead).toEqual({ reason: "tooLarge", max: 1000 });
});

it("in this thread: every file in order, the unreadable one with its reason, progress after each", async () => {
  const progress: number[] = [];
  const results = await assessFiles([SAMPLES[0]!, broken, SAMPLES[1]!], { onProgress: (done) => progress.push(done) });
  expect(results.map((r) => r.file)).toEqual([SAMPLES[0], broken, SAMPLES[1]]);
  expect(results.map((r) => r.assessment?.evaluation != null)).toEqual([true, false, true]);
  expect(results[1]!.error).toContain("không phải tệp Excel .xlsx");
  expect(progress).toEqual([1, 2, 3]);
});

const compiled = ["assess-files", "assess-file", "assess-worker"].every((m) => {
  const js = path.join(ROOT, "dist-node", "xlsx", `${m}.js`);
  return existsSync(js) && statSync(js).mtimeMs >= statSync(path.join(ROOT, "src", "xlsx", `${m}.ts`)).mtimeMs;
});

(compiled ? it : it.skip)("on worker threads: the same results, and a file past a worker's memory fails alone", async () => {
  // A unit of 3,000 members cannot be read in a 12 MiB heap; the samples can.
  const big = path.join(dir, "lon.xlsx");
  execFileSync(process.execPath, ["-e", `require(${JSON.stringify(path.join(ROOT, "bench", "generate.js"))}).writeUnit(${JSON.stringify(big)}, 3000, {})`]);
  const script = `
    const { assessFiles, workersAvailable } = require(${JSON.stringify(path.join(ROOT, "dist-node", "xlsx", "assess-files.js"))});
    const worded = (e) => "Lỗi riêng: " + e.code + " " + /memory/.test(e.message);
    Promise.all([
      assessFiles(${JSON.stringify([SAMPLES[0], broken, big, SAMPLES[1]])}, { workers: 2, workerHeapMb: 12 }),
      assessFiles(${JSON.stringify([big, SAMPLES[0]])}, { workers: 2, workerHeapMb: 12, describeError: worded }),
      assessFiles(${JSON.stringify([SAMPLES[0], SAMPLES[0], SAMPLES[0], SAMPLES[0]])}, { workers: 2 }),
    ]).then(([r, w, same]) =>
      process.stdout.write(JSON.stringify({ workers: workersAvailable(), worded: w.map((x) => x.error), ruleSets: r.map((x) => x.assessment && x.assessment.ruleSet), sameRuleSets: same.map((x) => x.assessment.ruleSet), r: r.map((x) => [x.file, x.assessment && x.assessment.evaluation ? x.assessment.evaluation.indicators.map((i) => [i.id, i.numerator, i.denominator]) : null, x.error]) })));`;
  const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 120_000 }));
  expect(out.workers).toBe(true);
  const files = out.r.map((x: unknown[]) => x[0]);
  expect(files).toEqual([SAMPLES[0], broken, big, SAMPLES[1]]);
  expect(out.r[0][1]).not.toBeNull();
  // Each worker holds two files at a time: the last file was posted to the worker that died on the big
  // one, and must have been handed to the new worker, not lost.
  expect(out.r[3][1]).not.toBeNull();
  expect(out.r[1][2]).toContain("không phải tệp Excel .xlsx");
  expect(out.r[2][2]).toContain("tệp cần hơn 12 MiB bộ nhớ");
  // The caller's wording of an unforeseen failure (the CLI's Vietnamese one) gets the worker's error.
  expect(out.worded).toEqual(["Lỗi riêng: ERR_WORKER_OUT_OF_MEMORY true", null]);
  // The same figures as in this thread.
  const here = await assessFiles([SAMPLES[0]!]);
  expect(out.r[0][1]).toEqual(here[0]!.assessment!.evaluation!.indicators.map((i) => [i.id, i.numerator, i.denominator]));
  expect(out.r[0][1].length).toBeGreaterThan(5);
  // Each rule set crossed once per worker and was put back on every result that used it.
  const hereBoth = await assessFiles([SAMPLES[0]!, SAMPLES[1]!]);
  expect(out.ruleSets[0]).toEqual(JSON.parse(JSON.stringify(hereBoth[0]!.assessment!.ruleSet)));
  expect(out.ruleSets[3]).toEqual(JSON.parse(JSON.stringify(hereBoth[1]!.assessment!.ruleSet)));
  // Four files of one rule set on two workers: each worker's second result carried only the rule set's number.
  for (const ruleSet of out.sameRuleSets) expect(ruleSet).toEqual(out.ruleSets[0]);
}, 180_000);
