/**
 * `dvht appendix` end to end on a real unit workbook (the bundled sample) that also holds what ExcelJS used
 * to drop — a chart, a pivot table and its cache, a VBA project (.xlsm), an external link, threaded
 * comments, printer settings, workbook protection, custom properties, constant defined names: the output
 * keeps every part's content except the workbook, its relationships, the content types and the styles;
 * a second run on the output changes only dvht's own sheets.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";
import { REL_NS } from "./parts";
import { richPackage } from "./rich-package";

const MAY_CHANGE = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
const dir = freshDir("package-appendix-cli");
const EXTRA_PARTS = [
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/charts/chart1.xml",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
  "xl/externalLinks/externalLink1.xml",
  "xl/externalLinks/_rels/externalLink1.xml.rels",
  "xl/threadedComments/threadedComment1.xml",
  "xl/persons/person.xml",
  "xl/printerSettings/printerSettings1.bin",
  "xl/vbaProject.bin",
  "docProps/custom.xml",
];

/** The sample unit workbook with the rich package's parts tied into it, as an .xlsm. */
function enrichedSample(): Uint8Array {
  const parts: Record<string, Uint8Array> = unzipSync(readFileSync(SAMPLE_FILE));
  const rich = richPackage({ macros: true });
  for (const name of EXTRA_PARTS) {
    const content = rich[name]!;
    parts[name] = typeof content === "string" ? strToU8(content) : content;
  }
  const edit = (name: string, f: (xml: string) => string) => (parts[name] = strToU8(f(strFromU8(parts[name]!))));
  // Sheet 2 (Thành viên) carries the chart's drawing, the pivot table, the comments and the printer settings.
  edit("xl/worksheets/sheet2.xml", (x) => x.replace(/<pageSetup ([^>]*)\/>/, '<pageSetup $1 r:id="rId2"/><drawing r:id="rId1"/>'));
  parts["xl/worksheets/_rels/sheet2.xml.rels"] = (strToU8(rich["xl/worksheets/_rels/sheet1.xml.rels"] as string));
  edit("xl/workbook.xml", (x) =>
    x
      .replace(/(<workbookPr [^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>')
      .replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rId20"/></externalReferences><definedNames><definedName name="TyLeToiThieu">0.9</definedName></definedNames>')
      .replace(/(<calcPr [^>]*\/>)/, '$1<pivotCaches><pivotCache cacheId="7" r:id="rId21"/></pivotCaches>'),
  );
  edit("xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      `<Relationship Id="rId20" Type="${REL_NS}/externalLink" Target="externalLinks/externalLink1.xml"/>` +
        `<Relationship Id="rId21" Type="${REL_NS}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
        '<Relationship Id="rId22" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>' +
        '<Relationship Id="rId23" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  edit("_rels/.rels", (x) => x.replace("</Relationships>", `<Relationship Id="rId90" Type="${REL_NS}/custom-properties" Target="docProps/custom.xml"/></Relationships>`));
  const richTypes = rich["[Content_Types].xml"] as string;
  const overrides = [...richTypes.matchAll(/<Override PartName="([^"]+)"[^>]*\/>/g)].filter((m) => EXTRA_PARTS.includes(m[1]!.slice(1))).map((m) => m[0]);
  edit("[Content_Types].xml", (x) =>
    x
      .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
      .replace('ContentType="application/vnd.openxmlformats-officedocument.PLACEHOLDER"', 'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"')
      .replace("</Types>", `<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>${overrides.join("")}</Types>`),
  );
  return zipSync(parts);
}

it("keeps every part of a unit's .xlsm but the workbook, its relationships, content types and styles; a re-run touches only dvht's sheets", async () => {
  const input = path.join(dir, "truong.xlsm");
  const inputBytes = enrichedSample();
  writeFileSync(input, inputBytes);
  const out = path.join(dir, "truong-phu-luc.xlsm");
  const first = await runCli("appendix", input, "-o", out);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);

  const before = unzipSync(inputBytes);
  // The premise: the input does tie those parts in.
  expect(strFromU8(before["xl/worksheets/sheet2.xml"]!)).toContain('<drawing r:id="rId1"/>');
  expect(strFromU8(before["[Content_Types].xml"]!)).toContain("macroEnabled.main+xml");
  const after = unzipSync(readFileSync(out));
  for (const [name, data] of Object.entries(before)) {
    expect([name, after[name] !== undefined]).toEqual([name, true]);
    if (!MAY_CHANGE.has(name)) expect([name, Buffer.from(after[name]!).equals(Buffer.from(data))]).toEqual([name, true]);
  }
  const added = Object.keys(after).filter((n) => !(n in before));
  expect(added.length).toBeGreaterThan(1);
  expect(added.every((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toBe(true);
  expect(strFromU8(after["[Content_Types].xml"]!)).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
  const workbook = strFromU8(after["xl/workbook.xml"]!);
  for (const kept of ['<workbookProtection lockStructure="1"/>', '<externalReference r:id="rId20"/>', '<definedName name="TyLeToiThieu">0.9</definedName>', '<pivotCache cacheId="7" r:id="rId21"/>']) {
    expect(workbook).toContain(kept);
  }

  // The output evaluates as the input did, and a second run replaces only the sheets it wrote.
  const again = path.join(dir, "truong-phu-luc-2.xlsm");
  const second = await runCli("appendix", out, "-o", again);
  expect(second.code).toBe(0);
  const third = unzipSync(readFileSync(again));
  expect(Object.keys(third).sort()).toEqual(Object.keys(after).sort());
  for (const [name, data] of Object.entries(after)) {
    if (added.includes(name)) continue;
    expect([name, Buffer.from(third[name]!).equals(Buffer.from(data))]).toEqual([name, true]);
  }
  const evalIn = await runCli("evaluate", input, "--json");
  const evalOut = await runCli("evaluate", again, "--json");
  expect(JSON.parse(evalOut.stdout).indicators).toEqual(JSON.parse(evalIn.stdout).indicators);
}, 120_000);
