/**
 * A province's files assessed on every core (src/xlsx/assess-files.ts): results in the files' order,
 * a progress call per file, an unreadable file or one that exhausts its worker's memory failing alone.
 * The worker threads run the compiled dist-node/; when it is older than the sources (run
 * `npx tsc -p tsconfig.cli.json`), only the in-thread path is checked here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assessFiles, culpritOf, lanesFor } from "../../src/xlsx/assess-files";
import { freshDir } from "../helpers/tmp";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = ["truong-tieu-hoc-an-binh.xlsx", "xa-an-hoa-thinh.xlsx"].map((f) => path.join(ROOT, "samples", f));
const dir = freshDir("assess-files");
const broken = path.join(dir, "hong.xlsx");
writeFileSync(broken, "không phải excel");

it.each([
  [1, ["whole"]],
  [2, ["pair"]],
  [3, ["pair", "whole"]],
  [4, ["pair", "pair"]],
  [5, ["pair", "pair", "whole"]],
])("%i threads make the lanes %j (a reading and an assessing worker per pair of cores)", (threads, lanes) => {
  expect(lanesFor(threads)).toEqual(lanes);
});

const a = { index: 0, passedOn: true };
const b = { index: 1, passedOn: false };
const c = { index: 2, passedOn: false };
it.each([
  ["a reader that dies was on the oldest file not yet passed on", [a, b, c], "read", b],
  ["an assessing worker that dies was on the oldest file passed on (it pulls no file the main thread has not seen passed on)", [a, b, c], "assess", a],
  ["… not on an older file the reader could not read, whose row is still on its way", [b, a, c], "assess", a],
  ["a whole worker that dies was on its oldest file", [b, c], "whole", b],
  ["an assessing worker that dies holding none takes the lane's oldest file (the run still ends)", [b, c], "assess", b],
  ["nothing held, nobody to blame", [], "read", undefined],
] as const)("%s", (_, held, stage, culprit) => {
  expect(culpritOf(held, stage)).toBe(culprit);
});

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
      assessFiles(${JSON.stringify([SAMPLES[0], big, SAMPLES[1], SAMPLES[0]])}, { workers: 2, workerHeapMb: 8 }),
      assessFiles(${JSON.stringify([SAMPLES[1], SAMPLES[0], big, broken, SAMPLES[1], SAMPLES[0], SAMPLES[1]])}, { workers: 3, workerHeapMb: 12 }),
    ]).then(([r, w, same, small, three]) => {
      const rows = (list) => list.map((x) => [x.file, x.assessment && x.assessment.evaluation ? x.assessment.evaluation.indicators.map((i) => [i.id, i.numerator, i.denominator]) : null, x.error]);
      process.stdout.write(JSON.stringify({ workers: workersAvailable(), worded: w.map((x) => x.error), ruleSets: r.map((x) => x.assessment && x.assessment.ruleSet), sameRuleSets: same.map((x) => x.assessment.ruleSet), r: rows(r), small: rows(small), three: rows(three) }));
    });`;
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
  // A lane's reading worker dies on the big file under 8 MiB, its assessing worker under 12 MiB (as seen
  // when this was written): either way only that file fails, and the files the lane held after it are
  // read again by the lane's new workers. Three threads: a pair and a whole worker side by side.
  for (const [list, files, failedAt] of [[out.small, [SAMPLES[0], big, SAMPLES[1], SAMPLES[0]], 1], [out.three, [SAMPLES[1], SAMPLES[0], big, broken, SAMPLES[1], SAMPLES[0], SAMPLES[1]], 2]] as const) {
    expect(list.map((x: unknown[]) => x[0])).toEqual(files);
    list.forEach((x: unknown[], i: number) => {
      if (i === failedAt) expect(x[2]).toMatch(/tệp cần hơn (8|12) MiB bộ nhớ/);
      else if (files[i] === broken) expect(x[2]).toContain("không phải tệp Excel .xlsx");
      else expect([i, x[1]]).toEqual([i, out.r[files[i] === SAMPLES[0] ? 0 : 3][1]]);
    });
  }
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

(compiled ? it : it.skip)("workers started ahead are the ones a run takes; those left over never keep the process alive", () => {
  const lib = JSON.stringify(path.join(ROOT, "dist-node", "xlsx", "assess-files.js"));
  // Counts the workers created after the start ahead: none when the run takes the ones already started.
  const counting = `
    const threads = require("node:worker_threads");
    const Original = threads.Worker;
    let created = 0;
    threads.Worker = class extends Original { constructor(...a) { super(...a); created++; } };
    const { assessFiles, startWorkersAhead } = require(${lib});`;
  const taken = `${counting}
    startWorkersAhead(2, { workers: 2 });
    const before = created;
    assessFiles(${JSON.stringify([SAMPLES[0], SAMPLES[1]])}, { workers: 2 }).then((r) =>
      process.stdout.write(JSON.stringify({ before, after: created, evaluated: r.map((x) => x.assessment.evaluation !== null) })));`;
  expect(JSON.parse(execFileSync(process.execPath, ["-e", taken], { encoding: "utf8", timeout: 60_000 }))).toEqual({ before: 2, after: 2, evaluated: [true, true] });
  // Started for four files, but the caller stops before any run (a refused output) or runs one file in
  // this thread: the process ends by itself, well before the timeout.
  for (const then of ["", `assessFiles(${JSON.stringify([SAMPLES[0]])}, { workers: 4 }).then((r) => process.stdout.write(String(r.length)));`]) {
    const started = Date.now();
    const out = execFileSync(process.execPath, ["-e", `${counting}\nstartWorkersAhead(4, { workers: 4 });\n${then}`], { encoding: "utf8", timeout: 30_000 });
    expect([out, Date.now() - started < 20_000]).toEqual([then ? "1" : "", true]);
  }
}, 120_000);

(compiled ? it : it.skip)("a worker that ends without an error costs only the file it held; a small run is spread over every lane", () => {
  const lib = JSON.stringify(path.join(ROOT, "dist-node", "xlsx", "assess-files.js"));
  // Each worker's rows counted; the first assessing worker is ended (no error event) after its first row.
  const script = `
    const threads = require("node:worker_threads");
    const Original = threads.Worker;
    const rows = [];
    let endOne = process.argv[1] === "end";
    threads.Worker = class extends Original {
      constructor(file, options) {
        super(file, options);
        const mine = rows.push({ role: options.workerData, rows: 0 }) - 1;
        this.on("message", (m) => { if ("ok" in m) rows[mine].rows++; });
        if (endOne && options.workerData === "assess") {
          endOne = false;
          this.once("message", () => setTimeout(() => this.terminate(), 0));
        }
      }
    };
    const { assessFiles } = require(${lib});
    const files = ${JSON.stringify([SAMPLES[0], SAMPLES[1], SAMPLES[0], SAMPLES[1]])};
    assessFiles(files, { workers: process.argv[1] === "end" ? 2 : 4 }).then((r) =>
      process.stdout.write(JSON.stringify({ rows, results: r.map((x) => [x.file, x.assessment && x.assessment.evaluation !== null, x.error]) })));`;
  const ended = JSON.parse(execFileSync(process.execPath, ["-e", script, "end"], { encoding: "utf8", timeout: 60_000 }));
  expect(ended.results.map((r: unknown[]) => r[0])).toEqual([SAMPLES[0], SAMPLES[1], SAMPLES[0], SAMPLES[1]]);
  const failedRows = ended.results.filter((r: unknown[]) => r[1] !== true);
  expect(failedRows.length).toBeLessThanOrEqual(1);
  for (const row of failedRows) expect(row[2]).toContain("luồng xử lý dừng bất thường");
  // Four files on four threads (two lanes): both assessing workers have rows, not the first lane alone.
  const spread = JSON.parse(execFileSync(process.execPath, ["-e", script, "spread"], { encoding: "utf8", timeout: 60_000 }));
  expect(spread.results.every((r: unknown[]) => r[1] === true)).toBe(true);
  expect(spread.rows.filter((w: { role: string }) => w.role === "assess").map((w: { rows: number }) => w.rows)).toEqual([2, 2]);
}, 120_000);

(compiled ? it : it.skip)("an assessing worker that dies is blamed for its own file, even when the main thread was too busy to hear the reader first", () => {
  const big = path.join(dir, "lon-ban.xlsx");
  execFileSync(process.execPath, ["-e", `require(${JSON.stringify(path.join(ROOT, "bench", "generate.js"))}).writeUnit(${JSON.stringify(big)}, 3000, {})`]);
  // While the main thread is busy, the reader gives the unreadable file its row and passes the big one on,
  // and the assessing worker dies on it (12 MiB). A lane whose assessing worker took values as they came
  // blamed the unreadable file: the reader's messages were still waiting when its error arrived.
  const script = `
    const { assessFiles } = require(${JSON.stringify(path.join(ROOT, "dist-node", "xlsx", "assess-files.js"))});
    const running = assessFiles(${JSON.stringify([SAMPLES[0], broken, big, SAMPLES[1]])}, { workers: 2, workerHeapMb: 12 });
    setImmediate(() => { const until = Date.now() + 3000; while (Date.now() < until); });
    running.then((r) => process.stdout.write(JSON.stringify(r.map((x) => x.error))));`;
  const errors = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 }));
  expect(errors[0]).toBeNull();
  expect(errors[1]).toContain("không phải tệp Excel .xlsx");
  expect(errors[2]).toContain("tệp cần hơn 12 MiB bộ nhớ");
  expect(errors[3]).toBeNull();
}, 60_000);
