#!/usr/bin/env node
/**
 * (g) `dvht summary` over many generated unit workbooks (default 1,000 of 100 members), the whole command
 * as a clerk at a Phòng/Sở runs it, on every core against one core: the same command pinned with
 * `taskset` to CPU 0 (where dvht sees one core and assesses in its own thread) and to CPUs 0 and 1 (a
 * reading and an assessing worker thread), and for reference two separate dvht processes each on half the
 * files, each pinned to its own core; run in turn, ratios per round (bench/pairs.js). Also runnable alone:
 * node bench/summary-throughput.js [FILES] [MEMBERS] [PAIRS]. Figures only: nothing asserts a timing.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");
const { writeUnit, UNIT_NAME } = require("./generate");
const { inTurn } = require("./pairs");

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
  const halves = halfFolders(dir);
  const command = (cpus, folder, out) => [taskset, "-c", cpus, process.execPath, CLI, "summary", folder, "-o", path.join(ROOT, "test-output", "bench", out), "--ghi-de"];
  const shell = (argv) => argv.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  // The reference: two whole dvht processes, each on half the files and pinned to its own core, at once.
  const twoProcesses = ["sh", "-c", `${shell(command("0", halves[0], "tong-hop-nua-1.xlsx"))} >/dev/null & ${shell(command("1", halves[1], "tong-hop-nua-2.xlsx"))} >/dev/null; wait`];
  const r = inTurn([command("0", dir, "tong-hop-1.xlsx"), command("0,1", dir, "tong-hop-2.xlsx"), twoProcesses], { runs: pairs });
  const [one, two, split] = r.commands;
  say("| run | time | files/s | CPU (all threads) | peak RSS |");
  say("| --- | ---: | ---: | ---: | ---: |");
  const row = (label, { ms, cpuS, rssKb }) =>
    say(`| ${label} | ${(ms / 1000).toFixed(2)} s | ${(files / (ms / 1000)).toFixed(0)} | ${cpuS === null ? "?" : cpuS.toFixed(2) + " s"} | ${rssKb === null ? "?" : (rssKb / 1024).toFixed(0) + " MiB"} |`);
  row("1 core", one);
  row("2 cores", two);
  row("2 processes × half the files, 1 core each", split);
  say(`Throughput on 2 cores / thông lượng trên 2 nhân: **${r.ratio(0, 1).toFixed(2)}×** one core (median of ${pairs} rounds; target ≥ 1.7×); CPU 2 cores / 1 core ${r.ratio(1, 0, "cpu") === null ? "?" : r.ratio(1, 0, "cpu").toFixed(2) + "×"}.`);
  say(`Reference / đối chiếu: two separate dvht processes, each on half the files on its own core (each warms its own V8, nothing shared): **${r.ratio(0, 2).toFixed(2)}×** one core.`);
  say("");
}

/** The folder's files split in two folders of hard links (copies where links are refused), for the reference run. */
function halfFolders(dir) {
  const names = fs.readdirSync(dir).filter((n) => n.endsWith(".xlsx")).sort();
  return [names.slice(0, Math.ceil(names.length / 2)), names.slice(Math.ceil(names.length / 2))].map((part, i) => {
    const half = `${dir}-nua-${i + 1}`;
    fs.rmSync(half, { recursive: true, force: true });
    fs.mkdirSync(half, { recursive: true });
    for (const name of part) {
      try {
        fs.linkSync(path.join(dir, name), path.join(half, name));
      } catch {
        fs.copyFileSync(path.join(dir, name), path.join(half, name));
      }
    }
    return half;
  });
}

module.exports = { summaryThroughput };

if (require.main === module) {
  const [files, members, pairs] = process.argv.slice(2).map(Number);
  summaryThroughput({ files: files || 1000, members: members || 100, pairs: pairs || 3 }).catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
    process.exit(1);
  });
}
