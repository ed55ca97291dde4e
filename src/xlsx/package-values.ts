/**
 * The package reader's contents as the core's WorkbookData, with its errors turned into the xlsx adapter's
 * WorkbookReadErrors. No Node API: the task pane can use it on an uploaded file's bytes.
 */
// From the reader's own modules, not the package barrel: reading a file does not load the writer.
import { PackageDamagedError, PackageLimitError } from "../package/errors";
import type { PackageLimits } from "../package/limits";
import { readPackage, type PackageContents } from "../package/read-package";
import type { ZipReadOptions } from "../package/zip";
import type { TableData } from "../workbook/tables";
import type { WorkbookData } from "../workbook/workbook-data";
import { readError } from "./errors";
import { WorkbookLimitError } from "./limit-error";
import { MARKER_HEADER, TEMPLATE_LIST_SHEET } from "./marker-names";
import { sniffWorkbook } from "./sniff";

/** Every worksheet in tab order, hidden ones included, except dvht's own bookkeeping sheets. */
export function packageWorkbookData(contents: PackageContents): WorkbookData {
  return {
    sheets: contents.sheets
      .filter((s) => s.rows[0]?.[0] !== MARKER_HEADER && !(s.name === TEMPLATE_LIST_SHEET && s.state !== "visible"))
      .map((s) => {
        const tableTotals = contents.tables
          .filter((t) => t.sheet === s.name && t.totalsRowCount > 0)
          .flatMap((t) => Array.from({ length: t.totalsRowCount }, (_, i) => ({ row: t.ref.bottom - i, table: t.name })));
        return tableTotals.length > 0 ? { name: s.name, rows: s.rows, tableTotals } : { name: s.name, rows: s.rows };
      }),
  };
}

/** The Excel tables' values (header row first, totals rows left out), for withTables. */
export function packageTableData(contents: PackageContents): TableData[] {
  return contents.tables.flatMap((t) => {
    const sheet = contents.sheets.find((s) => s.name === t.sheet);
    if (!sheet) return [];
    const rows = [];
    for (let r = t.ref.top; r <= t.ref.bottom - t.totalsRowCount; r++) {
      const row = sheet.rows[r] ?? [];
      const values = [];
      for (let c = t.ref.left; c <= t.ref.right; c++) values.push(row[c] ?? null);
      rows.push(values);
    }
    return [{ name: t.name, rows }];
  });
}

/** Refuses, naming `file`, bytes that are not an .xlsx package (empty, encrypted, old .xls, another zip…). */
export function refuseUnlessXlsx(bytes: Uint8Array, file: string): void {
  switch (sniffWorkbook(bytes)) {
    case "empty":
      throw readError("empty", file);
    case "encrypted":
      throw readError("encrypted", file);
    case "ole":
      throw readError("legacyOrEncrypted", file);
    case "otherZip":
    case "other":
      throw readError("notXlsx", file);
    case "xlsx":
      return;
  }
}

/** Sniff, then read; `file` names the workbook in every error. `options`: see readPackage (Node passes zlib). */
export function readPackageChecked(bytes: Uint8Array, file: string, limits: Partial<PackageLimits> = {}, options: ZipReadOptions = {}): PackageContents {
  refuseUnlessXlsx(bytes, file);
  try {
    return readPackage(bytes, limits, options);
  } catch (error) {
    if (error instanceof PackageLimitError) throw new WorkbookLimitError(file, error.limit, error);
    if (error instanceof PackageDamagedError) throw readError("damaged", file, error);
    throw error;
  }
}
