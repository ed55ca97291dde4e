/**
 * styles.xml, extended and never renumbered: the cell formats dvht's sheets need are appended to fonts,
 * fills, borders, numFmts and cellXfs (counts updated), so every style index the user's sheets use keeps
 * meaning what it meant. Identical formats are appended once.
 */
import type { CellStyle } from "../workbook/sheet-model";
import { DEFAULT_DATE_FORMAT, DEFAULT_FONT_NAME, DEFAULT_FONT_SIZE, argb } from "../xlsx/styles";
import { PackageDamagedError } from "./errors";
import { XmlScanner } from "./xml-scanner";
import { escapeAttr } from "./xml-text";

/** Format codes Excel knows by number (ECMA-376 §18.8.30), as ExcelJS writes them. */
const BUILT_IN_IDS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "@": 49,
};
const FIRST_CUSTOM_ID = 164;

/** A styles.xml for a package that has none (Excel's defaults). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

type Group = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";
const CHILD: Record<Group, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };

export class StyleSheet {
  private readonly counts: Record<Group, number> = { numFmts: 0, fonts: 0, fills: 0, borders: 0, cellXfs: 0 };
  private readonly added: Record<Group, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = FIRST_CUSTOM_ID;
  private readonly keys = new Map<string, number>();
  private readonly parts = new Map<string, number>();

  constructor(private readonly xml: string) {
    const stack: string[] = [];
    const scanner = new XmlScanner({
      open: (name, a) => {
        const parent = stack[stack.length - 1];
        if (parent && parent in CHILD && CHILD[parent as Group] === name) {
          this.counts[parent as Group]++;
          if (name === "numFmt") {
            const id = parseInt(a.get("numFmtId") ?? "", 10);
            const code = a.get("formatCode");
            if (id >= 0) {
              if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
              this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
            }
          }
        }
        stack.push(name);
      },
      close: () => stack.pop(),
    });
    try {
      scanner.write(xml);
      scanner.close();
    } catch (error) {
      throw new PackageDamagedError("phần styles.xml có XML sai cú pháp", { cause: error });
    }
    this.indexExisting();
  }

  /**
   * The formats already there, by their exact XML: a re-run finds the ones it appended last time (written
   * in this class's own spelling) and appends nothing, so styles.xml does not grow run after run.
   */
  private indexExisting(): void {
    for (const group of ["fonts", "fills", "borders", "cellXfs"] as const) {
      const region = new RegExp(`<${group}\\b[^>]*>([\\s\\S]*?)</${group}>`).exec(this.xml)?.[1];
      if (!region) continue;
      const child = CHILD[group];
      const children = region.match(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g")) ?? [];
      // Only trusted when the regex saw every child the parser counted.
      if (children.length !== this.counts[group]) continue;
      children.forEach((xml, index) => {
        const key = `${group}:${xml}`;
        if (!this.parts.has(key)) this.parts.set(key, index);
      });
    }
  }

  /** The cellXfs index of a cell formatted as `style` (a date without a format gets dd/mm/yyyy). */
  cellXf(style: CellStyle | undefined, isDate: boolean): number {
    // Models share one style object among many cells: remembered per object, the key below is built once.
    const slot = isDate ? 1 : 0;
    const remembered = style === undefined ? this.unstyled[slot] : this.byObject.get(style)?.[slot];
    if (remembered !== undefined) return remembered;
    const index = this.cellXfByKey(style, isDate);
    if (style === undefined) this.unstyled[slot] = index;
    else {
      const pair = this.byObject.get(style) ?? [undefined, undefined];
      pair[slot] = index;
      this.byObject.set(style, pair);
    }
    return index;
  }

  private readonly byObject = new WeakMap<CellStyle, [number | undefined, number | undefined]>();
  private readonly unstyled: [number | undefined, number | undefined] = [undefined, undefined];

  private cellXfByKey(style: CellStyle | undefined, isDate: boolean): number {
    const numberFormat = style?.numberFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
    const key = JSON.stringify([style?.bold, style?.italic, style?.fontSize, style?.align, style?.verticalAlign, style?.wrap, style?.border, style?.fill, numberFormat]);
    const known = this.keys.get(key);
    if (known !== undefined) return known;

    const fontId = this.part("fonts", font(style));
    const fillId = this.part("fills", style?.fill ? solidFill(style.fill) : "<fill><patternFill patternType=\"none\"/></fill>");
    const borderId = this.part("borders", style?.border ? THIN_BORDER : NO_BORDER);
    const numFmtId = numberFormat === undefined ? 0 : this.numFmt(numberFormat);
    const alignment: string[] = [];
    if (style?.align) alignment.push(`horizontal="${style.align}"`);
    if (style?.verticalAlign) alignment.push(`vertical="${style.verticalAlign === "middle" ? "center" : style.verticalAlign}"`);
    if (style?.wrap) alignment.push('wrapText="1"');
    const applies =
      ` applyFont="1"${numFmtId ? ' applyNumberFormat="1"' : ""}${style?.fill ? ' applyFill="1"' : ""}${style?.border ? ' applyBorder="1"' : ""}` +
      (alignment.length ? ' applyAlignment="1"' : "");
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}` +
      (alignment.length ? `><alignment ${alignment.join(" ")}/></xf>` : "/>");
    const index = this.part("cellXfs", xf);
    this.keys.set(key, index);
    return index;
  }

  /** styles.xml with the appended formats; the original text when nothing was appended. */
  toXml(): string {
    let xml = this.xml;
    for (const group of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as Group[]) {
      if (this.added[group].length) xml = appendChildren(xml, group, this.added[group], this.counts[group]);
    }
    return xml;
  }

  get changed(): boolean {
    return Object.values(this.added).some((a) => a.length > 0);
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_IDS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmtIds.set(code, id);
    this.append("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** A font/fill/border, appended once per distinct XML. */
  private part(group: "fonts" | "fills" | "borders" | "cellXfs", xml: string): number {
    const key = `${group}:${xml}`;
    const known = this.parts.get(key);
    if (known !== undefined) return known;
    const index = this.append(group, xml);
    this.parts.set(key, index);
    return index;
  }

  private append(group: Group, xml: string): number {
    this.added[group].push(xml);
    return this.counts[group]++;
  }
}

function font(style: CellStyle | undefined): string {
  return (
    "<font>" +
    (style?.bold ? "<b/>" : "") +
    (style?.italic ? "<i/>" : "") +
    `<sz val="${style?.fontSize ?? DEFAULT_FONT_SIZE}"/><name val="${DEFAULT_FONT_NAME}"/><family val="1"/></font>`
  );
}

function solidFill(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const THIN_BORDER =
  '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
  '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

/**
 * Insert `children` at the end of the first <group> element (keeping its namespace prefix) and set its
 * count; a missing <numFmts> is created as the stylesheet's first child, as the schema orders it.
 */
function appendChildren(xml: string, group: Group, children: string[], count: number): string {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${group}\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) {
    if (group !== "numFmts") throw new PackageDamagedError(`phần styles.xml thiếu <${group}>`);
    const sheet = /<((?:[\w.-]+:)?)styleSheet\b[^>]*>/.exec(xml);
    if (!sheet) throw new PackageDamagedError("phần styles.xml thiếu <styleSheet>");
    const p = sheet[1];
    const at = sheet.index + sheet[0].length;
    return xml.slice(0, at) + `<${p}numFmts count="${count}">${prefixed(children, p!)}</${p}numFmts>` + xml.slice(at);
  }
  const [whole, p = "", attrs = "", selfClosing] = open;
  const withCount = /\bcount="[^"]*"/.test(attrs) ? attrs.replace(/\bcount="[^"]*"/, `count="${count}"`) : `${attrs} count="${count}"`;
  const start = open.index;
  const body = prefixed(children, p);
  if (selfClosing) return xml.slice(0, start) + `<${p}${group}${withCount}>${body}</${p}${group}>` + xml.slice(start + whole.length);
  const close = xml.indexOf(`</${p}${group}>`, start);
  if (close < 0) throw new PackageDamagedError(`phần styles.xml có <${group}> không đóng`);
  return xml.slice(0, start) + `<${p}${group}${withCount}>` + xml.slice(start + whole.length, close) + body + xml.slice(close);
}

/** Our children are written unprefixed; give them the parent's prefix when it has one. */
function prefixed(children: string[], prefix: string): string {
  const xml = children.join("");
  return prefix ? xml.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`) : xml;
}
