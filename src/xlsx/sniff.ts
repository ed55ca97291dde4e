/**
 * What a file is, from its bytes, before ExcelJS sees it: an .xlsx is a zip holding xl/workbook.xml; an
 * encrypted .xlsx and an old .xls are OLE compound files (D0 CF 11 E0 A1 B1 1A E1).
 */

export type FileKind = "empty" | "xlsx" | "otherZip" | "encrypted" | "ole" | "other";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Entry names sit uncompressed in a zip's headers and central directory. */
const WORKBOOK_ENTRY = Buffer.from("xl/workbook.xml", "latin1");
/**
 * Any part under xl/ marks a spreadsheet too: ExcelJS writes xl/workbook.xml last, so a truncated copy of
 * its output (a download cut short) has xl/ parts but no workbook entry, and is a damaged .xlsx.
 */
const SPREADSHEET_PART = Buffer.from("xl/", "latin1");
/** Agile/standard encryption stores the workbook in an OLE stream with this name (UTF-16LE). */
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

export function sniffWorkbook(bytes: Buffer): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return bytes.includes(WORKBOOK_ENTRY) || bytes.includes(SPREADSHEET_PART) ? "xlsx" : "otherZip";
  // A 4-byte prefix is enough to call it OLE: a truncated header is still not an .xlsx.
  if (startsWith(bytes, OLE_MAGIC.subarray(0, 4))) return bytes.includes(ENCRYPTED_STREAM) ? "encrypted" : "ole";
  return "other";
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
