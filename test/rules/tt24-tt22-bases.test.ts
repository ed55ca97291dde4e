/**
 * The basis and citation of rules the text itself settles (issue 12 item 4): tiêu chí 1 at mức độ 2 is
 * “Nội dung tiêu chí theo quy định tại khoản 1 Điều 6” (TT24 Điều 7 khoản 1, Điều 13 khoản 1); TT22/2020
 * leaves partial points to the province (Điều 8 khoản 1 điểm b) and serves cấp huyện and cấp tỉnh
 * (Điều 7 khoản 2 “cùng cấp”).
 */
import { chooseRuleSet } from "../../src/engine/choose-rule-set";
import { evaluate } from "../../src/engine/evaluate";
import { coversTier, findRuleSet } from "../../src/rules";
import type { RecognitionTier } from "../../src/rules/types";
import { compliantInput, unitInfo } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;
const TINH = findRuleSet("tt24-2023/tinh")!;
const TT22 = findRuleSet("tt22-2020")!;

type CiteRow = [article: string, ruleSetId: string, indicator: string, level: 1 | 2, cite: string];
const TC1_CITES: CiteRow[] = [
  ["Điều 6 khoản 1 điểm a: 1.1 mức độ 1 (cấp huyện)", "tt24-2023/huyen", "1.1", 1, "Điều 6 khoản 1 điểm a"],
  ["Điều 7 khoản 1: 1.1 mức độ 2 theo khoản 1 Điều 6 (cấp huyện)", "tt24-2023/huyen", "1.1", 2, "Điều 6 khoản 1 điểm a (theo Điều 7 khoản 1)"],
  ["Điều 7 khoản 1: 1.3 mức độ 2 theo khoản 1 Điều 6 (cấp huyện)", "tt24-2023/huyen", "1.3", 2, "Điều 6 khoản 1 điểm c (theo Điều 7 khoản 1)"],
  ["Điều 7 khoản 1: 1.5 mức độ 2 theo khoản 1 Điều 6 (cấp xã)", "tt24-2023/xa", "1.5", 2, "Điều 6 khoản 1 điểm đ (theo Điều 7 khoản 1)"],
  ["Điều 12 khoản 1: 1.1 mức độ 1 theo khoản 1 Điều 6 (cấp tỉnh)", "tt24-2023/tinh", "1.1", 1, "Điều 6 khoản 1 điểm a (theo Điều 12 khoản 1)"],
  ["Điều 13 khoản 1: 1.1 mức độ 2 theo khoản 1 Điều 6, not Điều 7 (cấp tỉnh)", "tt24-2023/tinh", "1.1", 2, "Điều 6 khoản 1 điểm a (theo Điều 13 khoản 1)"],
  ["Điều 13 khoản 1: 1.4 mức độ 2 theo khoản 1 Điều 6 (cấp tỉnh)", "tt24-2023/tinh", "1.4", 2, "Điều 6 khoản 1 điểm d (theo Điều 13 khoản 1)"],
  ["Điều 13 khoản 2: 2.5 mức độ 2 theo khoản 2 Điều 7 (cấp tỉnh)", "tt24-2023/tinh", "2.5", 2, "Điều 7 khoản 2 điểm đ (theo Điều 13 khoản 2)"],
];

test.each(TC1_CITES)("%s", (_article, id, indicator, level, cite) => {
  const requirement = findRuleSet(id)!.indicators.find((i) => i.id === indicator)!.parts[0]!.levels[level]!;
  expect(requirement.cite).toBe(cite);
  expect(requirement.basis).toBe("text");
  expect(requirement.assumptions).toBeUndefined();
});

test("Điều 7 khoản 1: a tiêu chí 1 chỉ tiêu rated Đạt is mức độ 2 on the text, cited through Điều 7", () => {
  const result = evaluate(compliantInput(10), HUYEN).indicators.find((i) => i.id === "1.2")!;
  expect([result.level, result.basis, result.assumptions]).toEqual([2, "text", []]);
  expect(result.citation).toBe("Điều 6 khoản 1 điểm b (theo Điều 7 khoản 1) Thông tư 24/2023/TT-BGDĐT");
});

test("Điều 13 khoản 1: cấp tỉnh tiêu chí 1 at mức độ 2 cites Điều 6 through Điều 13", () => {
  const result = evaluate(compliantInput(10, { tier: "tinh" }), TINH).indicators.find((i) => i.id === "1.1")!;
  expect(result.citation).toBe("Điều 6 khoản 1 điểm a (theo Điều 13 khoản 1) Thông tư 24/2023/TT-BGDĐT");
});

test("Điều 8 khoản 1 điểm b TT22/2020: partial points are the province's, given on the text", () => {
  expect(TT22.scoring!.pointsBy).toMatchObject({ cite: "Điều 8 khoản 1 điểm b", basis: "text" });
  for (const indicator of TT22.indicators) {
    expect(indicator.parts[0]!.item).toMatchObject({ basis: "text" });
    expect(indicator.parts[0]!.item!.assumptions).toBeUndefined();
  }
});

type TierRow = [article: string, tier: RecognitionTier, covered: boolean];
const TT22_TIERS: TierRow[] = [
  ["Điều 7 khoản 2 TT22/2020: cấp huyện → covered", "huyen", true],
  ["Điều 7 khoản 2 TT22/2020: cấp tỉnh → covered", "tinh", true],
  ["Điều 1 khoản 2 TT22/2020: cấp xã → not covered", "xa", false],
];
test.each(TT22_TIERS)("%s", (_article, tier, covered) => {
  expect(coversTier(TT22, tier)).toBe(covered);
});

test("Điều 7 khoản 2 TT22/2020: a cấp tỉnh unit naming TT22/2020 is evaluated under it", () => {
  const choice = chooseRuleSet(unitInfo({ tier: "tinh", year: 2023, regulation: "TT22/2020" }));
  expect(choice.ruleSet?.id).toBe("tt22-2020");
  expect(choice.issues.filter((i) => i.severity === "error")).toEqual([]);
});
