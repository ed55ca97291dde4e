/**
 * A new workbook made only of SheetModels (the evaluator's summary), charts included, written by dvht's
 * package writer on an empty package rather than by ExcelJS: the same sheet XML, styles and marker as the
 * Phụ lục it adds to a unit's file, without loading ExcelJS (a third of a second) or building its model.
 */
import { emptyWorkbookPackage } from "../package/empty-package";
import { readPackage } from "../package/read-package";
import type { SheetModel } from "../workbook/sheet-model";
import { appendToPackageBytes } from "./append-bytes";
import { addCharts } from "./charts";
import type { DeflateRaw } from "../package/zip-writer";

export function newWorkbookBytes(
  models: SheetModel[],
  /** `label` names the new file in errors; `deflateRaw` compresses its parts (fflate by default; the CLI passes zlib). */
  options: { label: string; deflateRaw?: DeflateRaw },
): { bytes: Uint8Array; written: string[] } {
  const empty = emptyWorkbookPackage();
  const { bytes, written } = appendToPackageBytes(empty, models, readPackage(empty), options.label, options.deflateRaw);
  return { bytes: addCharts(bytes, models, written, options.deflateRaw), written };
}
