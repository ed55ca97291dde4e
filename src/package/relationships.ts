/** Package relationships (_rels/*.rels): which part a relationship id or type points at. */
import { parsePart } from "./xml";
import type { ZipReader } from "./zip";

export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name ("xl/worksheets/sheet1.xml"), or the raw target for external links. */
  target: string;
  external: boolean;
}

export const REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const REL_SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
export const REL_CALC_CHAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
export const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that owns it. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return normalise(target.slice(1));
  const folder = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1);
  return normalise(folder + target);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** The relationships of `sourcePart` ("" for the package's own), empty when it has none. */
export function readRelationships(zip: ZipReader, sourcePart: string): Relationship[] {
  const relsPart = relsPartOf(sourcePart);
  if (!zip.has(relsPart)) return [];
  const rels: Relationship[] = [];
  parsePart(zip, relsPart, {
    open(name, a) {
      if (name !== "Relationship") return;
      const id = a.get("Id");
      const target = a.get("Target");
      if (!id || !target) return;
      const external = a.get("TargetMode") === "External";
      rels.push({ id, type: a.get("Type") ?? "", target: external ? target : resolveTarget(sourcePart, target), external });
    },
  });
  return rels;
}
