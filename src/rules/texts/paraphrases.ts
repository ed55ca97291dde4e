/**
 * Wordings that deliberately are not the regulation's own words, each with its reason. The wording check
 * (check-wording.ts) exempts exactly these from its verbatim finding — their numbers are still checked —
 * and test/rules/law-wording.test.ts fails when an entry no longer names a wording that departs from the
 * text (so the list cannot outlive its reason).
 */
export interface Paraphrase {
  /** Rule set id. */
  ruleSet: string;
  /** The place as the check names it: "thẩm quyền", "chỉ tiêu 2.5, mức độ 1". */
  where: string;
  reason: string;
}

export const PARAPHRASES: readonly Paraphrase[] = [
  {
    ruleSet: "tt24-2023/xa",
    where: "thẩm quyền",
    reason:
      "TT24 Điều 5 khoản 1 names Chủ tịch UBND cấp huyện; from 01/7/2025 the commune decides instead " +
      "(NĐ 142/2025/NĐ-CP, TT 11/2025/TT-BGDĐT, whose text is not in src/rules/texts): dvht states the " +
      "amended reading, as the assumption communeInheritsDistrict says.",
  },
];
