/**
 * Files built to exhaust memory are refused (or read) within seconds: a zip bomb, a merge over the whole
 * grid, a formula filled down to Excel's last row, absurd cell addresses and strings. Every refusal names
 * its limit in Vietnamese and reaches the clerk as exit 2.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import * as ExcelJS from "exceljs";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import path from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import { strToU8 } from "fflate";
import { PackageDamagedError, PackageLimitError, readPackage, type ZipReadOptions } from "../../src/package";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { nodeInflateRaw } from "../../src/xlsx/node-inflate";
import { readWorkbookFile } from "../../src/xlsx/read";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";
import { handWorkbook, rawZip, zipParts, type HandSheet } from "./parts";

const dir = freshDir("package-limits");
const MiB = 1 << 20;

function limitOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageLimitError) return error.limit;
    throw error;
  }
  throw new Error("not refused");
}

function workbookWith(sheet: HandSheet, extra: Parameters<typeof handWorkbook>[0] = { sheets: [] }): Uint8Array {
  // Level 1: the million-row sheets below take seconds to deflate at the default level.
  return zipParts(handWorkbook({ ...extra, sheets: [sheet] }), 1);
}

/**
 * 5 GiB of spaces inside a worksheet, deflated to ~5 MB: 1 MiB segments compressed once and repeated
 * (a sync flush leaves each one byte-aligned and non-final), then a final empty block. The directory
 * claims 1,000 bytes.
 */
function zipBomb(gibibytes: number): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(MiB, 32), { finishFlush: constants.Z_SYNC_FLUSH });
  const count = gibibytes * 1024;
  const data = new Uint8Array(segment.length * count + 2);
  for (let i = 0; i < count; i++) data.set(segment, i * segment.length);
  data.set([0x03, 0x00], segment.length * count);
  const parts = handWorkbook({ sheets: [{ name: "Thành viên", body: "<sheetData/>" }] });
  const head = strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`);
  const entries = Object.entries(parts)
    .filter(([name]) => name !== "xl/worksheets/sheet1.xml")
    .map(([name, text]) => ({ name, data: typeof text === "string" ? strToU8(text) : text }));
  // The bomb's head is stored as its own entry would be in a real file; here it precedes the spaces.
  const bomb = new Uint8Array(data.length + 5 + head.length);
  bomb.set([0x00, head.length & 0xff, head.length >> 8, ~head.length & 0xff, (~head.length >> 8) & 0xff], 0);
  bomb.set(head, 5);
  bomb.set(data, 5 + head.length);
  return rawZip([...entries, { name: "xl/worksheets/sheet1.xml", data: bomb, deflated: true, claimedSize: 1000 }]);
}

/** The browser's streamed fflate, and the CLI's zlib told the most it may produce. */
const INFLATERS: [string, ZipReadOptions][] = [
  ["fflate", {}],
  ["zlib", { inflateRaw: nodeInflateRaw }],
];

describe.each(INFLATERS)("inflated bytes (%s)", (_name, options) => {
  it("a 5 GiB zip bomb in 5 MB is refused on its inflation ratio, before its size is spent", () => {
    const bytes = zipBomb(5);
    expect(bytes.length).toBeLessThan(6 * MiB);
    const before = process.memoryUsage().rss;
    expect(limitOf(() => readPackage(bytes, {}, options))).toBe("inflationRatio");
    // Refused after ~16 MiB of the 5 GiB: memory grew by far less than the entry.
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * MiB);
  });

  it("a part past the per-part limit, and parts past the total, are refused even at a plausible ratio", () => {
    const bytes = zipBomb(1);
    expect(limitOf(() => readPackage(bytes, { inflationRatio: 1e6, partInflatedBytes: 64 * MiB }, options))).toBe("partInflatedBytes");
    expect(limitOf(() => readPackage(bytes, { inflationRatio: 1e6, totalInflatedBytes: 32 * MiB }, options))).toBe("totalInflatedBytes");
  });

  it("the ratio is refused at a lower ratio limit, and a part within every limit is read", () => {
    // 1 GiB of spaces from ~1 MB: a ratio near 1,000.
    const bytes = zipBomb(1);
    expect(limitOf(() => readPackage(bytes, { inflationRatio: 500, ratioFloorBytes: MiB }, options))).toBe("inflationRatio");
    const small = workbookWith({ name: "S", body: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' });
    expect(readPackage(small, { ratioFloorBytes: 0, inflationRatio: 1000 }, options).sheets[0]!.rows).toEqual([[7]]);
  });

  it("a deflate stream cut short is a damaged package naming the part", () => {
    const parts = handWorkbook({ sheets: [{ name: "S", body: "<sheetData/>" }] });
    const entries = Object.entries(parts).map(([name, text]) => ({ name, data: typeof text === "string" ? strToU8(text) : text }));
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const whole = deflateRawSync(Buffer.from(sheet.data));
    sheet.data = whole.subarray(0, whole.length >> 1);
    const bytes = rawZip(entries.map((e) => (e === sheet ? { ...e, deflated: true } : e)));
    const error = (() => {
      try {
        readPackage(bytes, {}, options);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PackageDamagedError);
    expect((error as Error).message).toContain("xl/worksheets/sheet1.xml");
  });
});

describe("inflated bytes", () => {
  it("through the CLI: exit 2 and a Vietnamese message naming the limit", async () => {
    const file = path.join(dir, "bom-nen.xlsx");
    writeFileSync(file, zipBomb(5));
    const run = await runCli("evaluate", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain("vượt giới hạn tỉ lệ giải nén (tối đa 200 lần)");
    expect(run.stderr).toContain("xl/worksheets/sheet1.xml");
  });

  it("in `dvht summary`, a bomb among the unit files is refused on its own row and the others are summarised", async () => {
    const folder = path.join(dir, "tong-hop");
    mkdirSync(folder, { recursive: true });
    copyFileSync(SAMPLE_FILE, path.join(folder, "a-truong.xlsx"));
    writeFileSync(path.join(folder, "b-bom.xlsx"), zipBomb(5));
    const out = path.join(dir, "tong-hop.xlsx");
    const run = await runCli("summary", folder, "-o", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 tệp không đánh giá được");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const table = workbook.getWorksheet("Tổng hợp đơn vị")!;
    const header = (table.getRow(3).values as unknown[]).slice(1);
    const row = [4, 5].map((r) => table.getRow(r)).find((r) => r.getCell(header.indexOf("Tệp") + 1).value === "b-bom.xlsx")!;
    expect(String(row.getCell(header.indexOf("Ghi chú") + 1).value)).toContain("vượt giới hạn tỉ lệ giải nén");
  }, 60_000);
});

describe("merged ranges", () => {
  const sheet = (merges: string[]): HandSheet => ({
    name: "Gộp",
    body:
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row></sheetData>' +
      `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`,
  });

  it("one merge over the whole grid costs the used range, not 17 billion cells: only its top-left value stays", () => {
    const contents = readPackage(workbookWith(sheet(["A1:XFD1048576"])));
    expect(contents.sheets[0]!.rows).toEqual([[1]]);
    expect(contents.sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
  });

  it("merges covering more of the used range than the limit, or too many merges, are refused", () => {
    // Each whole-grid merge covers the 3 × 3 used range: 9 cells each.
    const many = Array.from({ length: 12 }, () => "A1:XFD1048576");
    expect(limitOf(() => readPackage(workbookWith(sheet(many)), { mergedCellsPerSheet: 100 }))).toBe("mergedCellsPerSheet");
    expect(limitOf(() => readPackage(workbookWith(sheet(many)), { mergesPerSheet: 10 }))).toBe("mergesPerSheet");
  });
});

describe("cells, grid and strings", () => {
  it("a formula filled down to row 1,048,576 with empty cached results allocates nothing for them", () => {
    const rows: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>'];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="B${r}" t="str"><f>IF(A${r}="","",1)</f><v></v></c></row>`);
    const contents = readPackage(workbookWith({ name: "Thành viên", body: `<sheetData>${rows.join("")}</sheetData>` }));
    expect(contents.sheets[0]!.rows).toEqual([["Họ và tên"]]);
  });

  it("the same formula with a cached 0 on every row is read: 1,048,576 rows, one value each", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="B${r}"><f>0*A${r}</f><v>0</v></c></row>`);
    const contents = readPackage(workbookWith({ name: "S", body: `<sheetData>${rows.join("")}</sheetData>` }));
    const read = contents.sheets[0]!.rows;
    expect(read.length).toBe(1_048_576);
    expect(read[1_048_575]).toEqual([null, 0]);
  });

  it("cells past the limit, or rows padded past it, are refused", () => {
    const rows = Array.from({ length: 11 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    expect(limitOf(() => readPackage(workbookWith({ name: "S", body: `<sheetData>${rows}</sheetData>` }), { cellsPerSheet: 10 }))).toBe("cellsPerSheet");
    // One value in column XFD on each of 1,000 rows: WorkbookData would hold 16,384,000 nulls.
    const wide = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("");
    expect(limitOf(() => readPackage(workbookWith({ name: "S", body: `<sheetData>${wide}</sheetData>` }), { cellsPerSheet: 1_000_000 }))).toBe("cellsPerSheet");
  });

  it("an address beyond Excel's grid is refused", () => {
    const body = '<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>';
    expect(limitOf(() => readPackage(workbookWith({ name: "S", body })))).toBe("gridRows");
    const wide = '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>';
    expect(limitOf(() => readPackage(workbookWith({ name: "S", body: wide })))).toBe("gridColumns");
  });

  it("a string longer than Excel's 32,767 characters is refused, shared or inline", () => {
    const long = "ạ".repeat(32_768);
    const inline = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData>`;
    expect(limitOf(() => readPackage(workbookWith({ name: "S", body: inline })))).toBe("stringLength");
    const shared = workbookWith({ name: "S", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }, { sheets: [], sharedStrings: [`<si><t>${long}</t></si>`] });
    expect(limitOf(() => readPackage(shared))).toBe("stringLength");
  });

  it("readWorkbookFile turns a refusal into a WorkbookReadError naming the file, the limit and the sheet", async () => {
    const file = path.join(dir, "qua-nhieu-o.xlsx");
    const wide = '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>';
    writeFileSync(file, workbookWith({ name: "Thành viên", body: wide }));
    const error = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe("tooLarge"); // not "damaged": the file is whole, only too big
    expect((error as Error).message).toContain(`dvht từ chối đọc tệp “${file}”`);
    expect((error as Error).message).toContain("vượt giới hạn số cột của Excel (tối đa 16.384) ở trang “Thành viên”");
  });
});
