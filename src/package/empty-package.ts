/**
 * A workbook package with no sheet yet: the start of a file dvht writes from nothing (the summary), to
 * which addSheetsToPackage adds the sheets, styles and marker as it adds them to a unit's own file. Not
 * a valid workbook on its own (Excel wants one sheet at least): it never leaves dvht as it is.
 */
import { strToU8, zipSync } from "fflate";
import { NS_RELATIONSHIPS } from "./workbook-xml-edit";
import { escapeText } from "./xml-text";
import { REL_OFFICE_DOCUMENT } from "./relationships";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

export function emptyWorkbookPackage(options: { title?: string } = {}): Uint8Array {
  const core = options.title !== undefined;
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      (core ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' : "") +
      "</Types>",
    "_rels/.rels":
      `${DECLARATION}<Relationships xmlns="${NS_PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="xl/workbook.xml"/>` +
      (core ? `<Relationship Id="rId2" Type="${REL_CORE}" Target="docProps/core.xml"/>` : "") +
      "</Relationships>",
    "xl/workbook.xml":
      `${DECLARATION}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      "<sheets></sheets></workbook>",
    "xl/_rels/workbook.xml.rels": `${DECLARATION}<Relationships xmlns="${NS_PACKAGE_RELS}"></Relationships>`,
  };
  if (core) {
    parts["docProps/core.xml"] =
      `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      `<dc:title>${escapeText(options.title!)}</dc:title><dc:creator>dvht</dc:creator></cp:coreProperties>`;
  }
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])), { level: 6 });
}
