/**
 * The An Bình sample with a chart on a drawing tied to its “Thành viên” sheet (the chart, drawing and
 * content types of test/package/rich-package.ts): a unit's file holding a part ExcelJS used to drop.
 */
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { REL_NS } from "../package/parts";
import { richPackage } from "../package/rich-package";

export const CHART_PARTS = ["xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/charts/chart1.xml"];

export function sampleWithChart(samplePath: string): Uint8Array {
  const parts: Record<string, Uint8Array> = unzipSync(readFileSync(samplePath));
  const rich = richPackage();
  for (const name of CHART_PARTS) parts[name] = strToU8(rich[name] as string);
  const edit = (name: string, f: (xml: string) => string) => (parts[name] = strToU8(f(strFromU8(parts[name]!))));
  edit("xl/worksheets/sheet2.xml", (x) => x.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'));
  parts["xl/worksheets/_rels/sheet2.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  const overrides = [...(rich["[Content_Types].xml"] as string).matchAll(/<Override PartName="\/xl\/(?:drawings|charts)\/[^"]+"[^>]*\/>/g)].map((m) => m[0]);
  expect(overrides).toHaveLength(2);
  edit("[Content_Types].xml", (x) => x.replace("</Types>", `${overrides.join("")}</Types>`));
  return zipSync(parts);
}
