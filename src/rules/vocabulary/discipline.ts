/**
 * The `Kỷ luật` column (2.1: Thành viên “tuân thủ kỷ luật lao động”, TT24/2023 Điều 6 khoản 2 điểm a).
 * A cell means “not disciplined” (blank, “Không”, “Không bị”, “N/A”, “-”), a form of discipline
 * (Luật Cán bộ, công chức; Luật Viên chức; Bộ luật Lao động: khiển trách, cảnh cáo, …), or something
 * else. Decision for “x” and “Có”: a mark in a column named “Kỷ luật” says the member was disciplined;
 * dvht counts them as disciplined (never a better ratio than the file supports) and asks for the form.
 * Any other text is counted as disciplined, with a warning.
 */
import { looseWords } from "./normalise";

const NONE = [
  "không", "không có", "không bị", "không bị kỷ luật", "không kỷ luật", "không có kỷ luật", "không vi phạm", "chưa", "chưa bị kỷ luật",
  "không có hình thức kỷ luật", "ko", "k", "0", "no", "false", "n/a", "na", "không áp dụng", "-", "–", "—", "không bị kl", "ko bị", "kbkl",
  "chưa có", "không có vi phạm",
].map(looseWords);

const FORMS = [
  "khiển trách", "cảnh cáo", "hạ bậc lương", "hạ ngạch", "giáng chức", "cách chức", "buộc thôi việc", "bãi nhiệm",
  "kéo dài thời hạn nâng lương", "sa thải", "cách chức vụ",
].map(looseWords);

/** Marks that say “yes” without saying which form. */
const MARKS = ["x", "có", "có kỷ luật", "bị kỷ luật", "1", "true", "yes"].map(looseWords);

export type DisciplineReading = "none" | "form" | "mark" | "unknown";

export function readDiscipline(text: string): DisciplineReading {
  const words = looseWords(text);
  // “-”, “—” are punctuation only: nothing left once loosened.
  if (words === "" || NONE.includes(words)) return "none";
  if (FORMS.some((f) => words === f || words.startsWith(f + " ") || words.includes(" " + f))) return "form";
  if (MARKS.includes(words)) return "mark";
  return "unknown";
}

export const DISCIPLINE_FORMS = ["Khiển trách", "Cảnh cáo", "Hạ bậc lương", "Giáng chức", "Cách chức", "Buộc thôi việc"];
