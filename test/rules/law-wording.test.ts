/**
 * The law, checked: every wording of every rule set (derived ones included) is the regulation's own text
 * in the passage it cites, and every number in it is the number the rule applies (src/rules/texts/).
 * The mutations below prove the check can fail: a rule with 97% where the text says 95%, a citation moved
 * to the wrong điểm, a threshold that no longer matches its words.
 */
import * as fs from "fs";
import * as path from "path";
import { RULE_SETS, findRuleSet } from "../../src/rules";
import type { IndicatorPart, RuleSet } from "../../src/rules/types";
import { checkRuleSetWording, quotes, type FindingKind, type WordingFinding } from "../../src/rules/texts/check-wording";
import { loadRegulationTexts, REGULATION_TEXT_FILES } from "../../src/rules/texts";
import { PARAPHRASES } from "../../src/rules/texts/paraphrases";
import { RegulationText } from "../../src/rules/texts/regulation-text";

const TEXT_DIR = path.join(__dirname, "../../src/rules/texts");
const read = (file: string): string => fs.readFileSync(path.join(TEXT_DIR, file), "utf8");
const TEXTS = loadRegulationTexts(read);

const isParaphrase = (f: WordingFinding): boolean =>
  f.kind === "notVerbatim" && PARAPHRASES.some((p) => p.ruleSet === f.ruleSet && p.where === f.where);

describe("every rule set quotes the law", () => {
  test("every regulation of every rule set has its text beside the rules", () => {
    for (const rs of RULE_SETS) expect(Object.keys(REGULATION_TEXT_FILES)).toContain(rs.regulation.short);
  });

  test.each(RULE_SETS.map((r) => [r.id, r] as const))("%s: every wording is verbatim and every number matches", (_id, ruleSet) => {
    const findings = checkRuleSetWording(ruleSet, TEXTS).filter((f) => !isParaphrase(f));
    expect(findings).toEqual([]);
  });

  test("every deliberate paraphrase is marked, with a reason, and still departs from the text", () => {
    const departures = RULE_SETS.flatMap((rs) => checkRuleSetWording(rs, TEXTS)).filter((f) => f.kind === "notVerbatim");
    for (const p of PARAPHRASES) {
      expect(p.reason.length).toBeGreaterThan(20);
      expect(departures.some((f) => f.ruleSet === p.ruleSet && f.where === p.where)).toBe(true);
    }
    // The one known paraphrase: the commune's authority after 01/7/2025 is not TT24's own words.
    expect(PARAPHRASES.map((p) => `${p.ruleSet} · ${p.where}`)).toContain("tt24-2023/xa · thẩm quyền");
  });
});

describe("the regulation text, split as citations name it", () => {
  const tt24 = TEXTS.get("TT24/2023")!;
  const tt25 = TEXTS.get("TT25/2023")!;

  test("TT24 Điều 7 khoản 2 điểm đ is the mức độ 2 Lao động tiên tiến chỉ tiêu", () => {
    expect(tt24.passage({ article: 7, clause: 2, point: "đ" })).toBe(
      "đ) Chỉ tiêu 5: Tối thiểu 95% Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.",
    );
  });

  test("a khoản that takes over another says what that khoản says (TT24 Điều 7 khoản 1 → Điều 6 khoản 1)", () => {
    const passage = tt24.passage({ article: 7, clause: 1 })!;
    expect(passage).toContain("Nội dung tiêu chí theo quy định tại khoản 1 Điều 6 Thông tư này.");
    expect(passage).toContain("Tham gia các hoạt động phục vụ việc học tập suốt đời cho người dân.");
  });

  test("TT25 Điều 6: the heading line repeated before the note is not a second khoản 1", () => {
    const clause1 = tt25.passage({ article: 6, clause: 1 })!.split("\n");
    expect(clause1[0]).toBe("1. Tiêu chí 1: Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã");
    expect(clause1).toHaveLength(4);
  });

  test("a passage the text does not have is undefined", () => {
    expect(tt24.passage({ article: 6, clause: 2, point: "g" })).toBeUndefined();
    expect(tt24.passage({ article: 99 })).toBeUndefined();
  });

  test("whitespace and Unicode composition are the only liberties; an omission is written …", () => {
    const text = new RegulationText("Điều 13.1.TT.1.1. X\n(Điều 1 Thông tư số 1/2000/TT-X)\n1. Có ít nhất 50% công dân; trong đó, có ít nhất 12% người.");
    const passage = text.passage({ article: 1, clause: 1 })!;
    expect(quotes(passage, "Có  ít nhất 50%\u00a0công dân;")).toBe(true);
    expect(quotes(passage, "Có ít nhất 50% công dân;".normalize("NFD"))).toBe(true);
    expect(quotes(passage, "Có ít nhất 50% … có ít nhất 12% người.")).toBe(true);
    // Fragments out of order, a changed word, a changed case: not a quotation.
    expect(quotes(passage, "có ít nhất 12% người. … Có ít nhất 50%")).toBe(false);
    expect(quotes(passage, "Có ít nhất 50% cư dân;")).toBe(false);
    expect(quotes(passage, "có ít nhất 50% công dân;")).toBe(false);
  });
});

describe("a broken rule fails the check (mutations of a copy of the rule data)", () => {
  const copy = (id: string): RuleSet => JSON.parse(JSON.stringify(findRuleSet(id)));
  const part = (rs: RuleSet, id: string): IndicatorPart => rs.indicators.flatMap((i) => i.parts).find((p) => p.id === id)!;

  const MUTATIONS: [string, string, (rs: RuleSet) => void, FindingKind[]][] = [
    [
      "2.5 mức độ 2 written with 97% (the text says 95%, the threshold is 95%)",
      "tt24-2023/huyen",
      (rs) => (part(rs, "2.5").levels[2]!.text = part(rs, "2.5").levels[2]!.text.replace("95%", "97%")),
      ["notVerbatim", "percentage"],
    ],
    [
      "2.5 mức độ 2 applying 97% beside the text's 95%",
      "tt24-2023/huyen",
      (rs) => (part(rs, "2.5").levels[2]!.threshold = "97%"),
      ["percentage"],
    ],
    [
      "2.1 mức độ 1 cited at điểm b instead of điểm a",
      "tt24-2023/huyen",
      (rs) => (part(rs, "2.1").levels[1]!.cite = "Điều 6 khoản 2 điểm b"),
      ["notVerbatim"],
    ],
    [
      "2.1 mức độ 2 cited at mức độ 1's article",
      "tt24-2023/huyen",
      (rs) => (part(rs, "2.1").levels[2]!.cite = "Điều 6 khoản 2 điểm a"),
      ["notVerbatim"],
    ],
    [
      "a citation of a điểm the article does not have",
      "tt24-2023/huyen",
      (rs) => (part(rs, "2.3").levels[1]!.cite = "Điều 6 khoản 2 điểm g"),
      ["missingPassage"],
    ],
    [
      "an inherited chỉ tiêu cited through the wrong khoản of the referring article",
      "tt24-2023/tinh",
      (rs) => (part(rs, "2.2").levels[1]!.cite = "Điều 6 khoản 2 điểm b (theo Điều 12 khoản 3)"),
      ["notVerbatim"],
    ],
    [
      "3.4 mức độ 1 requiring “Mức đáp ứng tốt” beside the words “mức đáp ứng cơ bản”",
      "tt24-2023/huyen",
      (rs) => (part(rs, "3.4").levels[1]!.minimum = "Mức đáp ứng tốt"),
      ["minimum"],
    ],
    [
      "5.2b's variant for a xã thuộc vùng khó khăn applying 12% beside its 10%",
      "tt25-2023/xa",
      (rs) => (part(rs, "5.2b").levels[1]!.variants![0]!.threshold = "12%"),
      ["percentage"],
    ],
    [
      "4.1 mức độ 2 cited at điểm b (income per head) instead of điểm a",
      "tt25-2023/huyen",
      (rs) => (part(rs, "4.1").levels[2]!.cite = "Điều 12 khoản 4 điểm b"),
      ["notVerbatim"],
    ],
    [
      "TT22 item 1a giving 15 points where the text gives at most 10",
      "tt22-2020",
      (rs) => {
        const measure = part(rs, "1a").measure;
        if (measure.kind === "points") measure.maxPoints = 15;
      },
      ["points"],
    ],
    [
      "TT22 band Khá starting at 75 points where the text says 70",
      "tt22-2020",
      (rs) => (rs.scoring!.bands[1]!.min = 75),
      ["points"],
    ],
    [
      "TT22 tiêu chí 3 worth 30 points where the text says 40",
      "tt22-2020",
      (rs) => (rs.criteria[2]!.maxPoints = 30),
      ["points"],
    ],
    [
      "a tiêu chí title that is not the text's",
      "tt25-2023/tinh",
      (rs) => (rs.criteria[0]!.title = "Sự lãnh đạo của cấp ủy"),
      ["notVerbatim"],
    ],
    [
      "a cited record in a place the check does not read",
      "tt24-2023/huyen",
      (rs) => Object.assign(part(rs, "2.2"), { note: { text: "Tối thiểu 90%", cite: "Điều 6 khoản 2 điểm b" } }),
      ["unchecked"],
    ],
  ];

  test.each(MUTATIONS)("%s", (_what, id, mutate, kinds) => {
    const original = findRuleSet(id)!;
    expect(checkRuleSetWording(original, TEXTS).filter((f) => !isParaphrase(f))).toEqual([]);
    const broken = copy(id);
    mutate(broken);
    const found = checkRuleSetWording(broken, TEXTS).filter((f) => !isParaphrase(f));
    expect([...new Set(found.map((f) => f.kind))].sort()).toEqual([...kinds].sort());
  });
});
