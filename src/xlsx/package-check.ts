/**
 * A cheap look at the package's skeleton before ExcelJS parses it: every sheet listed in xl/workbook.xml
 * must have its relationship and its part. Without this, a workbook whose "Thành viên" part is gone is
 * read as a workbook without that sheet, and the clerk is told to add a sheet that is in fact listed in
 * the file — instead of being told the file is damaged.
 */
import { strFromU8, unzipSync } from "fflate";

/** A damage found in the package, described in Vietnamese (it goes into the user's message). */
export class PackageDamage extends Error {
  override readonly name = "PackageDamage";
}

const MAX_PART = 64 * 1024 * 1024;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** "xl/./worksheets/../worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" (no Node path: this runs in the browser too). */
function partPath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

/** null when the skeleton is whole (or cannot be inspected here: ExcelJS then judges); otherwise the damage. */
export function checkPackage(bytes: Uint8Array): PackageDamage | null {
  let names: Set<string>;
  let parts: Record<string, Uint8Array>;
  try {
    names = new Set<string>();
    parts = unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name);
        return (f.name === "xl/workbook.xml" || f.name === "xl/_rels/workbook.xml.rels") && f.originalSize <= MAX_PART;
      },
    });
  } catch {
    return null; // not a readable zip: the caller's own checks say what it is
  }
  const workbook = parts["xl/workbook.xml"];
  if (!workbook) return null;
  const rels = parts["xl/_rels/workbook.xml.rels"];
  if (!rels) return new PackageDamage("thiếu tệp quan hệ xl/_rels/workbook.xml.rels nên không biết dữ liệu các sheet nằm ở đâu");
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, decode(target));
  }
  for (const m of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = decode(attr(m[0], "name") ?? "");
    const id = attr(m[0], "r:id") ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (!target) return new PackageDamage(`sheet “${name}” được liệt kê trong sổ nhưng thiếu liên kết tới phần dữ liệu của nó`);
    const part = target.startsWith("/") ? target.slice(1) : partPath(`xl/${target}`);
    if (!names.has(part)) return new PackageDamage(`sheet “${name}” được liệt kê trong sổ nhưng phần dữ liệu ${part} không có trong tệp`);
  }
  return null;
}
