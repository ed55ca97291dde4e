/**
 * For an existing .xlsx output: do the sheets dvht wrote there still hold what it wrote? A Phụ lục copy
 * whose “Kết luận chung” now carries the committee's signature is no longer dvht's to replace.
 * Read with the package reader (no ExcelJS), loaded only when such a file exists.
 */
export async function dvhtSheetsUnchanged(bytes: Buffer): Promise<boolean> {
  const { changedMarkedSheets, readPackage } = await import("../../package");
  const { DVHT_MARKER } = await import("../../xlsx/package-marker");
  const { nodeInflateRaw } = await import("../../xlsx/node-inflate");
  return changedMarkedSheets(readPackage(bytes, {}, { inflateRaw: nodeInflateRaw }), DVHT_MARKER).length === 0;
}
