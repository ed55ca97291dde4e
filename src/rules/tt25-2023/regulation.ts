/** Thông tư 25/2023/TT-BGDĐT — “Cộng đồng học tập” cấp xã, huyện, tỉnh: the regulation itself. */
import type { LevelDefinition, Procedure, Regulation } from "../types";

export const TT25: Regulation = {
  name: "Thông tư 25/2023/TT-BGDĐT",
  short: "TT25/2023",
  signed: "2023-12-27",
  effective: "2024-02-12",
};

/**
 * The available text of TT25 keeps no article on minh chứng (Điều 8 khoản 2, Điều 10, 15 and 20 say
 * nothing of it): a rating without minh chứng is warned about, never lowered (assumption
 * evidenceRequiredCommunity). TT24's Điều 9 khoản 3 is cited as the practice the warning follows.
 */
export const TT25_EVIDENCE = {
  cite: "Điều 9 khoản 3 Thông tư 24/2023/TT-BGDĐT (tham khảo)",
  basis: "assumption" as const,
  assumptions: ["evidenceRequiredCommunity"],
  effect: "warning" as const,
};

/** “Kết quả công nhận được bảo lưu trong thời hạn 3 năm (36 tháng) tiếp theo năm được công nhận” (Điều 5, 10, 15 khoản 4). */
export function validity(article: number): Procedure {
  return {
    validity: {
      months: 36,
      cite: `Điều ${article} khoản 4`,
      basis: "assumption",
      assumptions: ["recognitionYearOfDecision"],
      text: "Kết quả công nhận được bảo lưu trong thời hạn 3 năm (36 tháng) tiếp theo năm được công nhận.",
    },
  };
}

/** Levels of recognition, with the article that sets each condition (Điều 8, 13, 18 khoản 1). */
export function levels(article: number): LevelDefinition[] {
  return [
    { level: 1, label: "Đạt mức độ 1", name: "mức độ 1", cite: `Điều ${article} khoản 1 điểm a` },
    { level: 2, label: "Đạt mức độ 2", name: "mức độ 2", cite: `Điều ${article} khoản 1 điểm b` },
  ];
}
