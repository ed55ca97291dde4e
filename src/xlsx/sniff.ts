/**
 * What a file is, from its bytes, before any parser sees it: an .xlsx is a zip holding xl/workbook.xml; an
 * encrypted .xlsx and an old .xls are OLE compound files (D0 CF 11 E0 A1 B1 1A E1). No Node API (the
 * browser sniffs uploads too).
 */

export type FileKind = "empty" | "xlsx" | "otherZip" | "encrypted" | "ole" | "other";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Entry names sit uncompressed in a zip's headers and central directory. */
const WORKBOOK_ENTRY = latin1("xl/workbook.xml");
/**
 * Any part under xl/ marks a spreadsheet too: ExcelJS writes xl/workbook.xml last, so a truncated copy of
 * its output (a download cut short) has xl/ parts but no workbook entry, and is a damaged .xlsx.
 */
const SPREADSHEET_PART = latin1("xl/");
/** Agile/standard encryption stores the workbook in an OLE stream with this name (UTF-16LE). */
const ENCRYPTED_STREAM = new Uint8Array([..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]));

export function sniffWorkbook(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return includes(bytes, WORKBOOK_ENTRY) || includes(bytes, SPREADSHEET_PART) ? "xlsx" : "otherZip";
  // A 4-byte prefix is enough to call it OLE: a truncated header is still not an .xlsx.
  if (startsWith(bytes, OLE_MAGIC)) return includes(bytes, ENCRYPTED_STREAM) ? "encrypted" : "ole";
  return "other";
}

function latin1(text: string): Uint8Array {
  return new Uint8Array([...text].map((ch) => ch.charCodeAt(0)));
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Naive search: the needles are short and the first hit is usually near the start. */
function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first!); i >= 0 && i <= last; i = bytes.indexOf(first!, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
