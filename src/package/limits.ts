/**
 * How much of a package dvht agrees to read. A file past one of these is refused before the memory is
 * spent, with a message that names the limit (see errors.ts). The defaults hold a province's largest
 * unit many times over; they exist to stop zip bombs and absurd ranges, not real workbooks.
 */
export interface PackageLimits {
  /** Inflated bytes of all the parts read, together. */
  totalInflatedBytes: number;
  /** Inflated bytes of one part. */
  partInflatedBytes: number;
  /** Inflated ÷ compressed bytes of one part, checked once it has inflated `ratioFloorBytes`. */
  inflationRatio: number;
  /** Below this many inflated bytes a part's ratio is not checked (small XML compresses very well). */
  ratioFloorBytes: number;
  /** Cells holding a value in one sheet. */
  cellsPerSheet: number;
  /** Merged ranges in one sheet. */
  mergesPerSheet: number;
  /** Cells of merged ranges that fall inside the sheet's used range, summed over its merges. */
  mergedCellsPerSheet: number;
  /** Characters of one string (Excel's own limit is 32,767 per cell). */
  stringLength: number;
  /** Shared strings in the workbook. */
  sharedStrings: number;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export const DEFAULT_LIMITS: Readonly<PackageLimits> = {
  totalInflatedBytes: 2 * 1024 ** 3,
  partInflatedBytes: 1024 ** 3,
  inflationRatio: 200,
  ratioFloorBytes: 16 * 1024 ** 2,
  cellsPerSheet: 20_000_000,
  mergesPerSheet: 200_000,
  mergedCellsPerSheet: 20_000_000,
  stringLength: 32_767,
  sharedStrings: 5_000_000,
};

export function limitsWith(overrides: Partial<PackageLimits> = {}): PackageLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
