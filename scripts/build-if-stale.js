#!/usr/bin/env node
// Builds the add-in (webpack production) into dist/ when dist/ is missing or older than any of its
// sources, so `npm test` can run the browser test on a fresh build without rebuilding every time.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const stamp = path.join(root, "dist", "taskpane.html");
const sources = ["src", "taskpane", "assets", "webpack.config.js", "scripts/manifest-address.js", "manifest.xml", "package.json", "samples"];

function newest(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((m, name) => Math.max(m, newest(path.join(p, name))), stat.mtimeMs);
}

const built = fs.existsSync(stamp) && fs.existsSync(path.join(root, "dist", "functions.json")) ? fs.statSync(stamp).mtimeMs : 0;
const changed = Math.max(...sources.map(newest));
if (built >= changed) {
  console.log("dist/ is up to date; not rebuilding the add-in.");
  process.exit(0);
}
console.log("Building the add-in into dist/ (webpack --mode production)…");
const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "inherit" });
process.exit(run.status === null ? 1 : run.status);
