/**
 * The package writer adds and never rewrites: on a unit's package holding every part kind ExcelJS drops,
 * adding the Phụ lục sheets keeps every part's content identical except the workbook, its relationships,
 * the content types and the styles; the new sheets hold the models' values and print names; a re-run
 * replaces only dvht's own parts; the result opens in ExcelJS and (when installed) LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { addSheetsToPackage, readPackage } from "../../src/package";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import type { SheetModel } from "../../src/workbook/sheet-model";
import { MARKER_HEADER, MARKER_SHEET_NAME } from "../../src/xlsx/marker";
import { nodeDeflateRaw } from "../../src/xlsx/node-deflate";
import { DVHT_MARKER } from "../../src/xlsx/package-marker";
import { packageWorkbookData } from "../../src/xlsx/package-values";
import { freshDir } from "../helpers/tmp";
import { makeEvaluation, makeSelfAssessments, RULES } from "../workbook/appendix-fixture";
import { richPackageBytes } from "./rich-package";

const MARKER = { header: MARKER_HEADER, sheetName: MARKER_SHEET_NAME };
/** The parts an addition may change (docProps and sharedStrings may, this writer leaves them). */
const MAY_CHANGE = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
const dir = freshDir("package-add-sheets");

function models(): SheetModel[] {
  return buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES);
}

function text(parts: Record<string, Uint8Array>, name: string): string {
  return strFromU8(parts[name]!);
}

function sheetsOf(workbookXml: string): { name: string; sheetId: number; state?: string }[] {
  return [...workbookXml.matchAll(/<sheet name="([^"]*)" sheetId="(\d+)"(?: state="(\w+)")?/g)].map((m) => ({
    name: m[1]!,
    sheetId: Number(m[2]),
    state: m[3],
  }));
}

it("deflates the parts it writes with the caller's deflater (the CLI's Node zlib), and only those", () => {
  const original = richPackageBytes({ macros: false });
  const before = unzipSync(original);
  const deflated: number[] = [];
  const { bytes } = addSheetsToPackage(original, models(), {
    marker: MARKER,
    deflateRaw: (data) => {
      deflated.push(data.length);
      return nodeDeflateRaw(data);
    },
  });
  const after = unzipSync(bytes);
  const rewritten = Object.keys(after).filter((n) => !(n in before) || MAY_CHANGE.has(n));
  // Each new sheet, the marker and the four edited parts went through it; the copied parts did not.
  expect(deflated).toHaveLength(rewritten.length);
  for (const [name, data] of Object.entries(before)) {
    if (!MAY_CHANGE.has(name)) expect(Buffer.from(after[name]!).equals(Buffer.from(data))).toBe(true);
  }
  expect(readPackage(bytes).sheets.map((s) => s.name)).toEqual(readPackage(addSheetsToPackage(original, models(), { marker: MARKER }).bytes).sheets.map((s) => s.name));
});

describe.each([
  ["xlsx", false],
  ["xlsm", true],
])("adding the Phụ lục to a .%s with charts, pivots, links, comments, protection…", (extension, macros) => {
  const original = richPackageBytes({ macros });
  const before = unzipSync(original);
  const appendix = models();
  const { bytes, written } = addSheetsToPackage(original, appendix, { marker: MARKER });
  const after = unzipSync(bytes);

  it("keeps every other part byte for byte (decompressed)", () => {
    for (const [name, data] of Object.entries(before)) {
      expect(after[name]).toBeDefined();
      if (!MAY_CHANGE.has(name)) expect(Buffer.from(after[name]!).equals(Buffer.from(data))).toBe(true);
    }
    const addedParts = Object.keys(after).filter((n) => !(n in before));
    // One part per model plus the marker, and nothing else.
    expect(addedParts).toHaveLength(appendix.length + 1);
    expect(addedParts.every((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toBe(true);
  });

  it("keeps what the changed parts held: protection, external reference, constant names, pivot caches, the main content type", () => {
    const workbook = text(after, "xl/workbook.xml");
    expect(workbook).toContain('<workbookProtection lockStructure="1"');
    expect(workbook).toContain('<externalReferences><externalReference r:id="rId5"/></externalReferences>');
    expect(workbook).toContain('<definedName name="TyLeToiThieu">0.9</definedName>');
    expect(workbook).toContain("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Thành viên'!$A$1:$C$4</definedName>");
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="7" r:id="rId6"/></pivotCaches>');
    const types = text(after, "[Content_Types].xml");
    const main = macros ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${main}"/>`);
    for (const rel of text(before, "xl/_rels/workbook.xml.rels").match(/<Relationship [^>]*\/>/g)!) {
      expect(text(after, "xl/_rels/workbook.xml.rels")).toContain(rel);
    }
  });

  it("adds each sheet with a fresh sheetId, a relationship and a content type; the marker very hidden and last", () => {
    const sheets = sheetsOf(text(after, "xl/workbook.xml"));
    expect(sheets[0]).toEqual({ name: "Thành viên", sheetId: 3, state: undefined });
    expect(sheets.slice(1).map((s) => s.name)).toEqual([...written, "dvht"]);
    expect(written).toEqual(appendix.map((m) => m.name));
    // sheetIds above the user's highest (3), never reused.
    expect(sheets.slice(1).map((s) => s.sheetId)).toEqual(sheets.slice(1).map((_, i) => 4 + i));
    expect(sheets[sheets.length - 1]!.state).toBe("veryHidden");
    const rels = text(after, "xl/_rels/workbook.xml.rels");
    const types = text(after, "[Content_Types].xml");
    for (const part of Object.keys(after).filter((n) => !(n in before))) {
      expect(rels).toContain(`Target="${part.slice(3)}"`);
      expect(types).toContain(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    }
  });

  it("appends styles without moving the user's: the original cellXfs, fonts and numFmts keep their places", () => {
    const styles = text(after, "xl/styles.xml");
    const original = text(before, "xl/styles.xml");
    const xfs = (s: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(s)![1]!;
    expect(xfs(styles).startsWith(xfs(original))).toBe(true);
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
    const count = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
    expect(count).toBe((xfs(styles).match(/<xf /g) ?? []).length);
    expect(count).toBeGreaterThan(3);
  });

  it("writes print titles with each sheet's own localSheetId", () => {
    const workbook = text(after, "xl/workbook.xml");
    const sheets = sheetsOf(workbook);
    appendix.forEach((model) => {
      if (!model.print?.repeatRows) return;
      const index = sheets.findIndex((s) => s.name === model.name);
      const { first, last } = model.print.repeatRows;
      expect(workbook).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${model.name}'!$${first + 1}:$${last + 1}</definedName>`,
      );
    });
    expect(appendix.some((m) => m.print?.repeatRows)).toBe(true);
  });

  it("the new sheets read back as the models' values; the user's sheet as before", () => {
    const data = packageWorkbookData(readPackage(bytes));
    expect(data.sheets[0]).toEqual(packageWorkbookData(readPackage(original)).sheets[0]);
    for (const model of appendix) {
      const sheet = data.sheets.find((s) => s.name === model.name)!;
      const covered = new Set(model.merges.flatMap((m) => {
        const cells: string[] = [];
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) cells.push(`${r},${c}`);
        return cells;
      }));
      model.rows.forEach((cells, r) =>
        cells.forEach((mc, c) => {
          if (!mc || covered.has(`${r},${c}`)) return;
          expect([model.name, r, c, sheet.rows[r]?.[c] ?? null]).toEqual([model.name, r, c, mc.value]);
        }),
      );
    }
  });

  it("opens in ExcelJS, and LibreOffice converts it", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Thành viên", ...written, "dvht"]);
    const file = path.join(dir, `rich.${extension}`);
    writeFileSync(file, bytes);
    if (!hasSoffice()) return;
    const out = path.join(dir, `pdf-${extension}`);
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, `lo-${extension}`)}`, "--convert-to", "pdf", "--outdir", out, file], { timeout: 120_000, stdio: "ignore" });
    expect(existsSync(path.join(out, `rich.pdf`))).toBe(true);
  }, 180_000);

  it("a re-run replaces only dvht's own sheet parts, in place, and adds nothing", () => {
    const again = addSheetsToPackage(bytes, appendix, { marker: MARKER });
    const third = unzipSync(again.bytes);
    expect(again.written).toEqual(written);
    expect(Object.keys(third).sort()).toEqual(Object.keys(after).sort());
    const dvhtParts = Object.keys(after).filter((n) => !(n in before));
    for (const [name, data] of Object.entries(after)) {
      if (dvhtParts.includes(name)) continue;
      // The same models: even workbook.xml, the styles and the content types come out as they were.
      expect([name, Buffer.from(third[name]!).equals(Buffer.from(data))]).toEqual([name, true]);
    }
    expect(sheetsOf(text(third, "xl/workbook.xml"))).toEqual(sheetsOf(text(after, "xl/workbook.xml")));
  });
});

describe("names and ownership", () => {
  it("a user's sheet named like a Phụ lục is kept and the model goes to '<name> (dvht)'", () => {
    const [first] = models();
    const user = richPackageBytes();
    const once = addSheetsToPackage(user, [{ ...first!, name: "Thành viên" }], { marker: MARKER });
    expect(once.written).toEqual(["Thành viên (dvht)"]);
    const parts = unzipSync(once.bytes);
    expect(Buffer.from(parts["xl/worksheets/sheet1.xml"]!).equals(Buffer.from(unzipSync(user)["xl/worksheets/sheet1.xml"]!))).toBe(true);
  });

  it("a rewritten sheet loses its old calculation-chain entries; the user's stay", () => {
    const [first] = models();
    const once = addSheetsToPackage(richPackageBytes(), [first!], { marker: MARKER });
    const sheetId = sheetsOf(strFromU8(unzipSync(once.bytes)["xl/workbook.xml"]!)).find((s) => s.name === first!.name)!.sheetId;
    // As if Excel had saved the file and listed a formula of dvht's sheet in the chain.
    const parts = unzipSync(once.bytes);
    parts["xl/calcChain.xml"] = new TextEncoder().encode(
      `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B7" i="${sheetId}"/><c r="B8"/><c r="C4" i="3"/><c r="D4"/><c r="B9" i="${sheetId}"/></calcChain>`,
    );
    const { zipSync } = jest.requireActual<typeof import("fflate")>("fflate");
    const twice = addSheetsToPackage(zipSync(parts), [first!], { marker: MARKER });
    expect(strFromU8(unzipSync(twice.bytes)["xl/calcChain.xml"]!)).toBe(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C4" i="3"/><c r="D4"/></calcChain>',
    );
  });
});

describe("a marker that keeps a content fingerprint beside each name (the hooks src/xlsx/marker.ts can use)", () => {
  type Cell = { row: number; col: number; value: unknown; formula?: string };
  // A test fingerprint: every non-empty cell's position and formula (or value), in order.
  const print = (cells: Cell[]) =>
    JSON.stringify(
      cells
        .filter((c) => c.formula !== undefined || (c.value !== null && c.value !== ""))
        .map((c) => [c.row, c.col, c.formula ?? c.value])
        .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)),
    );
  const modelCells = (model: SheetModel): Cell[] =>
    model.rows.flatMap((row, r) => row.flatMap((mc, c) => (mc ? [{ row: r, col: c, value: mc.value, formula: mc.formula }] : [])));
  const marker = {
    ...MARKER,
    headerRest: ["Dấu kiểm"],
    row: (e: { name: string; model?: SheetModel; previous?: { markerRow: unknown[] } }) => [e.name, e.model ? print(modelCells(e.model)) : (e.previous?.markerRow[1] as string)],
    mayReplace: (sheet: { markerRow: unknown[]; cells(): Cell[] }) => sheet.markerRow[1] === print(sheet.cells()),
  };

  it("replaces a sheet still as dvht wrote it, and keeps one a user typed into, writing beside it", () => {
    const appendix = models();
    const once = addSheetsToPackage(richPackageBytes(), appendix, { marker });
    expect(once.changed).toEqual([]);
    const twice = addSheetsToPackage(once.bytes, appendix, { marker });
    // Read back, every sheet dvht wrote has the fingerprint of its model: all replaced in place.
    expect(twice.changed).toEqual([]);
    expect(twice.written).toEqual(once.written);

    // Someone signs the first Phụ lục sheet: one more cell in its part.
    const parts = unzipSync(twice.bytes);
    const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]!);
    const rId = new RegExp(`<sheet name="${appendix[0]!.name}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(strFromU8(parts["xl/workbook.xml"]!))![1];
    const part = "xl/" + new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const signed = strFromU8(parts[part]!).replace("</sheetData>", '<row r="200"><c r="B200" t="inlineStr"><is><t>Đã ký: Nguyễn Văn An</t></is></c></row></sheetData>');
    parts[part] = new TextEncoder().encode(signed);
    const { zipSync } = jest.requireActual<typeof import("fflate")>("fflate");
    const third = addSheetsToPackage(zipSync(parts), appendix, { marker });
    expect(third.changed).toEqual([appendix[0]!.name]);
    expect(third.written[0]).toBe(`${appendix[0]!.name} (dvht)`);
    expect(third.written.slice(1)).toEqual(once.written.slice(1));
    expect(strFromU8(unzipSync(third.bytes)[part]!)).toBe(signed);
    // The signed sheet drops out of the marker: it is the user's now.
    expect(packageWorkbookData(readPackage(third.bytes)).sheets.map((s) => s.name)).not.toContain("dvht"); // bookkeeping, never data
    const markerSheet = readPackage(third.bytes).sheets.find((s) => s.name === "dvht")!;
    expect(markerSheet.rows.map((r) => r[0])).toEqual([MARKER_HEADER, ...once.written.slice(1), `${appendix[0]!.name} (dvht)`]);
  });
});

describe("dvht's own marker (src/xlsx/package-marker.ts): the fingerprint of a model is that of the sheet read back", () => {
  it("a re-run replaces every sheet, even one whose text the XML changes on the way (CR LF, control characters, NaN)", () => {
    const odd: SheetModel = {
      name: "Ghi chú",
      rows: [[{ value: "dòng 1\r\ndòng 2\u0007" }, { value: Number.NaN }, { value: 3, formula: "1+2" }], [null, { value: new Date(Date.UTC(2024, 0, 15)) }]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      columnWidths: [],
    };
    const appendix = [...models(), odd];
    const once = addSheetsToPackage(richPackageBytes(), appendix, { marker: DVHT_MARKER });
    const twice = addSheetsToPackage(once.bytes, appendix, { marker: DVHT_MARKER });
    expect(twice.changed).toEqual([]);
    expect(twice.written).toEqual(once.written);
  });

  it("a sheet listed with no fingerprint (an older dvht, the task pane) is kept, and the new one goes beside it", () => {
    const appendix = models();
    const noPrints = { ...DVHT_MARKER, row: (o: { name: string }) => [o.name] };
    const old = addSheetsToPackage(richPackageBytes(), appendix, { marker: noPrints });
    const rerun = addSheetsToPackage(old.bytes, appendix, { marker: DVHT_MARKER });
    expect(rerun.changed).toEqual(old.written);
    expect(rerun.written).toEqual(old.written.map((name) => `${name} (dvht)`));
  });
});

let soffice: boolean | undefined;
function hasSoffice(): boolean {
  if (soffice === undefined) {
    try {
      execFileSync("which", ["soffice"], { stdio: "ignore" });
      soffice = true;
    } catch {
      soffice = false;
    }
  }
  return soffice;
}
