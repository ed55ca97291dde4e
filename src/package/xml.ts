/**
 * Streaming XML of one part: the inflated chunks are decoded and fed to dvht's tokenizer (xml-scanner.ts)
 * as they come, so a part is never held whole as text. Handlers see local names (a "x:c" element is
 * "c"): some writers prefix the SpreadsheetML namespace.
 */
import { PackageDamagedError, PackageLimitError } from "./errors";
import { XmlScanner, type XmlHandlers } from "./xml-scanner";
import type { ZipReader } from "./zip";

export type { XmlHandlers } from "./xml-scanner";

export function parsePart(zip: ZipReader, part: string, handlers: XmlHandlers): void {
  const scanner = new XmlScanner(handlers);
  const decoder = new TextDecoder("utf-8");
  try {
    zip.inflate(part, (chunk) => scanner.write(decoder.decode(chunk, { stream: true })));
    scanner.write(decoder.decode());
    scanner.close();
  } catch (error) {
    if (error instanceof PackageLimitError || error instanceof PackageDamagedError) throw error;
    // The tokenizer reports malformed XML by throwing from write()/close().
    throw new PackageDamagedError(`phần “${part}” có XML sai cú pháp`, { cause: error });
  }
}

/** "[Content_Types].xml" etc. read whole: small parts whose text the writer edits. */
export function partText(zip: ZipReader, part: string): string {
  return new TextDecoder("utf-8").decode(zip.read(part));
}
