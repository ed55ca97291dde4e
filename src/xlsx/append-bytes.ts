/**
 * dvht's sheets added to a workbook's bytes through the package writer (src/package/add-sheets.ts), with
 * the marker's fingerprints (package-marker.ts) and the writer's refusals as WorkbookReadErrors. No Node
 * API: the CLI's append.ts and the task pane's “Tải Phụ lục” both produce their bytes here.
 */
import { addSheetsToPackage, PackageDamagedError, PackageLimitError, type DeflateRaw, type PackageContents } from "../package";
import type { SheetModel } from "../workbook/sheet-model";
import type { ApplyResult } from "./apply-models";
import { readError } from "./errors";
import { WorkbookLimitError } from "./limit-error";
import { DVHT_MARKER } from "./package-marker";
import { sanitizeSheetName, sheetNameKey } from "./sheet-names";

/**
 * `contents` is `bytes` as readPackageChecked read them; `label` names the workbook in errors; `deflateRaw`
 * compresses the new parts (fflate by default, for the task pane; the CLI passes Node's zlib).
 */
export function appendToPackageBytes(
  bytes: Uint8Array,
  models: SheetModel[],
  contents: PackageContents,
  label: string,
  deflateRaw?: DeflateRaw,
): ApplyResult & { bytes: Uint8Array } {
  try {
    const { bytes: out, written, changed } = addSheetsToPackage(bytes, models, { contents, marker: DVHT_MARKER, deflateRaw });
    // A changed sheet is kept; the model that wanted its name went beside it (apply-models.ts's `kept`).
    const kept = changed.map((sheet) => {
      const i = models.findIndex((m) => sheetNameKey(sanitizeSheetName(m.name)) === sheetNameKey(sheet));
      return { sheet, writtenAs: i >= 0 ? written[i] : undefined };
    });
    return { written, kept, bytes: out };
  } catch (error) {
    if (error instanceof PackageLimitError) throw new WorkbookLimitError(label, error.limit, error);
    if (error instanceof PackageDamagedError) throw readError("damaged", label, error);
    throw error;
  }
}
