/**
 * Errors a user can cause when dvht reads or writes an .xlsx file, each with a Vietnamese message that
 * names the file and says what to do. Anything else (a bug, a full disk) is left as the original error.
 */

export type WorkbookReadErrorCode =
  /** No such file. */
  | "notFound"
  /** The path is a folder. */
  | "notAFile"
  /** A pipe (FIFO), a device or a socket: reading it could block forever or never end. */
  | "notRegular"
  /** The file exists but cannot be opened (permissions). */
  | "noAccess"
  /** 0 bytes. */
  | "empty"
  /** An OLE compound file holding an encrypted (password-protected) workbook. */
  | "encrypted"
  /** An OLE compound file that is not a known encrypted workbook: an old .xls (or another Office 97 file). */
  | "legacyOrEncrypted"
  /** Not a zip, or a zip without an Excel workbook in it (.docx, .ods, .xlsb, a text or HTML file). */
  | "notXlsx"
  /** Looks like .xlsx but ExcelJS could not parse it (damaged file, or parts ExcelJS does not understand). */
  | "damaged"
  /** Past one of the package reader's limits (src/package/limits.ts): refused before the memory is spent. */
  | "tooLarge";

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  constructor(
    readonly code: WorkbookReadErrorCode,
    /** The file as the user named it (or a label for a buffer). */
    readonly file: string,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

export type WorkbookWriteErrorCode =
  /** The output already exists and the caller did not allow overwriting it. */
  | "exists"
  /** Output and input are the same file and the caller did not say that is intended. */
  | "sameFile"
  /** The output cannot be written (open in Excel, read-only, missing folder, no permission). */
  | "cannotWrite";

export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";
  constructor(
    readonly code: WorkbookWriteErrorCode,
    readonly file: string,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

const SAVE_AS_XLSX = "hãy mở bằng Excel và lưu dưới dạng .xlsx (Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx))";

/** The file's name as shown in messages. */
export function quoteFile(file: string): string {
  return `“${file}”`;
}

export function readError(code: WorkbookReadErrorCode, file: string, cause?: unknown): WorkbookReadError {
  const f = quoteFile(file);
  const messages: Record<WorkbookReadErrorCode, string> = {
    notFound: `Không tìm thấy tệp ${f}. Hãy kiểm tra lại tên và thư mục của tệp.`,
    notAFile: `${f} là một thư mục, không phải tệp Excel. Hãy chỉ ra tệp .xlsx trong thư mục đó.`,
    noAccess: `Không mở được tệp ${f}: không có quyền đọc tệp này.`,
    notRegular: `${f} không phải tệp thông thường (có thể là đường ống FIFO, thiết bị hoặc liên kết tới chúng); dvht không đọc. Hãy chỉ ra tệp .xlsx của đơn vị.`,
    empty: `Tệp ${f} rỗng (0 byte). Hãy chọn đúng tệp Excel đã nhập dữ liệu.`,
    encrypted:
      `Tệp ${f} được đặt mật khẩu (mã hoá) nên dvht không đọc được. ` +
      `Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu) rồi lưu dưới dạng .xlsx.`,
    legacyOrEncrypted:
      `Tệp ${f} là tệp Excel cũ .xls (Excel 97–2003) hoặc được đặt mật khẩu (mã hoá), dvht không đọc được. ` +
      `Hãy mở bằng Excel, gỡ mật khẩu nếu có, rồi lưu dưới dạng .xlsx.`,
    notXlsx:
      `Tệp ${f} không phải tệp Excel .xlsx (có thể là tệp văn bản, CSV, HTML, .xls cũ hoặc tệp của phần mềm khác); ` +
      `${SAVE_AS_XLSX}.`,
    damaged:
      `Tệp ${f} có vẻ là tệp .xlsx nhưng bị hỏng hoặc có phần dvht không đọc được` +
      (damageDetail(cause) ? ` (${damageDetail(cause)})` : "") +
      `; ${SAVE_AS_XLSX} rồi thử lại.`,
    tooLarge:
      `dvht từ chối đọc tệp ${f} vì tệp ${detail(cause) ?? "vượt một giới hạn về dung lượng hoặc số ô"}. ` +
      `Hãy xoá các dòng, cột, vùng gộp ô hoặc công thức thừa (ví dụ công thức kéo xuống tận dòng cuối của trang), ` +
      `hoặc tách tệp, lưu lại rồi thử lại.`,
  };
  return new WorkbookReadError(code, file, messages[code], cause);
}

export function writeError(code: WorkbookWriteErrorCode, file: string, cause?: unknown): WorkbookWriteError {
  const f = quoteFile(file);
  const messages: Record<WorkbookWriteErrorCode, string> = {
    exists: `Tệp ${f} đã có; dvht không ghi đè. Hãy chọn tên tệp khác hoặc xoá tệp cũ.`,
    sameFile:
      `Tệp kết quả ${f} trùng với tệp đầu vào; dvht chỉ ghi vào chính tệp đầu vào khi được yêu cầu rõ. ` +
      `Hãy chọn tên tệp kết quả khác.`,
    cannotWrite:
      `Không ghi được tệp ${f}` +
      (isErrno(cause) ? ` (${cause.code})` : "") +
      `. Có thể tệp đang mở trong Excel, chỉ được đọc, hoặc thư mục không tồn tại; hãy đóng tệp rồi thử lại.`,
  };
  return new WorkbookWriteError(code, file, messages[code], cause);
}

/** A Node system error (duck-typed: under jest, fs errors come from another realm's Error). */
export function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return (
    typeof error === "object" &&
    error !== null &&
    !(error instanceof WorkbookReadError) &&
    !(error instanceof WorkbookWriteError) &&
    typeof (error as NodeJS.ErrnoException).code === "string"
  );
}

/**
 * What is shown of the cause: dvht's own Vietnamese description of a damage; a library's (English) text
 * only with DVHT_DEBUG=1.
 */
function damageDetail(error: unknown): string | undefined {
  // The ExcelJS path's package check and the package reader both describe the damage in Vietnamese.
  if (error instanceof Error && (error.name === "PackageDamage" || error.name === "PackageDamagedError")) return error.message;
  // `process` is absent in the task pane's browser bundle.
  return typeof process !== "undefined" && process.env?.DVHT_DEBUG === "1" ? detail(error) : undefined;
}

function detail(error: unknown): string | undefined {
  const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === "string" && message !== "" ? message : undefined;
}
