#!/usr/bin/env node
// Entry point of the `dvht` command. The TypeScript sources are compiled to dist-node/ by
// `npm install` (the package's "prepare" script) or `npm run build:cli`.
"use strict";
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "dist-node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "dvht chưa được biên dịch. Hãy chạy `npm install` (hoặc `npm run build:cli`) trong thư mục dự án.\n",
  );
  process.exit(2);
}
// `dvht … | head`: the reader went away; stop quietly instead of printing Node's EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
require(main)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.stderr.write("dvht gặp lỗi không lường trước; hãy chạy lại với DVHT_DEBUG=1 để xem chi tiết.\n");
      process.exitCode = 2;
    },
  );
