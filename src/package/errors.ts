/**
 * Why a package cannot be read, without any Node or ExcelJS type, so that the browser can use it too.
 * The xlsx adapter turns these into its WorkbookReadError (which the CLI maps to exit 2).
 */
import { formatInteger } from "../engine/format";
import type { PackageLimits } from "./limits";

/** The bytes are not a readable .xlsx package (bad zip, missing part, malformed XML). */
export class PackageDamagedError extends Error {
  override readonly name = "PackageDamagedError";
}

export type PackageLimitName = keyof PackageLimits | "gridRows" | "gridColumns" | "zipEntries" | "zipBytes";

/** Vietnamese names of the limits, as they appear in the refusal. */
const LIMIT_LABELS: Record<PackageLimitName, string> = {
  totalInflatedBytes: "tổng dung lượng các phần sau khi giải nén",
  partInflatedBytes: "dung lượng một phần sau khi giải nén",
  inflationRatio: "tỉ lệ giải nén",
  ratioFloorBytes: "ngưỡng kiểm tra tỉ lệ giải nén",
  cellsPerSheet: "số ô có dữ liệu trong một trang tính",
  mergesPerSheet: "số vùng gộp ô trong một trang tính",
  mergedCellsPerSheet: "số ô thuộc vùng gộp trong phạm vi dữ liệu của một trang tính",
  stringLength: "độ dài một chuỗi ký tự",
  sharedStrings: "số chuỗi dùng chung",
  gridRows: "số dòng của Excel",
  gridColumns: "số cột của Excel",
  zipEntries: "số phần trong tệp nén mà dvht ghi được (không dùng ZIP64)",
  zipBytes: "dung lượng tệp nén mà dvht ghi được (không dùng ZIP64)",
};

const BYTE_LIMITS = new Set<PackageLimitName>(["totalInflatedBytes", "partInflatedBytes", "ratioFloorBytes", "zipBytes"]);

/** A package past one of dvht's limits: refused before the memory is spent. */
export class PackageLimitError extends Error {
  override readonly name = "PackageLimitError";
  constructor(
    readonly limit: PackageLimitName,
    readonly allowed: number,
    /** Where: the part or sheet. */
    readonly where: string,
  ) {
    super(`vượt giới hạn ${LIMIT_LABELS[limit]} (tối đa ${formatLimit(limit, allowed)}) ở ${where}`);
  }
}

/** 1234567 → "1.234.567"; bytes in MiB/GiB. Vietnamese grouping, as everywhere in dvht. */
function formatLimit(limit: PackageLimitName, value: number): string {
  if (BYTE_LIMITS.has(limit)) {
    if (value >= 1024 ** 3 && value % 1024 ** 3 === 0) return `${formatInteger(value / 1024 ** 3)} GiB`;
    if (value >= 1024 ** 2) return `${formatInteger(Math.round(value / 1024 ** 2))} MiB`;
    return `${formatInteger(value)} byte`;
  }
  if (limit === "inflationRatio") return `${formatInteger(value)} lần`;
  return formatInteger(value);
}
