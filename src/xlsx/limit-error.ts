/**
 * A workbook refused because it passes one of the package reader's limits (src/package/limits.ts). It is a
 * WorkbookReadError, so the CLI prints it and exits 2 and `summary` records it on the file's row; its code
 * is "damaged" until errors.ts gets a code of its own for it (errors.ts belongs to another area).
 */
import type { PackageLimitError, PackageLimitName } from "../package/errors";
import { quoteFile, WorkbookReadError } from "./errors";

export class WorkbookLimitError extends WorkbookReadError {
  constructor(
    file: string,
    readonly limit: PackageLimitName,
    cause: PackageLimitError,
  ) {
    super(
      "damaged",
      file,
      `dvht từ chối đọc tệp ${quoteFile(file)} vì tệp ${cause.message}. ` +
        `Hãy xoá các dòng, cột, vùng gộp ô hoặc công thức thừa (ví dụ công thức kéo xuống tận dòng cuối của trang), ` +
        `hoặc tách tệp, lưu lại rồi thử lại.`,
      cause,
    );
  }
}
