#!/usr/bin/env node
/**
 * (g) `dvht summary`'s work — read and assess each unit file — over many generated unit workbooks, on one
 * worker and on every core (dist-node/xlsx/assess-files.js), with the throughput ratio. Also runnable alone:
 * node bench/summary-throughput.js [FILES] [MEMBERS]. Figures only: nothing asserts a timing.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { writeUnit } = require("./generate");

const ROOT = path.resolve(__dirname, "..");

async function summaryThroughput({ files = 1000, members = 100, say = (t) => process.stdout.write(t + "\n") } = {}) {
  const { assessFiles } = require(path.join(ROOT, "dist-node", "xlsx", "assess-files.js"));
  const dir = path.join(ROOT, "test-output", "bench", `province-${files}x${members}`);
  fs.mkdirSync(dir, { recursive: true });
  const first = path.join(dir, "don-vi-0000.xlsx");
  if (!fs.existsSync(first)) await writeUnit(first, members, {});
  const list = [];
  for (let i = 0; i < files; i++) {
    const file = path.join(dir, `don-vi-${String(i).padStart(4, "0")}.xlsx`);
    if (!fs.existsSync(file)) fs.copyFileSync(first, file);
    list.push(file);
  }
  const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  // Wall time and the CPU time of the whole process (every thread, workers included): on a shared machine
  // the wall ratio says what the cores gave, the CPU ratio what the workers cost beyond the in-thread path.
  const timed = async (workers) => {
    const t = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const results = await assessFiles(list, { workers });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const used = process.cpuUsage(cpu);
    if (results.some((r) => !r.assessment || !r.assessment.evaluation)) throw new Error("a generated unit did not evaluate");
    return { ms, cpuS: (used.user + used.system) / 1e6 };
  };
  // One worker is the in-thread path (no thread to start): the honest single-core baseline.
  const { ms: one, cpuS: oneCpu } = await timed(1);
  const { ms: all, cpuS: allCpu } = await timed(cores);
  say(`(g) dvht summary — đọc và đánh giá ${files.toLocaleString("en-US")} tệp đơn vị (${members} thành viên mỗi tệp) / read + assess ${files} unit files`);
  say("| workers | time | files/s | throughput vs 1 | CPU (all threads) | CPU vs 1 |");
  say("| ---: | ---: | ---: | ---: | ---: | ---: |");
  say(`| 1 | ${(one / 1000).toFixed(2)} s | ${(files / (one / 1000)).toFixed(0)} | 1.00× | ${oneCpu.toFixed(2)} s | 1.00× |`);
  say(`| ${cores} | ${(all / 1000).toFixed(2)} s | ${(files / (all / 1000)).toFixed(0)} | ${(one / all).toFixed(2)}× | ${allCpu.toFixed(2)} s | ${(allCpu / oneCpu).toFixed(2)}× |`);
  say("");
}

module.exports = { summaryThroughput };

if (require.main === module) {
  const [files, members] = process.argv.slice(2).map(Number);
  summaryThroughput({ files: files || 1000, members: members || 100 }).catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
    process.exit(1);
  });
}
