/**
 * Chức vụ that may not make someone a Thành viên. TT24/2023 Điều 2 khoản 5–7: Thành viên are cán bộ,
 * công chức, viên chức (…) and người lao động “có trình độ chuyên môn kỹ thuật”. Whether a bảo vệ or a
 * cấp dưỡng has it is the unit's call, not dvht's: the reader points at the row and asks (seed 003
 * excluded six such people).
 */
import { rememberedPerText } from "./remember";
import { hasPhrase, looseWords } from "./normalise";

export const SUPPORT_POSITIONS = [
  "bảo vệ", "phục vụ", "lao công", "tạp vụ", "cấp dưỡng", "nấu ăn", "nhân viên nấu ăn", "cô nuôi", "lái xe", "tài xế", "vệ sinh",
  "quét dọn", "trông xe", "giữ xe", "hợp đồng 68", "HĐ 68", "hợp đồng 111", "NĐ 111", "thời vụ", "khoán việc",
];

const COMPILED = SUPPORT_POSITIONS.map(looseWords);

/** The support position the text names, as listed, or undefined. */
export const supportPosition = rememberedPerText((text: string): string | undefined => {
  const words = looseWords(text);
  const i = COMPILED.findIndex((p) => hasPhrase(words, p));
  return i < 0 ? undefined : SUPPORT_POSITIONS[i];
});

export const MEMBER_DEFINITION_CITE = "TT24/2023 Điều 2 khoản 5, 6, 7";
