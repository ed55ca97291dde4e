/**
 * Small, local edits of the package's XML as text: an element added before a closing tag, defined names
 * removed or added. Everything else in these parts (attributes dvht does not know, extensions, other
 * namespaces) stays as the user's application wrote it.
 */
import { PackageDamagedError } from "./errors";
import { escapeText } from "./xml-text";

export const NS_SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The namespace prefix an element is written with in `xml` ("" when unprefixed). */
export function prefixOf(xml: string, element: string): string {
  const m = new RegExp(`<((?:[\\w.-]+:)?)${element}[\\s/>]`).exec(xml);
  return m ? m[1]! : "";
}

/** Insert `inner` just before the first `</element>`; a self-closing `<element/>` is opened first. */
export function insertBeforeClose(xml: string, element: string, inner: string, part: string): string {
  const p = prefixOf(xml, element);
  const selfClosing = new RegExp(`<${escapeRe(p)}${element}(\\b[^>]*?)\\s*/>`).exec(xml);
  const close = xml.indexOf(`</${p}${element}>`);
  if (close >= 0 && (!selfClosing || selfClosing.index > close)) return xml.slice(0, close) + inner + xml.slice(close);
  if (selfClosing) {
    return xml.slice(0, selfClosing.index) + `<${p}${element}${selfClosing[1]}>${inner}</${p}${element}>` + xml.slice(selfClosing.index + selfClosing[0].length);
  }
  throw new PackageDamagedError(`phần “${part}” thiếu <${element}>`);
}

/** The prefix bound to the relationships namespace on the root element, if any. */
export function relationshipsPrefix(xml: string): string | undefined {
  const m = new RegExp(`xmlns:([\\w.-]+)="${escapeRe(NS_RELATIONSHIPS)}"`).exec(xml);
  return m?.[1];
}

export interface DefinedName {
  name: string;
  localSheetId: number;
  hidden?: boolean;
  formula: string;
}

/**
 * workbook.xml without the defined names `drop` selects (by name and localSheetId) and with `add` added;
 * a <definedNames> is created after <sheets> (and after <functionGroups>/<externalReferences>, which the
 * schema puts before it) when there is none.
 */
export function editDefinedNames(
  xml: string,
  drop: (name: string, localSheetId: number | undefined) => boolean,
  add: DefinedName[],
): string {
  const p = prefixOf(xml, "workbook");
  const element = new RegExp(`<${escapeRe(p)}definedName\\b([^>]*?)(?:/>|>[\\s\\S]*?</${escapeRe(p)}definedName>)`, "g");
  let out = xml.replace(element, (whole, attrs: string) => {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    return drop(name, local === undefined ? undefined : Number(local)) ? "" : whole;
  });
  if (add.length === 0) return out;
  const names = add
    .map((d) => `<${p}definedName name="${d.name}" localSheetId="${d.localSheetId}"${d.hidden ? ' hidden="1"' : ""}>${escapeText(d.formula)}</${p}definedName>`)
    .join("");
  if (new RegExp(`<${escapeRe(p)}definedNames[\\s>/]`).test(out)) return insertBeforeClose(out, "definedNames", names, "workbook.xml");
  let at = -1;
  for (const closing of [`</${p}sheets>`, `</${p}functionGroups>`, `</${p}externalReferences>`]) {
    const i = out.indexOf(closing);
    if (i >= 0) at = Math.max(at, i + closing.length);
  }
  const functionGroups = new RegExp(`<${escapeRe(p)}functionGroups\\b[^>]*/>`).exec(out);
  if (functionGroups) at = Math.max(at, functionGroups.index + functionGroups[0].length);
  if (at < 0) throw new PackageDamagedError("phần workbook.xml thiếu <sheets>");
  out = out.slice(0, at) + `<${p}definedNames>${names}</${p}definedNames>` + out.slice(at);
  return out;
}

/** A sheet name as a formula reference: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
