/**
 * For an existing .xlsx output: do the sheets dvht wrote there still hold what it wrote? A Phụ lục copy
 * whose “Kết luận chung” now carries the committee's signature is no longer dvht's to replace.
 * ExcelJS is loaded only when such a file exists.
 */
export async function dvhtSheetsUnchanged(bytes: Buffer): Promise<boolean> {
  const { loadExcelWorkbook } = await import("../../xlsx/load");
  const { trustMarker } = await import("../../xlsx/marker");
  const workbook = await loadExcelWorkbook(bytes, "", { valuesOnly: true });
  return trustMarker(workbook).changed.length === 0;
}
