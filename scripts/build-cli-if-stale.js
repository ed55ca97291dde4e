#!/usr/bin/env node
// Compiles the `dvht` command into dist-node/ (tsc -p tsconfig.cli.json) when it is missing or older than
// any of its sources. `npm install` compiles it once ("prepare"); `npm test` calls this so that the test
// that runs bin/dvht.js as a process runs today's code, not the code of the last install.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const entry = path.join(root, "dist-node", "cli", "main.js");

function newest(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((m, name) => Math.max(m, newest(path.join(p, name))), stat.mtimeMs);
}

/** The sources of dist-node: tsconfig.cli.json's `include` and the two tsconfig files. */
function sources() {
  const config = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.cli.json"), "utf8"));
  return [...config.include, "tsconfig.cli.json", "tsconfig.json"];
}

/** Builds when stale; returns true when dist-node is up to date afterwards. */
function buildCliIfStale(log = console.log) {
  const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
  if (built >= Math.max(...sources().map(newest))) return true;
  log("Compiling the dvht command into dist-node/ (tsc -p tsconfig.cli.json)…");
  const tsc = require.resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
  // tsc leaves an unchanged output file's time alone; touch the entry so the next check sees it fresh.
  if (run.status === 0 && fs.existsSync(entry)) {
    const now = new Date();
    fs.utimesSync(entry, now, now);
  }
  return run.status === 0;
}

module.exports = { buildCliIfStale };

if (require.main === module) process.exit(buildCliIfStale() ? 0 : 1);
