/**
 * Building blocks of the bad-input corpus: a clean unit workbook (test/helpers/workbook-builder.ts) turned
 * into .xlsx bytes with ExcelJS, with a hook to damage the ExcelJS workbook (merges, formulas, protection)
 * before it is written; and raw bytes for files that are not .xlsx at all. Nothing here is checked in:
 * test/corpus/corpus.test.ts writes every case into test-output/corpus/ and runs the CLI on it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { buildWorkbookFromData } from "../../src/xlsx/write-data";
import { buildWorkbook } from "../helpers/workbook-builder";

export const CORPUS_DIR = path.resolve(__dirname, "..", "..", "test-output", "corpus");

/** Members in every corpus workbook: Excel rows 2–9 of `Thành viên`. */
export const MEMBERS = 8;

/** A fresh clean workbook (with `Mã` columns; 8 members; year 2025). */
export function clean(): WorkbookData {
  return buildWorkbook({ members: MEMBERS });
}

/** The .xlsx bytes of `data`, after `edit` has changed the ExcelJS workbook. */
export async function xlsx(
  data: WorkbookData,
  edit?: (workbook: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Buffer> {
  const workbook = buildWorkbookFromData(data);
  if (edit) await edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The ExcelJS worksheet named `name`, or a test failure. */
export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`corpus: no sheet ${name}`);
  return ws;
}

/** An OLE compound file header and filler, optionally with a stream name (as in an encrypted .xlsx). */
export function oleBytes(streamName?: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096, 0);
  if (streamName) Buffer.from(streamName, "utf16le").copy(body, 1024);
  return Buffer.concat([header, body]);
}

/** A zip with the given entries. */
export async function zipBytes(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Replace one entry of an .xlsx (a zip) with other content. */
export async function replaceEntry(bytes: Buffer, entry: string, content: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(entry, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

export function writeCase(id: string, extension: string, bytes: Buffer): string {
  mkdirSync(CORPUS_DIR, { recursive: true });
  const file = path.join(CORPUS_DIR, `${id}${extension}`);
  writeFileSync(file, bytes);
  return file;
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
