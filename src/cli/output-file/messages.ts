/** What the clerk reads when dvht will not, or cannot, write an output file. */
import type { OutputKind } from "./signature";

const q = (file: string) => `“${file}”`;

const KIND_WORDS: Record<OutputKind, string> = {
  xlsx: "tệp Excel",
  docx: "tệp Word",
  pdf: "tệp PDF",
};

/** A short Vietnamese reason for a Node file-system error code; the code itself is kept for support. */
export function fsReason(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const reasons: Record<string, string> = {
    EACCES: "không có quyền ghi vào thư mục hoặc tệp này",
    EPERM: "hệ điều hành không cho phép thao tác này",
    EROFS: "ổ đĩa chỉ cho phép đọc",
    ENOSPC: "ổ đĩa đã đầy",
    EDQUOT: "đã hết dung lượng được cấp",
    EBUSY: "tệp đang được chương trình khác sử dụng (có thể đang mở trong Excel)",
    ENOENT: "thư mục không còn tồn tại",
    ENOTDIR: "một phần của đường dẫn không phải là thư mục",
    EISDIR: "đường dẫn là một thư mục",
    EMFILE: "mở quá nhiều tệp cùng lúc",
    EIO: "lỗi đọc/ghi của ổ đĩa",
  };
  if (typeof code === "string") return `${reasons[code] ?? "lỗi hệ thống tệp"} (${code})`;
  return "lỗi không xác định khi ghi tệp";
}

export const outputMessages = {
  missingFolder: (file: string, dir: string) =>
    `Không ghi được ${q(file)}: thư mục ${q(dir)} không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi ghi khác.`,
  isFolder: (file: string) =>
    `${q(file)} là một thư mục. Hãy ghi rõ tên tệp kết quả, ví dụ ${q(file.replace(/[\\/]+$/, "") + "/ket-qua")} kèm phần mở rộng.`,
  notRegular: (file: string) =>
    `${q(file)} không phải tệp thông thường (có thể là thiết bị hoặc đường ống FIFO); dvht không ghi vào đó. Hãy chọn tên tệp khác.`,
  danglingLink: (file: string) =>
    `${q(file)} là một liên kết (symlink) trỏ tới tệp không tồn tại; dvht không ghi qua liên kết đó. Hãy chọn tên tệp khác.`,
  cannotInspect: (file: string, error: unknown) => `Không kiểm tra được nơi ghi ${q(file)}: ${fsReason(error)}.`,
  isInput: (file: string, input: string) =>
    `Tệp kết quả ${q(file)} chính là tệp đầu vào ${q(input)} (cùng tệp, có thể qua liên kết); dvht không ghi đè tệp đầu vào. ` +
    `Hãy chọn tên tệp kết quả khác.`,
  readOnly: (file: string) =>
    `Tệp ${q(file)} chỉ được phép đọc; dvht không thay nó. Nếu thật sự muốn thay, hãy thêm --ghi-de (hoặc --force); quyền của tệp được giữ nguyên.`,
  notDvhts: (file: string, kind: OutputKind) =>
    `Tệp ${q(file)} đã có và không phải ${KIND_WORDS[kind]} do dvht tạo ra (hoặc đã được sửa sau khi dvht tạo); dvht không ghi đè. ` +
    `Hãy chọn tên tệp khác (-o), hoặc thêm --ghi-de (hoặc --force) nếu chắc chắn muốn thay tệp này.`,
  exists: (file: string) =>
    `Tệp ${q(file)} đã có; dvht không ghi đè (tệp có thể đã được điền dữ liệu). Hãy chọn tên tệp khác (-o), hoặc thêm --ghi-de (hoặc --force) nếu chắc chắn muốn thay.`,
  changedMeanwhile: (file: string, keptAs: string) =>
    `Tệp ${q(file)} đã bị thay đổi (có người hoặc chương trình khác lưu tệp) trong lúc dvht làm việc. ` +
    `dvht không ghi đè để giữ thay đổi đó; kết quả của dvht được lưu riêng vào ${q(keptAs)}. Hãy kiểm tra rồi chạy lại lệnh.`,
  cannotWrite: (file: string, error: unknown) =>
    `Không ghi được tệp ${q(file)}: ${fsReason(error)}. Tệp cũ (nếu có) vẫn còn nguyên.`,
};
