#!/usr/bin/env node
// Compiles the dvht command when stale, runs jest and ends with one plain line "tests: N passed, N failed" that any CI can read, then exits
// with jest's own exit code.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

// The process test runs bin/dvht.js: compile dist-node/ first when the sources are newer.
if (!require("./build-cli-if-stale").buildCliIfStale()) {
  process.stdout.write("\ntests: 0 passed, 1 failed (the dvht command did not compile)\n");
  process.exit(1);
}

const resultFile = path.join(__dirname, "..", "test-output", "jest-results.json");
fs.mkdirSync(path.dirname(resultFile), { recursive: true });
fs.rmSync(resultFile, { force: true });

const jest = require.resolve("jest/bin/jest");
const run = spawnSync(process.execPath, [jest, "--json", `--outputFile=${resultFile}`, ...process.argv.slice(2)], {
  stdio: "inherit",
});

let summary = "tests: 0 passed, 1 failed (jest wrote no results)";
if (fs.existsSync(resultFile)) {
  const results = JSON.parse(fs.readFileSync(resultFile, "utf8"));
  const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
  summary = `tests: ${results.numPassedTests} passed, ${failed} failed`;
  if (results.numPendingTests) summary += `, ${results.numPendingTests} skipped`;
}
process.stdout.write(`\n${summary}\n`);
process.exit(run.status === null ? 1 : run.status);
