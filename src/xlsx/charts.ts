/**
 * Column charts for SheetModels. Neither ExcelJS nor dvht's sheet writer writes charts, so they are added
 * to the saved .xlsx package afterwards: a chart part, a drawing that anchors it, and the relationships and
 * content types that tie them to the sheet (ECMA-376 Part 1, §21.2 and §20.5). dvht's zip reader and writer
 * do it: every part left alone is copied as it is compressed, only the few edited or new ones are deflated.
 */
import { DEFAULT_LIMITS } from "../package/limits";
import { partText } from "../package/xml";
import { ZipReader } from "../package/zip";
import { writeZip, type DeflateRaw, type OutputEntry } from "../package/zip-writer";
import type { BarChartSpec, SheetModel } from "../workbook/sheet-model";
import { columnLetter } from "../workbook/workbook-data";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_CHART = `${NS_REL}/chart`;
const REL_DRAWING = `${NS_REL}/drawing`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/*
 * The chart's colours are written out, not left to the workbook's theme: a workbook dvht writes from
 * nothing (the summary) has no theme part, and LibreOffice then draws the bars with no fill at all.
 */
const BAR_COLOUR = "4472C4";
const AXIS_LINE = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>';
const GRID_LINE = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>';

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function ref(sheet: string, column: number, first: number, last: number): string {
  const c = columnLetter(column);
  return `'${sheet.replace(/'/g, "''")}'!$${c}$${first + 1}:$${c}$${last + 1}`;
}

function chartXml(sheet: string, spec: BarChartSpec, model: SheetModel): string {
  const rows = model.rows.slice(spec.firstRow, spec.lastRow + 1);
  const categories = rows.map((r) => String(r[spec.categoryColumn]?.value ?? ""));
  const values = rows.map((r) => Number(r[spec.valueColumn]?.value ?? 0));
  const strPts = categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`).join("");
  const numPts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">
<c:chart>
<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
<c:autoTitleDeleted val="0"/>
<c:plotArea><c:layout/>
<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(spec.seriesName)}</c:v></c:tx>
<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill></c:spPr>
<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>
<c:cat><c:strRef><c:f>${escapeXml(ref(sheet, spec.categoryColumn, spec.firstRow, spec.lastRow))}</c:f><c:strCache><c:ptCount val="${categories.length}"/>${strPts}</c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>${escapeXml(ref(sheet, spec.valueColumn, spec.firstRow, spec.lastRow))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${numPts}</c:numCache></c:numRef></c:val>
</c:ser>
<c:gapWidth val="80"/><c:axId val="50010"/><c:axId val="50020"/>
</c:barChart>
<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>${AXIS_LINE}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>
<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines>${GRID_LINE}</c:majorGridlines><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>${AXIS_LINE}<c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>
</c:plotArea>
<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>
</c:chart>
</c:chartSpace>`;
}

function anchorXml(spec: BarChartSpec, relId: string, index: number): string {
  const { row, column, rows, columns } = spec.anchor;
  return `<xdr:twoCellAnchor><xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${column + columns}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

/** The worksheet part of each sheet name, from the workbook and its relationships. */
function sheetParts(zip: ZipReader): Map<string, string> {
  const workbook = partText(zip, "xl/workbook.xml");
  const rels = partText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)) targets.set(m[1]!, m[2]!);
  for (const m of rels.matchAll(/<Relationship [^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)) targets.set(m[2]!, m[1]!);
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!);
    if (target) parts.set(unescapeXml(m[1]!), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Adds the charts of `models` (written under `names`) to the .xlsx bytes (Node Buffer or, in a browser,
 * Uint8Array); `deflateRaw` compresses the new and edited parts (fflate by default; the CLI passes zlib).
 */
export function addCharts(bytes: Uint8Array, models: SheetModel[], names: string[], deflateRaw?: DeflateRaw): Uint8Array {
  if (!models.some((m) => m.charts?.length)) return bytes;
  const zip = new ZipReader(bytes, DEFAULT_LIMITS);
  const parts = sheetParts(zip);
  /** Parts written anew, by name: edited ones replace the original in place, new ones go at the end. */
  const written = new Map<string, string>();
  const text = (part: string) => written.get(part) ?? partText(zip, part);
  let types = partText(zip, "[Content_Types].xml");
  let chartNo = zip.order.filter((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name)).length;
  let drawingNo = zip.order.filter((e) => /^xl\/drawings\/drawing\d+\.xml$/.test(e.name)).length;

  for (const [i, model] of models.entries()) {
    const sheetName = names[i]!;
    const part = parts.get(sheetName);
    if (!model.charts?.length || !part) continue;
    drawingNo += 1;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    for (const [j, spec] of model.charts.entries()) {
      chartNo += 1;
      written.set(`xl/charts/chart${chartNo}.xml`, chartXml(sheetName, spec, model));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`);
      drawingRels.push(`<Relationship Id="rId${j + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchorXml(spec, `rId${j + 1}`, j));
    }
    written.set(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors.join("")}</xdr:wsDr>`,
    );
    written.set(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join("")}</Relationships>`,
    );
    types = types.replace("</Types>", `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/></Types>`);

    // The sheet points at its drawing; <drawing> goes before legacyDrawing, tableParts and extLst.
    const relsPath = part.replace(/worksheets\/([^/]+)$/, "worksheets/_rels/$1.rels");
    const relId = "rIdDvhtDrawing";
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    const existing = written.has(relsPath) || zip.has(relsPath) ? text(relsPath) : undefined;
    written.set(
      relsPath,
      existing
        ? existing.replace("</Relationships>", `${rel}</Relationships>`)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    );
    let sheetXml = text(part);
    if (!/xmlns:r=/.test(sheetXml.slice(0, 600))) sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS_REL}" `);
    const before = sheetXml.search(/<legacyDrawing|<legacyDrawingHF|<picture|<oleObjects|<controls|<webPublishItems|<tableParts|<extLst|<\/worksheet>/);
    sheetXml = sheetXml.slice(0, before) + `<drawing r:id="${relId}"/>` + sheetXml.slice(before);
    written.set(part, sheetXml);
  }
  written.set("[Content_Types].xml", types);
  const encoder = new TextEncoder();
  const entries: OutputEntry[] = zip.order.map((entry) => {
    const edited = written.get(entry.name);
    if (edited === undefined) return { copy: entry };
    written.delete(entry.name);
    return { name: entry.name, data: encoder.encode(edited) };
  });
  for (const [name, xml] of written) entries.push({ name, data: encoder.encode(xml) });
  return writeZip(zip, entries, deflateRaw);
}
