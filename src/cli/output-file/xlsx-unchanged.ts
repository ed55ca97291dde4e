/**
 * For an existing .xlsx output: do the sheets dvht wrote there still hold what it wrote? A Phụ lục copy
 * whose “Kết luận chung” now carries the committee's signature is no longer dvht's to replace.
 * Read with the package reader (no ExcelJS), loaded only when such a file exists, and only the sheets that
 * matter: first the very hidden ones (dvht's marker is one), then the sheets the marker lists. A Phụ lục
 * copy of a large unit is mostly the unit's own sheets, which need not be read to decide this.
 */
export async function dvhtSheetsUnchanged(bytes: Buffer): Promise<boolean> {
  const { changedMarkedSheets, readPackage } = await import("../../package");
  const { DVHT_MARKER } = await import("../../xlsx/package-marker");
  const { NODE_ZIP_READ } = await import("../../xlsx/node-inflate");
  const { sheetNameKey } = await import("../../workbook/sheet-names");
  type Wanted = (sheet: { name: string; state: string }) => boolean;
  const read = (sheets: Wanted) => readPackage(bytes, {}, { ...NODE_ZIP_READ, sheets });
  const hidden = read((s) => s.state === "veryHidden");
  const marker = hidden.sheets.find((s) => s.rows[0]?.[0] === DVHT_MARKER.header);
  if (!marker) return changedMarkedSheets(hidden, DVHT_MARKER).length === 0;
  const listed = new Set(marker.rows.slice(1).flatMap((row) => (typeof row[0] === "string" ? [sheetNameKey(row[0])] : [])));
  const contents = read((s) => s.state === "veryHidden" || listed.has(sheetNameKey(s.name)));
  return changedMarkedSheets(contents, DVHT_MARKER).length === 0;
}
