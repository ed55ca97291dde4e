#!/usr/bin/env node
/**
 * `npm run bench` (builds dist-node first): dvht's speed and memory on generated units of 100, 10,000
 * and 100,000 members, each with one award, one certificate and two training rows. Prints, in Vietnamese
 * and English:
 *   (a) the engine alone, and reader + engine on values already read: members per second;
 *   (b) peak RSS of the whole CLI (evaluate, appendix) per size;
 *   (a2) dvht's package reader and the ExcelJS reader it replaced, side by side;
 *   (c) the whole CLI (evaluate, appendix, separate processes as a clerk runs them) against the floor,
 *       unzip + SAX tokenising of the same file (+ writing it back, for appendix), with the ratios, and a
 *       bare ExcelJS read and write beside;
 *   (d) a peer: the COUNTIF/COUNTIFS template clerks build, recalculated by LibreOffice headless
 *       (skipped with a message when `soffice` is absent), against `dvht evaluate` on the same file;
 *   (e) the task pane's JavaScript in dist/ (raw and gzip);
 *   (f) Office.js: context.sync() count and payload at 100 and 5,000 members, through the tests' counting fake;
 *   (g) `dvht summary` over BENCH_SUMMARY_FILES (1,000) generated units, pinned to one core vs two (taskset), in turn.
 * Medians of several runs (3 at 100 members, 2 at 10,000, 1 at 100,000 unless BENCH_RUNS says otherwise).
 * Environment: BENCH_SIZES=100,10000 (sizes), BENCH_RUNS=3 (runs per size), BENCH_PEER_TIMEOUT=60 (s),
 * BENCH_READER_MAX=10000 (largest size for the in-process reader + engine figure), BENCH_FULL=1 (the ExcelJS
 * read + write at 100,000 members too: a few minutes more on 2 cores).
 * Figures only: nothing here asserts a timing.
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { writeUnit, engineInput } = require("./generate");
const { inTurn, pair, median } = require("./pairs");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist-node");
const OUT = path.join(ROOT, "test-output", "bench");
const CLI = path.join(ROOT, "bin", "dvht.js");
const GEN_VERSION = 1;

const SIZES = (process.env.BENCH_SIZES || "100,10000,100000").split(",").map((s) => Number(s.trim())).filter((n) => n > 0);
const runsFor = (n) => Number(process.env.BENCH_RUNS) || (n >= 100_000 ? 1 : n >= 10_000 ? 2 : 3);
/** Reader + engine in-process only up to this size (reading 100,000 members in-process takes a minute). */
const READER_MAX = Number(process.env.BENCH_READER_MAX || 10_000);
const PEER_TIMEOUT_S = Number(process.env.BENCH_PEER_TIMEOUT || 60);
/**
 * At 100,000 members a bare ExcelJS read + write takes minutes (≈ 3 min on 2 cores): by default dvht's
 * evaluate and appendix and the unzip + SAX floor run there, and BENCH_FULL=1 adds the ExcelJS figure.
 */
const FULL = process.env.BENCH_FULL === "1";
const fullAt = (n) => FULL || n < 100_000;

const fmtInt = (n) => Math.round(n).toLocaleString("en-US");
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const fmtMiB = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const fmtBytes = (b) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const say = (text = "") => process.stdout.write(text + "\n");

function which(cmd) {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/**
 * Run a process in its own process group; wall time in ms, peak RSS in kB (via /usr/bin/time, or the
 * maxrss.js preload for node), and kill the whole group on timeout.
 */
function run(cmd, args, { stdoutFile, timeoutMs = 0, node = false } = {}) {
  return new Promise((resolve) => {
    const rssFile = path.join(OUT, `.rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
    let argv = [cmd, ...args];
    const env = { ...process.env };
    if (TIME) argv = [TIME, "-f", "%M", "-o", rssFile, ...argv];
    else if (node) {
      argv = [argv[0], "-r", path.join(__dirname, "maxrss.js"), ...argv.slice(1)];
      env.DVHT_BENCH_RSS_FILE = rssFile;
    }
    const out = stdoutFile ? fs.openSync(stdoutFile, "w") : "ignore";
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", out, "pipe"], detached: true, env });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {}
        }, timeoutMs)
      : null;
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (timer) clearTimeout(timer);
      if (typeof out === "number") fs.closeSync(out);
      let rssKb = null;
      try {
        rssKb = Number(fs.readFileSync(rssFile, "utf8").trim().split("\n").pop());
        fs.rmSync(rssFile);
      } catch {}
      resolve({ ms, code, stderr, timedOut, rssKb });
    });
  });
}

async function fixture(kind, n) {
  const file = path.join(OUT, `${kind}-${n}-v${GEN_VERSION}.xlsx`);
  if (!fs.existsSync(file)) {
    const t = Date.now();
    await writeUnit(file + ".tmp", n, { countifs: kind === "countifs" });
    fs.renameSync(file + ".tmp", file);
    say(`  (tạo / generated ${path.relative(ROOT, file)} in ${fmtMs(Date.now() - t)}, ${fmtBytes(fs.statSync(file).size)})`);
  }
  return file;
}

function machine() {
  const lo = which("soffice") ? spawnSync("soffice", ["--version"], { encoding: "utf8" }).stdout.trim() : "absent";
  return [
    `nproc ${os.cpus().length} (${os.cpus()[0] ? os.cpus()[0].model.trim() : "?"})`,
    `memory ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `node ${process.version}`,
    `${os.type()} ${os.release()}`,
    `LibreOffice: ${lo}`,
  ].join(" · ");
}

// ── (a) engine ──────────────────────────────────────────────────────────────────────────────────────────
async function engineFigures() {
  const { evaluate } = require(path.join(DIST, "engine", "evaluate.js"));
  const { findRuleSet } = require(path.join(DIST, "rules", "index.js"));
  const { assessWorkbook } = require(path.join(DIST, "workbook", "assess.js"));
  const { readWorkbookFile } = require(path.join(DIST, "xlsx", "read.js"));
  const { INPUT_NAMES } = require(path.join(DIST, "workbook", "input-names.js"));
  const ruleSet = findRuleSet("tt24-2023/huyen");
  say("(a) Engine alone / Chỉ bộ máy tính (evaluate on a ready AssessmentInput; and reader + engine on values already read)");
  say("| members | runs | engine | members/s | reader + engine | members/s |");
  say("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const n of SIZES) {
    const input = { ...engineInput(n), names: INPUT_NAMES };
    const reps = n >= 100_000 ? 3 : n >= 10_000 ? 10 : 50;
    const times = [];
    evaluate(input, ruleSet); // warm-up
    for (let k = 0; k < reps; k++) {
      const t = process.hrtime.bigint();
      evaluate(input, ruleSet);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const e = median(times);
    if (n > READER_MAX) {
      say(`| ${fmtInt(n)} | ${reps} | ${fmtMs(e)} | ${fmtInt(n / (e / 1000))} | not run (BENCH_READER_MAX=${READER_MAX}) | — |`);
      continue;
    }
    const data = await readWorkbookFile(await fixture("unit", n));
    const readerTimes = [];
    const readerReps = n >= 100_000 ? 1 : n >= 10_000 ? 3 : 10;
    if (readerReps > 1) assessWorkbook(data);
    for (let k = 0; k < readerReps; k++) {
      const t = process.hrtime.bigint();
      const a = assessWorkbook(data);
      readerTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (!a.evaluation) throw new Error("bench fixture did not evaluate");
    }
    const r = median(readerTimes);
    say(`| ${fmtInt(n)} | ${reps} | ${fmtMs(e)} | ${fmtInt(n / (e / 1000))} | ${fmtMs(r)} | ${fmtInt(n / (r / 1000))} |`);
  }
  say();
}

// ── (a2) the readers side by side ───────────────────────────────────────────────────────────────────────
/** dvht's package reader (fflate + dvht's XML tokenizer, values only) and the ExcelJS path it replaced, in-process. */
async function readerFigures() {
  const { readPackage } = require(path.join(DIST, "package", "index.js"));
  const { loadExcelWorkbook } = require(path.join(DIST, "xlsx", "load.js"));
  const { workbookData } = require(path.join(DIST, "xlsx", "workbook-values.js"));
  say("(a2) Readers alone / Chỉ phần đọc tệp (in-process, file already in memory, medians): dvht's package reader vs ExcelJS values-only read + workbookData");
  say("| members | runs | package reader | ExcelJS reader | ExcelJS / package |");
  say("| ---: | ---: | ---: | ---: | ---: |");
  for (const n of SIZES) {
    if (n > READER_MAX) {
      say(`| ${fmtInt(n)} | 0 | not run (BENCH_READER_MAX=${READER_MAX}) | — | — |`);
      continue;
    }
    const bytes = fs.readFileSync(await fixture("unit", n));
    const reps = runsFor(n);
    const mine = [];
    const theirs = [];
    for (let k = 0; k < reps; k++) {
      let t = process.hrtime.bigint();
      readPackage(bytes);
      mine.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      workbookData(await loadExcelWorkbook(bytes, "bench.xlsx", { valuesOnly: true }));
      theirs.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const m = median(mine);
    const e = median(theirs);
    say(`| ${fmtInt(n)} | ${reps} | ${fmtMs(m)} | ${fmtMs(e)} | ${ratio(e, m)} |`);
  }
  say();
}

// ── (b) + (c) whole CLI against the floor ───────────────────────────────────────────────────────────────
/**
 * Each dvht command paired with its floor, run in turn (bench/pairs.js): `evaluate` against the read floor
 * (bench/package-floor.js FILE), `appendix` against the read + write floor (… FILE OUT), the ratio taken per
 * pair; then, separately, a bare ExcelJS read + write of the same file (bench/floor.js), the path dvht used
 * before its own package reader and writer.
 */
async function cliFigures() {
  say("(b)+(c) Whole CLI vs the floors / Toàn bộ CLI so với mức sàn — each a separate `node` process, run in turn with its floors (A B C A B C …), ratio per round, medians:");
  say("    floor = fflate unzip + saxes tokenising of every XML part, nothing kept (bench/package-floor.js, the floor issue 14 names); zlib floor = the same with");
  say("    Node's native inflate (… --zlib), the faster floor of the same work; dvht-XML floor = zlib + dvht's own XML tokenizer (… --dvht-xml),");
  say("    the floor of the way dvht itself reads; + write = the parts zipped back with fflate;");
  say("    ExcelJS = a bare ExcelJS read + write of the same file (bench/floor.js), the path dvht used before its own package reader/writer.");
  say("| members | rounds | dvht evaluate | floor | zlib floor | evaluate / floor (wall · CPU) | evaluate / zlib floor | dvht-XML floor | evaluate / dvht-XML floor | dvht appendix | floor + write | appendix / (floor + write) (wall · CPU) | ExcelJS read + write | peak RSS evaluate · appendix · floor · ExcelJS |");
  say("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const rows = [];
  const x = (r) => (r === null ? "?" : `${r.toFixed(2)}×`);
  const mib = (kb) => (kb === null || kb === undefined ? "?" : fmtMiB(kb));
  for (const n of SIZES) {
    const file = await fixture("unit", n);
    const runs = runsFor(n) + 2;
    const floorScript = path.join(__dirname, "package-floor.js");
    const read = inTurn(
      [[process.execPath, CLI, "evaluate", file, "--json"], [process.execPath, floorScript, file], [process.execPath, floorScript, "--zlib", file], [process.execPath, floorScript, "--dvht-xml", file]],
      { runs },
    );
    const [ev, fl, zf, df] = read.commands;
    const ap = pair([process.execPath, CLI, "appendix", file, "-o", path.join(OUT, `unit-${n}-phu-luc.xlsx`)], [process.execPath, floorScript, file, path.join(OUT, `unit-${n}-package-floor.xlsx`)], { runs });
    // ExcelJS's read + write takes minutes at 100,000 members: only with BENCH_FULL=1 there.
    let excel = null;
    if (fullAt(n)) {
      const excelRuns = [];
      for (let k = 0; k < runsFor(n); k++) {
        const ex = await run(process.execPath, [path.join(__dirname, "floor.js"), file, path.join(OUT, `unit-${n}-floor.xlsx`)], { node: true });
        if (ex.code !== 0) throw new Error(`ExcelJS floor failed: ${ex.stderr}`);
        excelRuns.push(ex);
      }
      excel = { ms: median(excelRuns.map((r) => r.ms)), rssKb: Math.max(...excelRuns.map((r) => r.rssKb || 0)) || null };
    }
    rows.push({ n, rssEval: mib(ev.rssKb), rssApp: mib(ap.aRssKb) });
    say(
      `| ${fmtInt(n)} | ${runs} | ${fmtMs(ev.ms)} | ${fmtMs(fl.ms)} | ${fmtMs(zf.ms)} | ${x(read.ratio(0, 1))} · ${x(read.ratio(0, 1, "cpu"))} | ${x(read.ratio(0, 2))} | ${fmtMs(df.ms)} | ${x(read.ratio(0, 3))} | ` +
        `${fmtMs(ap.aMs)} | ${fmtMs(ap.bMs)} | ${x(ap.wallRatio)} · ${x(ap.cpuRatio)} | ${excel === null ? "not run (BENCH_FULL=1)" : fmtMs(excel.ms)} | ` +
        `${mib(ev.rssKb)} · ${mib(ap.aRssKb)} · ${mib(Math.max(fl.rssKb || 0, ap.bRssKb || 0) || null)} · ${excel === null ? "—" : mib(excel.rssKb)} |`,
    );
  }
  const largest = rows[rows.length - 1];
  if (largest) {
    say();
    say(`(b) Peak RSS of the whole CLI at ${fmtInt(largest.n)} members / RSS cao nhất của CLI: evaluate ${largest.rssEval}, appendix ${largest.rssApp}` +
      ` (${TIME ? "/usr/bin/time -f %M" : "not measured: /usr/bin/time is absent"}; target < 500 MiB at 100,000 members).`);
  }
  const help = pair([process.execPath, CLI, "--help"], [process.execPath, "-e", "0"], { runs: 10 });
  say(`(c) \`dvht --help\` ${fmtMs(help.aMs)} vs \`node -e 0\` ${fmtMs(help.bMs)}: ${help.wallRatio.toFixed(2)}× (10 pairs; target ≤ 2.5×).`);
  say();
}

// ── (d) the COUNTIFS template in LibreOffice ────────────────────────────────────────────────────────────
function loProfile() {
  const dir = path.join(OUT, "lo-profile");
  const user = path.join(dir, "user");
  fs.mkdirSync(user, { recursive: true });
  // Always recalculate .xlsx formulas on load (Tools › Options › Calc › Formula › Recalculation on file load).
  fs.writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return "file://" + dir;
}

async function convert(profile, file, outdir, timeoutMs) {
  fs.mkdirSync(outdir, { recursive: true });
  return run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", outdir, file], { timeoutMs });
}

async function peerFigures() {
  say("(d) Peer / Đối chứng: the COUNTIF/COUNTIFS template clerks build (helper columns + Tổng hợp), recalculated by LibreOffice headless (--convert-to csv), vs `dvht evaluate --json` on the same file");
  if (!which("soffice")) {
    say("    Bỏ qua: không có LibreOffice (`soffice`) trên máy này; cài bằng `apt-get install libreoffice-calc` để đo.");
    say("    Skipped: LibreOffice (`soffice`) is not installed; `apt-get install libreoffice-calc` to measure it.");
    say();
    return;
  }
  const profile = loProfile();
  // First start of a fresh profile creates it: not part of any measurement.
  await convert(profile, await fixture("countifs", 100), path.join(OUT, "lo-warmup"), 120_000);
  say("| members | runs | dvht evaluate | LibreOffice recalc + csv | ratio LibreOffice / dvht | same figures |");
  say("| ---: | ---: | ---: | ---: | ---: | --- |");
  // 1,000 too: the template's per-member COUNTIFS grow with members × rows, so LibreOffice stops
  // finishing somewhere between 1,000 and 10,000 members on a small machine.
  const sizes = [...new Set([...SIZES, ...(SIZES.some((n) => n > 1000) ? [1000] : [])])].sort((a, b) => a - b);
  let stoppedAt = null;
  for (const n of sizes) {
    if (stoppedAt !== null) {
      say(`| ${fmtInt(n)} | 0 | — | not run / không chạy: ${fmtInt(stoppedAt)} members already took > ${PEER_TIMEOUT_S} s | — | — |`);
      continue;
    }
    const file = await fixture("countifs", n);
    const outdir = path.join(OUT, `lo-${n}`);
    const json = path.join(OUT, `countifs-${n}.json`);
    const dvhtRuns = [];
    const loRuns = [];
    let timedOut = false;
    for (let k = 0; k < Math.min(runsFor(n), 3); k++) {
      const d = await run(process.execPath, [CLI, "evaluate", file, "--json"], { stdoutFile: json, node: true });
      if (d.code !== 0) throw new Error(`dvht evaluate failed on the template: ${d.stderr}`);
      dvhtRuns.push(d.ms);
      const lo = await convert(profile, file, outdir, PEER_TIMEOUT_S * 1000);
      if (lo.timedOut) {
        timedOut = true;
        break;
      }
      if (lo.code !== 0) throw new Error(`soffice failed: ${lo.stderr}`);
      loRuns.push(lo.ms);
    }
    const d = median(dvhtRuns);
    if (timedOut) {
      say(`| ${fmtInt(n)} | ${dvhtRuns.length} | ${fmtMs(d)} | > ${PEER_TIMEOUT_S} s (stopped / dừng) | > ${ratio(PEER_TIMEOUT_S * 1000, d)} | — |`);
      stoppedAt = n;
      continue;
    }
    const l = median(loRuns);
    say(`| ${fmtInt(n)} | ${loRuns.length} | ${fmtMs(d)} | ${fmtMs(l)} | ${ratio(l, d)} | ${sameFigures(json, path.join(outdir, path.basename(file, ".xlsx") + ".csv"))} |`);
  }
  say("    LibreOffice's time includes its own start-up (dvht's includes Node's).");
  say();
}

/** Whether the template's Tổng hợp (numerator, denominator per chỉ tiêu) equals dvht's JSON. */
function sameFigures(jsonFile, csvFile) {
  try {
    const json = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
    const lines = fs.readFileSync(csvFile, "utf8").trim().split(/\r?\n/).slice(1);
    const diffs = [];
    for (const line of lines) {
      const [id, num, den] = line.split(",").map((s) => s.replace(/^"|"$/g, ""));
      const ind = json.indicators.find((i) => i.id === id);
      if (!ind || ind.numerator !== Number(num) || ind.denominator !== Number(den)) {
        diffs.push(`${id}: ${num}/${den} vs dvht ${ind ? `${ind.numerator}/${ind.denominator}` : "?"}`);
      }
    }
    return diffs.length === 0 ? `yes / khớp (${lines.length} chỉ tiêu)` : `NO / không khớp: ${diffs.join("; ")}`;
  } catch (error) {
    return `? (${error.message})`;
  }
}

// ── (e) task pane bundle, Office.js ─────────────────────────────────────────────────────────────────────
function bundleFigures() {
  say("(e) Task pane bundle / Gói JavaScript của task pane (dist/taskpane*.js)");
  const dist = path.join(ROOT, "dist");
  const files = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => /^taskpane.*\.js$/.test(f)) : [];
  if (files.length === 0) {
    say("    Chưa có dist/: hãy chạy `npm run build` rồi chạy lại. / No dist/ yet: run `npm run build` first.");
  } else {
    say("| file | raw | gzip |");
    say("| --- | ---: | ---: |");
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(dist, f));
      const g = zlib.gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gz += g;
      say(`| dist/${f} | ${fmtBytes(bytes.length)} | ${fmtBytes(g)} |`);
    }
    if (files.length > 1) say(`| total | ${fmtBytes(raw)} | ${fmtBytes(gz)} |`);
  }
  say();
  officeFigures();
  say();
}

/**
 * (f) Office.js: context.sync() calls and estimated payload for reading every input sheet and writing every
 * Phụ lục, through the counting fake of the tests (bench/office-figures.ts, compiled here with tsc).
 */
function officeFigures() {
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.bench.json")], { encoding: "utf8" });
  if (tsc.status !== 0) {
    say(`Office.js: không biên dịch được bench/office-figures.ts / could not compile: ${tsc.stdout}${tsc.stderr}`);
    return;
  }
  const run = spawnSync(process.execPath, [path.join(ROOT, "test-output", "bench-ts", "bench", "office-figures.js")], { encoding: "utf8" });
  if (run.status !== 0) {
    say(`Office.js: lỗi / failed: ${run.stderr}`);
    return;
  }
  say("(f) Office.js — đọc mọi sheet nhập liệu, ghi mọi Phụ lục / read every input sheet, write every Phụ lục (counting fake):");
  say("| members | context.sync() | read payload | write payload |");
  say("| ---: | ---: | ---: | ---: |");
  for (const r of JSON.parse(run.stdout)) say(`| ${fmtInt(r.members)} | ${r.syncs} | ${fmtBytes(r.readBytes)} | ${fmtBytes(r.writeBytes)} |`);
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "cli", "main.js"))) {
    say("dist-node/ chưa có: chạy `npm run build:cli` trước. / Run `npm run build:cli` first.");
    process.exit(2);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  say(`dvht bench — ${new Date().toISOString().slice(0, 10)}`);
  say(`Machine / Máy: ${machine()}`);
  say(`Sizes / Quy mô: ${SIZES.map(fmtInt).join(", ")} members (each: 1 award, 1 certificate, 2 training rows)`);
  say();
  await engineFigures();
  await readerFigures();
  await cliFigures();
  await peerFigures();
  bundleFigures();
  await require("./summary-throughput").summaryThroughput({ files: Number(process.env.BENCH_SUMMARY_FILES || 1000), say });
  say(`Bench took ${fmtMs(Date.now() - started)}.`);
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
