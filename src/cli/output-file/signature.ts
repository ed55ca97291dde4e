/**
 * “Did dvht write this file, and has nobody saved over it since?” — asked before dvht replaces an
 * existing output. Each kind of output carries its own sign, read from the file without trusting its name:
 *
 * - .xlsx / .xlsm (Phụ lục copy, summary): dvht's very hidden marker sheet (src/xlsx/marker.ts) is listed in
 *   xl/workbook.xml, and every sheet the marker lists still has the content dvht wrote (its fingerprint).
 * - .docx (report): docProps/core.xml has `dc:creator` “dvht” and `cp:revision` 1. Word and LibreOffice
 *   raise the revision on every save, so a report the clerk edited is no longer dvht's to replace.
 * - .pdf: the document title dvht gives the printable workbook (PDF_TITLE), which LibreOffice copies into
 *   the PDF's information dictionary.
 *
 * Anything unreadable, or too large to be one of dvht's outputs, counts as not dvht's.
 */
import { promises as fs } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

export type OutputKind = "xlsx" | "docx" | "pdf";

/** The title of the PDF dvht prints (ASCII, so that it can be found in the PDF's bytes however encoded). */
export const PDF_TITLE = "dvht - Phu luc";

/** Beyond this the file is not read to look for dvht's sign (dvht's own outputs of that size are xlsx copies of huge units). */
const MAX_SIGNATURE_READ = 512 * 1024 * 1024;
/** The small parts read to find the sign: bounded, so a zip bomb cannot exhaust memory here. */
const MAX_PART = 16 * 1024 * 1024;

export async function writtenByDvht(file: string, kind: OutputKind, xlsxUnchanged?: (bytes: Buffer) => Promise<boolean>): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > MAX_SIGNATURE_READ) return false;
    const bytes = await fs.readFile(file);
    switch (kind) {
      case "xlsx":
        return hasMarkerSheet(bytes) && (xlsxUnchanged ? await xlsxUnchanged(bytes) : true);
      case "docx":
        return isDvhtReport(bytes);
      case "pdf":
        return isDvhtPdf(bytes);
    }
  } catch {
    return false;
  }
}

function readPart(bytes: Uint8Array, name: string): string | undefined {
  const parts = unzipSync(bytes, { filter: (f) => f.name === name && f.originalSize <= MAX_PART });
  const part = parts[name];
  return part ? strFromU8(part) : undefined;
}

/** A `<sheet>` of xl/workbook.xml named "dvht" or "dvht_N" and very hidden: how marker.ts creates it. */
export function hasMarkerSheet(bytes: Uint8Array): boolean {
  const workbook = readPart(bytes, "xl/workbook.xml");
  if (!workbook) return false;
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const tag = match[0];
    if (/\bname="dvht(?:_\d+)?"/.test(tag) && /\bstate="veryHidden"/.test(tag)) return true;
  }
  return false;
}

export function isDvhtReport(bytes: Uint8Array): boolean {
  const core = readPart(bytes, "docProps/core.xml");
  if (!core) return false;
  const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1];
  const revision = /<cp:revision>([^<]*)<\/cp:revision>/.exec(core)?.[1];
  return creator === "dvht" && (revision === undefined || revision.trim() === "1");
}

export function isDvhtPdf(bytes: Buffer): boolean {
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") return false;
  const literal = Buffer.from(`(${PDF_TITLE})`, "latin1");
  const utf16 = Buffer.from("FEFF" + Buffer.from(PDF_TITLE, "utf16le").swap16().toString("hex").toUpperCase(), "latin1");
  return bytes.includes(literal) || bytes.includes(utf16) || bytes.includes(Buffer.from(utf16.toString("latin1").toLowerCase(), "latin1"));
}
