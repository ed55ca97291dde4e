/**
 * Rule-set choice and fit from rule data alone (issue 13 item 2): validFrom/validUntil, kind, tiers and
 * successor decide; the engine files hold no year, date or rule-set id. Rows are named after the article
 * that dates each rule set: TT24 Điều 22 (effective 26/01/2024, TT22/2020 abolished), the two-level local
 * government from 01/7/2025 (NĐ 142/2025/NĐ-CP), TT25 Điều 25 (effective 12/02/2024).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { chooseRuleSet } from "../../src/engine/choose-rule-set";
import { ruleSetFit } from "../../src/engine/rule-set-fit";
import { findRuleSet, inForceFor, ruleSetInForce } from "../../src/rules";
import type { RecognitionKind, RecognitionTier } from "../../src/rules/types";
import { compliantInput, unitInfo } from "../helpers/input-builder";

type ChoiceRow = [article: string, tier: RecognitionTier | null, year: number, expected: string, tierAssumed: boolean];
const CHOICES: ChoiceRow[] = [
  ["TT24 Điều 22: năm 2023 cấp huyện → TT22/2020", "huyen", 2023, "tt22-2020", false],
  ["TT24 Điều 22: năm 2023 cấp tỉnh → TT22/2020 (cùng cấp)", "tinh", 2023, "tt22-2020", false],
  ["TT24 Điều 22: năm 2023 cấp xã (chưa có cấp xã) → TT22/2020", "xa", 2023, "tt22-2020", false],
  ["TT24 Điều 22: năm 2024 cấp huyện → tt24-2023/huyen", "huyen", 2024, "tt24-2023/huyen", false],
  ["TT24 Điều 22: năm 2024 cấp tỉnh → tt24-2023/tinh", "tinh", 2024, "tt24-2023/tinh", false],
  ["NĐ 142/2025: năm 2025 cấp xã → tt24-2023/xa", "xa", 2025, "tt24-2023/xa", false],
  ["NĐ 142/2025: năm 2024, chưa ghi cấp → cấp huyện", null, 2024, "tt24-2023/huyen", true],
  ["NĐ 142/2025: năm 2025, chưa ghi cấp → cấp xã", null, 2025, "tt24-2023/xa", true],
];
test.each(CHOICES)("%s", (_article, tier, year, expected, tierAssumed) => {
  const choice = chooseRuleSet(unitInfo({ tier, year, regulation: null }));
  expect(choice.ruleSet?.id).toBe(expected);
  expect(choice.issues.some((i) => i.code === "tierAssumed")).toBe(tierAssumed);
  expect(inForceFor(choice.ruleSet!, year)).toBe(true);
});

// With `Quy định` blank, rows in `Đơn vị thành viên` and no roster mean a district's or province's
// “Cộng đồng học tập” (TT25 Điều 11 khoản 4, Điều 16 khoản 4: the share of communes, districts recognised).
type MemberUnitsRow = [article: string, tier: RecognitionTier | null, year: number, memberUnitsOnly: boolean, expected: string, tierAssumed: boolean];
const MEMBER_UNITS: MemberUnitsRow[] = [
  ["TT25 Điều 11: cấp huyện 2024, đơn vị thành viên, không có danh sách → tt25-2023/huyen", "huyen", 2024, true, "tt25-2023/huyen", false],
  ["TT25 Điều 16: cấp tỉnh 2024, đơn vị thành viên, không có danh sách → tt25-2023/tinh", "tinh", 2024, true, "tt25-2023/tinh", false],
  ["TT25 Điều 16: cấp tỉnh 2025 → tt25-2023/tinh", "tinh", 2025, true, "tt25-2023/tinh", false],
  ["TT25 Điều 11: chưa ghi cấp, 2024 → cấp huyện (cấp xã không có đơn vị thành viên)", null, 2024, true, "tt25-2023/huyen", true],
  ["TT24 Điều 22: có danh sách thành viên, cấp huyện 2024 → tt24-2023/huyen", "huyen", 2024, false, "tt24-2023/huyen", false],
];
test.each(MEMBER_UNITS)("%s", (_article, tier, year, memberUnitsOnly, expected, tierAssumed) => {
  const choice = chooseRuleSet(unitInfo({ tier, year, regulation: null }), undefined, { memberUnitsOnly });
  expect(choice.ruleSet?.id).toBe(expected);
  expect(choice.issues.some((i) => i.code === "tierAssumed")).toBe(tierAssumed);
});

type InForceRow = [article: string, kind: RecognitionKind, tier: RecognitionTier, year: number, expected: string | undefined];
const IN_FORCE: InForceRow[] = [
  ["NĐ 142/2025: cấp huyện 2025 → successor tt24-2023/xa", "donViHocTap", "huyen", 2025, "tt24-2023/xa"],
  ["TT25 Điều 25: cấp huyện 2024 → tt25-2023/huyen", "congDongHocTap", "huyen", 2024, "tt25-2023/huyen"],
  ["NĐ 142/2025: “Cộng đồng học tập” cấp huyện 2025 → none (no successor)", "congDongHocTap", "huyen", 2025, undefined],
  ["TT25 Điều 25: cấp xã 2023, before TT25 → none", "congDongHocTap", "xa", 2023, undefined],
];
test.each(IN_FORCE)("%s", (_article, kind, tier, year, expected) => {
  expect(ruleSetInForce(kind, tier, year)?.id).toBe(expected);
});

type FitRow = [article: string, year: number, tier: RecognitionTier, names: string];
const FITS: FitRow[] = [
  ["TT24 Điều 22: TT22 for 2024 cấp huyện → names tt24-2023/huyen", 2024, "huyen", "tt24-2023/huyen"],
  ["TT24 Điều 22: TT22 for 2025 cấp huyện → names tt24-2023/xa", 2025, "huyen", "tt24-2023/xa"],
  ["TT24 Điều 22: TT22 for 2025 cấp tỉnh → names tt24-2023/tinh", 2025, "tinh", "tt24-2023/tinh"],
];
test.each(FITS)("%s", (_article, year, tier, names) => {
  const issues = ruleSetFit(compliantInput(5, { year, tier }), findRuleSet("tt22-2020")!);
  expect(issues.find((i) => i.code === "repealedRegulation")!.message).toContain(`(bộ tiêu chí ${names})`);
});

test("TT24 Điều 22: TT22 for 2023 (in force) is no mismatch", () => {
  expect(ruleSetFit(compliantInput(5, { year: 2023 }), findRuleSet("tt22-2020")!)).toEqual([]);
});

/** Source without comments: what the engine decides with, not what it says about itself. */
function code(file: string): string {
  const text = readFileSync(path.join(__dirname, "../../src/engine", file), "utf8");
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

test.each(["choose-rule-set.ts", "rule-set-fit.ts", "qd4725.ts"])("%s holds no year, date, rule-set id or regulation literal", (file) => {
  const source = code(file);
  expect(source).not.toMatch(/\b(19|20)\d\d\b/);
  expect(source).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
  expect(source).not.toMatch(/tt2\d-20\d\d|TT ?2\d\/20\d\d|Thông tư \d/i);
  expect(source).not.toMatch(/\b(50|75)\b/);
});

test("one DEFAULT_RULE_SET_ID, defined in the rule data's index", () => {
  const definitions = ["../../src/rules/index.ts", "../../src/engine/single-indicator.ts"].map((f) =>
    (readFileSync(path.join(__dirname, f), "utf8").match(/DEFAULT_RULE_SET_ID\s*=/g) ?? []).length,
  );
  expect(definitions).toEqual([1, 0]);
});
