/**
 * Two commands timed in turn — A B A B … — each a whole process, and their ratio taken pair by pair, then
 * the median: on a machine whose speed drifts (other work, thermal, a neighbour's build) the two runs of a
 * pair see the same machine, so the ratio stays meaningful where two separate medians would not. One
 * warm-up run of each is not counted (page cache, first JIT of the disk's inode cache).
 *
 * Wall time from this process's monotonic clock around the child; CPU (user + system) and peak RSS from
 * /usr/bin/time when it is there (every process the command waited for, e.g. a worker's threads).
 * Public tools only: `taskset` (util-linux) to pin a command to some cores is the caller's business.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One run of `argv`: wall ms, CPU s and peak RSS kB (null without /usr/bin/time). Throws on a failure. */
function once(argv, { stdoutFile } = {}) {
  const stats = path.join(os.tmpdir(), `dvht-bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const full = TIME ? [TIME, "-f", "%U %S %M", "-o", stats, ...argv] : argv;
  const out = stdoutFile ? fs.openSync(stdoutFile, "w") : "ignore";
  const started = process.hrtime.bigint();
  const child = spawnSync(full[0], full.slice(1), { stdio: ["ignore", out, "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (typeof out === "number") fs.closeSync(out);
  if (child.status !== 0) throw new Error(`${argv.join(" ")} failed (${child.status}): ${String(child.stderr).slice(0, 2000)}`);
  let cpuS = null;
  let rssKb = null;
  if (TIME) {
    const [user, sys, rss] = fs.readFileSync(stats, "utf8").trim().split("\n").pop().split(" ").map(Number);
    fs.rmSync(stats, { force: true });
    cpuS = user + sys;
    rssKb = rss;
  }
  return { ms, cpuS, rssKb };
}

/**
 * A and B (argv arrays) `runs` times in turn after one warm-up each. Returns the medians of each side and
 * of the pair ratios (wall and CPU), and the largest peak RSS of each side.
 */
function pair(a, b, { runs = 5, stdoutFile } = {}) {
  once(a, { stdoutFile });
  once(b, { stdoutFile });
  const as = [];
  const bs = [];
  for (let k = 0; k < runs; k++) {
    as.push(once(a, { stdoutFile }));
    bs.push(once(b, { stdoutFile }));
  }
  const cpu = TIME !== null;
  return {
    runs,
    aMs: median(as.map((r) => r.ms)),
    bMs: median(bs.map((r) => r.ms)),
    wallRatio: median(as.map((r, k) => r.ms / bs[k].ms)),
    aCpuS: cpu ? median(as.map((r) => r.cpuS)) : null,
    bCpuS: cpu ? median(bs.map((r) => r.cpuS)) : null,
    cpuRatio: cpu ? median(as.map((r, k) => r.cpuS / bs[k].cpuS)) : null,
    aRssKb: cpu ? Math.max(...as.map((r) => r.rssKb)) : null,
    bRssKb: cpu ? Math.max(...bs.map((r) => r.rssKb)) : null,
  };
}

module.exports = { pair, once, median };
