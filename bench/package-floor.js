/**
 * The physical floor of reading a package: unzip every XML part with fflate and tokenise it with saxes,
 * handlers that do nothing, no values kept; then, for the appendix's floor, write the package back
 * (every part re-deflated with fflate). Run as its own process, like the CLI, so both include Node's
 * start-up. Usage: node bench/package-floor.js IN.xlsx OUT.xlsx — prints {"readMs": …, "writeMs": …}; without
 * OUT.xlsx only the read floor runs (to time the whole process against `dvht evaluate`, e.g. with farm-bench).
 */
"use strict";
const fs = require("fs");
const { unzipSync, zipSync } = require("fflate");
const { SaxesParser } = require("saxes");

function main() {
  const [input, output] = process.argv.slice(2);
  const t0 = process.hrtime.bigint();
  const parts = unzipSync(fs.readFileSync(input));
  let tags = 0;
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
    const parser = new SaxesParser();
    parser.on("opentag", () => tags++);
    parser.on("text", () => {});
    parser.on("closetag", () => {});
    parser.write(new TextDecoder().decode(data)).close();
  }
  const t1 = process.hrtime.bigint();
  if (output === undefined) {
    process.stdout.write(JSON.stringify({ readMs: Number(t1 - t0) / 1e6, tags }) + "\n");
    return;
  }
  fs.writeFileSync(output, zipSync(parts, { level: 6 }));
  const t2 = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ readMs: Number(t1 - t0) / 1e6, writeMs: Number(t2 - t1) / 1e6, tags }) + "\n");
}

main();
