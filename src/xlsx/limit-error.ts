/**
 * A workbook refused because it passes one of the package reader's limits (src/package/limits.ts). It is a
 * WorkbookReadError with code "tooLarge", so the CLI prints it and exits 2 and `summary` records it on the
 * file's row; `limit` says which limit.
 */
import type { PackageLimitError, PackageLimitName } from "../package/errors";
import { readError, WorkbookReadError } from "./errors";

export class WorkbookLimitError extends WorkbookReadError {
  constructor(
    file: string,
    readonly limit: PackageLimitName,
    cause: PackageLimitError,
  ) {
    // The limit's own text (cause.message) is Vietnamese: it names the limit, its value and where.
    super("tooLarge", file, readError("tooLarge", file, cause).message, cause);
  }
}
