#!/usr/bin/env node
/**
 * (g) `dvht summary` over many generated unit workbooks (default 1,000 of 100 members), the whole command
 * as a clerk at a Phòng/Sở runs it, on every core against one core: the same command pinned with
 * `taskset` to CPU 0 (where dvht sees one core and assesses in its own thread) and to CPUs 0 and 1 (two
 * worker threads), run in turn, ratio per pair (bench/pairs.js). Also runnable alone:
 * node bench/summary-throughput.js [FILES] [MEMBERS] [PAIRS]. Figures only: nothing asserts a timing.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");
const { writeUnit, UNIT_NAME } = require("./generate");
const { pair } = require("./pairs");

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "bin", "dvht.js");

/**
 * FILES unit workbooks of MEMBERS members, each its own unit: one is generated, the others are copies with
 * the unit's name numbered in the shared strings (a province's files are different units; identical copies
 * would all be flagged as duplicates of each other).
 */
async function unitFolder(files, members) {
  const dir = path.join(ROOT, "test-output", "bench", `province-v2-${files}x${members}`);
  fs.mkdirSync(dir, { recursive: true });
  const first = path.join(dir, "don-vi-0000.xlsx");
  if (!fs.existsSync(first)) await writeUnit(first, members, {});
  const parts = unzipSync(fs.readFileSync(first));
  const strings = strFromU8(parts["xl/sharedStrings.xml"]);
  if (!strings.includes(UNIT_NAME)) throw new Error(`the generated unit's name is not in its shared strings`);
  for (let i = 1; i < files; i++) {
    const file = path.join(dir, `don-vi-${String(i).padStart(4, "0")}.xlsx`);
    if (fs.existsSync(file)) continue;
    const named = { ...parts, "xl/sharedStrings.xml": strToU8(strings.replace(UNIT_NAME, `${UNIT_NAME} số ${i + 1}`)) };
    fs.writeFileSync(file, zipSync(named, { level: 6 }));
  }
  return dir;
}

async function summaryThroughput({ files = 1000, members = 100, pairs = 3, say = (t) => process.stdout.write(t + "\n") } = {}) {
  say(`(g) dvht summary — ${files.toLocaleString("en-US")} tệp đơn vị, ${members} thành viên mỗi tệp / ${files} unit files of ${members} members, the whole command:`);
  const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  const taskset = spawnSync("sh", ["-c", "command -v taskset"], { encoding: "utf8" }).stdout.trim();
  if (cores < 2 || !taskset) {
    say(`    Bỏ qua: cần ít nhất 2 nhân và lệnh \`taskset\` (util-linux); máy này có ${cores} nhân${taskset ? "" : ", không có taskset"}. / Skipped: needs 2 cores and taskset.`);
    say("");
    return;
  }
  const dir = await unitFolder(files, members);
  const command = (cpus, out) => [taskset, "-c", cpus, process.execPath, CLI, "summary", dir, "-o", path.join(ROOT, "test-output", "bench", out), "--ghi-de"];
  const r = pair(command("0,1", "tong-hop-2.xlsx"), command("0", "tong-hop-1.xlsx"), { runs: pairs });
  say("| cores | time | files/s | CPU (all threads) | peak RSS |");
  say("| ---: | ---: | ---: | ---: | ---: |");
  const row = (n, ms, cpuS, rssKb) =>
    say(`| ${n} | ${(ms / 1000).toFixed(2)} s | ${(files / (ms / 1000)).toFixed(0)} | ${cpuS === null ? "?" : cpuS.toFixed(2) + " s"} | ${rssKb === null ? "?" : (rssKb / 1024).toFixed(0) + " MiB"} |`);
  row(1, r.bMs, r.bCpuS, r.bRssKb);
  row(2, r.aMs, r.aCpuS, r.aRssKb);
  say(`Throughput on 2 cores / thông lượng trên 2 nhân: **${(1 / r.wallRatio).toFixed(2)}×** one core (median of ${pairs} pairs; target ≥ 1.7×); CPU 2 cores / 1 core ${r.cpuRatio === null ? "?" : r.cpuRatio.toFixed(2) + "×"}.`);
  say("");
}

module.exports = { summaryThroughput };

if (require.main === module) {
  const [files, members, pairs] = process.argv.slice(2).map(Number);
  summaryThroughput({ files: files || 1000, members: members || 100, pairs: pairs || 3 }).catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
    process.exit(1);
  });
}
