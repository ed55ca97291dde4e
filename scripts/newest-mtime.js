// The newest modification time under a path of the repository (0 when it does not exist): what the
// build-if-stale scripts compare their output's time with.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");

function newest(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((m, name) => Math.max(m, newest(path.join(p, name))), stat.mtimeMs);
}

module.exports = { newest, root };
