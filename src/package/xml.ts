/**
 * Streaming XML of one part: the inflated chunks are decoded and fed to dvht's tokenizer (xml-scanner.ts)
 * as they come, so a part is never held whole as text. Handlers see local names (a "x:c" element is
 * "c"): some writers prefix the SpreadsheetML namespace.
 *
 * A part is UTF-8 or UTF-16 (OPC allows both), told apart by its first two bytes (XML 1.0 appendix F).
 * Bytes that are not valid in the encoding make the part damaged: decoded leniently, they would become
 * U+FFFD inside a value, and a damaged unit name would be assessed as if it were right.
 */
import { concat } from "./bytes";
import { PackageDamagedError, PackageLimitError } from "./errors";
import { XmlScanner, type XmlHandlers } from "./xml-scanner";
import type { ZipReader } from "./zip";

export type { XmlHandlers } from "./xml-scanner";

export function parsePart(zip: ZipReader, part: string, handlers: XmlHandlers): void {
  const scanner = new XmlScanner(handlers);
  const decoder = new PartDecoder(part);
  try {
    zip.inflate(part, (chunk) => scanner.write(decoder.decode(chunk)));
    scanner.write(decoder.end());
    scanner.close();
  } catch (error) {
    if (error instanceof PackageLimitError || error instanceof PackageDamagedError) throw error;
    // The tokenizer reports malformed XML by throwing from write()/close().
    throw new PackageDamagedError(`phần “${part}” có XML sai cú pháp`, { cause: error });
  }
}

/**
 * "[Content_Types].xml" etc. read whole: small parts whose text the writer edits. The writer writes them
 * back in UTF-8, so a UTF-16 part's declaration is made to say so.
 */
export function partText(zip: ZipReader, part: string): string {
  const decoder = new PartDecoder(part);
  const text = decoder.decode(zip.read(part)) + decoder.end();
  return decoder.encoding === "utf-8" ? text : text.replace(/^(<\?xml\s[^?]*?encoding\s*=\s*["'])[^"']*/, "$1UTF-8");
}

type PartEncoding = "utf-8" | "utf-16le" | "utf-16be";

const LT = 0x3c;

/**
 * The encoding the part's first two bytes announce: a UTF-16 byte order mark, or “<” in UTF-16 (XML
 * wants the mark, but expat and libxml2 read a part without it, and in UTF-8 “<” then NUL is never
 * XML); else UTF-8.
 */
function encodingOf(head: Uint8Array): PartEncoding {
  const [a, b] = head;
  if ((a === 0xff && b === 0xfe) || (a === LT && b === 0)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === LT)) return "utf-16be";
  return "utf-8";
}

/**
 * A part's bytes → text, chunk by chunk: a character cut between chunks is completed by the next one;
 * invalid bytes throw PackageDamagedError naming the part. The encoding is told from the first two bytes,
 * held back if the first chunk is shorter.
 */
class PartDecoder {
  /** What the first bytes told (UTF-8 until they come). */
  encoding: PartEncoding = "utf-8";
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private head: Uint8Array | undefined;

  constructor(private readonly part: string) {}

  decode(chunk: Uint8Array): string {
    if (!this.decoder) {
      const bytes = this.head ? concat([this.head, chunk]) : chunk;
      if (bytes.length < 2) {
        this.head = bytes.slice(); // the inflater may reuse its buffer
        return "";
      }
      this.head = undefined;
      this.start(encodingOf(bytes));
      chunk = bytes;
    }
    return this.run(() => this.decoder!.decode(chunk, { stream: true }));
  }

  /** What the last chunk left unfinished: an error if a character is cut short. */
  end(): string {
    if (!this.decoder) this.start("utf-8");
    const head = this.head ?? new Uint8Array(0);
    this.head = undefined;
    return this.run(() => this.decoder!.decode(head));
  }

  private start(encoding: PartEncoding): void {
    this.encoding = encoding;
    // The decoder drops the byte order mark itself (ignoreBOM is false).
    this.decoder = new TextDecoder(encoding, { fatal: true });
  }

  private run(decode: () => string): string {
    try {
      return decode();
    } catch (error) {
      const name = this.encoding === "utf-8" ? "UTF-8" : "UTF-16";
      throw new PackageDamagedError(`phần “${this.part}” có chuỗi byte không hợp lệ theo bảng mã ${name}`, { cause: error });
    }
  }
}
