/**
 * Certificate kinds (`Chứng chỉ`, column `Loại`) as clerks write them: often the certificate itself
 * (“Tiếng Anh B1”, “TOEIC 550”, “bậc 2/6”, “Tiếng Mông”) rather than the kind. 2.4 counts “chứng nhận hoặc
 * chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số” (TT24/2023 Điều 6 khoản 2 điểm d). Phrases match as
 * whole words without diacritics; kinds are tried in order (tiếng dân tộc thiểu số before ngoại ngữ).
 */
import { rememberedPerText } from "./remember";
import { hasPhrase, looseWords } from "./normalise";

export interface CertificateKind {
  /** The canonical value of the `Loại` column (src/workbook/schema.ts choices). */
  value: string;
  phrases: string[];
}

export const CERTIFICATE_KINDS: CertificateKind[] = [
  {
    value: "Tiếng dân tộc thiểu số",
    phrases: [
      "tiếng dân tộc thiểu số", "tiếng dân tộc", "dân tộc thiểu số", "DTTS", "tiếng Mông", "tiếng H'Mông", "tiếng Hmông", "tiếng Thái",
      "tiếng Khmer", "tiếng Khơ me", "tiếng Ê Đê", "tiếng Êđê", "tiếng Jrai", "tiếng Gia rai", "tiếng Ba Na", "tiếng Bahnar", "tiếng Tày",
      "tiếng Nùng", "tiếng Dao", "tiếng Chăm", "tiếng Cơ Ho", "tiếng Xơ Đăng", "tiếng M'Nông", "tiếng Mường",
    ],
  },
  {
    value: "Ngoại ngữ",
    phrases: [
      "ngoại ngữ", "NN", "tiếng Anh", "Anh văn", "Anh ngữ", "English", "tiếng Pháp", "tiếng Trung", "tiếng Hoa", "tiếng Nhật", "tiếng Hàn",
      "tiếng Nga", "tiếng Đức", "tiếng Lào", "tiếng Khmer Campuchia", "TOEIC", "IELTS", "TOEFL", "VSTEP", "Cambridge", "HSK", "JLPT", "TOPIK",
      "A1", "A2", "B1", "B2", "C1", "C2", "bậc 1", "bậc 2", "bậc 3", "bậc 4", "bậc 5", "bậc 6",
    ],
  },
  {
    value: "Tin học",
    phrases: ["tin học", "CNTT", "công nghệ thông tin", "ứng dụng CNTT", "IC3", "MOS", "ICDL", "tin học văn phòng"],
  },
  { value: "Khác", phrases: ["khác"] },
];

const COMPILED = CERTIFICATE_KINDS.map((k) => ({ value: k.value, phrases: k.phrases.map(looseWords) }));

/** The kind a `Loại` (or `Tên chứng chỉ`) cell names, or undefined. */
export const readCertificateKind = rememberedPerText((text: string): string | undefined => {
  const words = looseWords(text);
  if (words === "") return undefined;
  return COMPILED.find((k) => k.phrases.some((p) => hasPhrase(words, p)))?.value;
});
