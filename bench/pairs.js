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
 * Several commands (argv arrays) `runs` times in turn — A B C A B C … — after one warm-up each. Returns,
 * per command, the median wall ms and CPU s and the largest peak RSS, and `ratio(i, j)`: the median over
 * the rounds of command i's figure over command j's in the same round ("wall" or "cpu").
 */
function inTurn(commands, { runs = 5, stdoutFile } = {}) {
  for (const c of commands) once(c, { stdoutFile });
  const rounds = [];
  for (let k = 0; k < runs; k++) rounds.push(commands.map((c) => once(c, { stdoutFile })));
  const cpu = TIME !== null;
  const side = (i) => ({
    ms: median(rounds.map((r) => r[i].ms)),
    cpuS: cpu ? median(rounds.map((r) => r[i].cpuS)) : null,
    rssKb: cpu ? Math.max(...rounds.map((r) => r[i].rssKb)) : null,
  });
  return {
    runs,
    commands: commands.map((_, i) => side(i)),
    ratio: (i, j, what = "wall") =>
      what === "cpu" && !cpu ? null : median(rounds.map((r) => (what === "cpu" ? r[i].cpuS / r[j].cpuS : r[i].ms / r[j].ms))),
  };
}

/** A and B in turn (inTurn of two), flattened: aMs, bMs, wallRatio, cpuRatio, aRssKb, bRssKb, … */
function pair(a, b, options = {}) {
  const r = inTurn([a, b], options);
  const [A, B] = r.commands;
  return {
    runs: r.runs,
    aMs: A.ms,
    bMs: B.ms,
    wallRatio: r.ratio(0, 1),
    aCpuS: A.cpuS,
    bCpuS: B.cpuS,
    cpuRatio: r.ratio(0, 1, "cpu"),
    aRssKb: A.rssKb,
    bRssKb: B.rssKb,
  };
}

module.exports = { inTurn, pair, once, median };
