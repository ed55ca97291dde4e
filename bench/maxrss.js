/**
 * Preloaded with `node -r ./bench/maxrss.js …` when /usr/bin/time is absent: writes the process's peak
 * resident set size (kB) to the file named by DVHT_BENCH_RSS_FILE as it exits.
 */
"use strict";
const fs = require("fs");
const target = process.env.DVHT_BENCH_RSS_FILE;
if (target) process.on("exit", () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));
