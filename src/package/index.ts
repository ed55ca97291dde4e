/** The .xlsx package read and written directly (fflate or zlib, and dvht's own XML tokenizer), without a workbook model. */
export { readPackage, type PackageContents, type ReadPackageOptions, type PackageSheet, type PackageTable, type SheetState } from "./read-package";
export { PackageDamagedError, PackageLimitError, type PackageLimitName } from "./errors";
export type { InflateRaw, ZipReadOptions } from "./zip";
export { DEFAULT_LIMITS, limitsWith, type PackageLimits } from "./limits";
export type { RangeRef } from "./cell-ref";
export { addSheetsToPackage, type AddSheetsOptions, type AddSheetsResult, type MarkedSheet, type MarkerSpec } from "./add-sheets";
export { changedMarkedSheets } from "./marker-sheet";
export type { DeflateRaw } from "./zip-writer";
