/**
 * Streaming XML of one part: the inflated chunks are decoded and fed to saxes as they come, so a part is
 * never held whole as text. Handlers see local names (a "x:c" element is "c"): some writers prefix the
 * SpreadsheetML namespace.
 */
import { SaxesParser } from "saxes";
import { PackageDamagedError, PackageLimitError } from "./errors";
import type { ZipReader } from "./zip";

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

export function localName(name: string): string {
  // A loop, not indexOf: this runs for every tag of every sheet, and the names are a few characters.
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 58) return name.slice(i + 1);
  return name;
}

export function parsePart(zip: ZipReader, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  const { open, text, close } = handlers;
  if (open) parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  if (text) parser.on("text", text);
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  const decoder = new TextDecoder("utf-8");
  try {
    zip.inflate(part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof PackageLimitError || error instanceof PackageDamagedError) throw error;
    // saxes reports malformed XML by throwing from write()/close().
    throw new PackageDamagedError(`phần “${part}” có XML sai cú pháp`, { cause: error });
  }
}

/** "[Content_Types].xml" etc. read whole: small parts whose text the writer edits. */
export function partText(zip: ZipReader, part: string): string {
  return new TextDecoder("utf-8").decode(zip.read(part));
}
