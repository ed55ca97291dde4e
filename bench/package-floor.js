/**
 * The physical floor of reading a package: unzip every XML part and tokenise it with saxes, handlers that
 * do nothing, no values kept; then, for the appendix's floor, write the package back (every part
 * re-deflated with fflate). Run as its own process, like the CLI, so both include Node's start-up.
 *
 * Two unzips: fflate's `unzipSync` (the floor issue 14 names), and with `--zlib` Node's native inflate
 * (zlib.inflateRawSync) on each entry found through the zip's central directory, the faster floor of the
 * same work, for a reader that inflates with zlib too.
 *
 * With `--dvht-xml` (implies zlib) the XML is tokenised by dvht's own tokenizer (dist-node/package/xml-scanner.js,
 * what `dvht evaluate` reads with) instead of saxes: the floor of dvht's own way of reading, printed beside the
 * issue's floor so that nobody mistakes how far dvht is from its own physical floor.
 *
 * Usage: node bench/package-floor.js [--zlib | --dvht-xml] IN.xlsx [OUT.xlsx] — prints {"readMs": …, "writeMs": …}; without
 * OUT.xlsx only the read floor runs (to time the whole process against `dvht evaluate`).
 */
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const { unzipSync, zipSync } = require("fflate");
const { SaxesParser } = require("saxes");

/** name → inflated bytes, every entry, with Node's zlib (stored entries as they are). */
function unzipWithZlib(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressedSize);
    parts[name] = method === 8 ? zlib.inflateRawSync(data) : data;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function main() {
  const args = process.argv.slice(2);
  const ownXml = args[0] === "--dvht-xml";
  const native = ownXml || args[0] === "--zlib";
  const [input, output] = native ? args.slice(1) : args;
  // dvht's own tokenizer (compiled by `npm run bench`'s build:cli), loaded only for that floor.
  const XmlScanner = ownXml ? require("../dist-node/package/xml-scanner.js").XmlScanner : null;
  const t0 = process.hrtime.bigint();
  const bytes = fs.readFileSync(input);
  const parts = native ? unzipWithZlib(bytes) : unzipSync(bytes);
  let tags = 0;
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
    const text = new TextDecoder().decode(data);
    if (ownXml) {
      const scanner = new XmlScanner({ open: () => tags++, text: () => {}, close: () => {} });
      scanner.write(text);
      scanner.close();
      continue;
    }
    const parser = new SaxesParser();
    parser.on("opentag", () => tags++);
    parser.on("text", () => {});
    parser.on("closetag", () => {});
    parser.write(text).close();
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
