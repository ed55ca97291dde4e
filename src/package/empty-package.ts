/**
 * A workbook package with no sheet yet: the start of a file dvht writes from nothing (the summary), to
 * which addSheetsToPackage adds the sheets, styles and marker as it adds them to a unit's own file. Not
 * a valid workbook on its own (Excel wants one sheet at least): it never leaves dvht as it is.
 */
import { strToU8, zipSync } from "fflate";
import { NS_RELATIONSHIPS } from "./workbook-xml-edit";
import { REL_OFFICE_DOCUMENT } from "./relationships";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export function emptyWorkbookPackage(): Uint8Array {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      "</Types>",
    "_rels/.rels":
      `${DECLARATION}<Relationships xmlns="${NS_PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="xl/workbook.xml"/>` +
      "</Relationships>",
    "xl/workbook.xml":
      `${DECLARATION}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      "<sheets></sheets></workbook>",
    "xl/_rels/workbook.xml.rels": `${DECLARATION}<Relationships xmlns="${NS_PACKAGE_RELS}"></Relationships>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])), { level: 6 });
}
