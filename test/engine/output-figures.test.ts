/**
 * What the output shows (issue 12 item 9): 3.1 with two parts shows the part that decides the level
 * (Điều 6/7 khoản 3 điểm a); the Mô tả hiện trạng check compares a figure only with the measure it
 * describes; `dvht rules` shows level-specific applicability and how a unit-flag chỉ tiêu is met.
 */
import { describeRuleSet } from "../../src/cli/commands/rules";
import { evaluate } from "../../src/engine/evaluate";
import { findRuleSet } from "../../src/rules";
import { compliantInput, spoil } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;

type PartRow = [article: string, learnerCitizens: number, memberFailures: number, figures: [number, number], level: 0 | 1 | 2];
const PARTS: PartRow[] = [
  ["Điều 6 khoản 3 điểm a: người học 900/1000 (< 95%) quyết định → 900/1000, không đạt", 900, 0, [900, 1000], 0],
  ["Điều 7 khoản 3 điểm a: người học 960/1000 (< 97%) quyết định mức độ 2 → 960/1000, mức độ 1", 960, 0, [960, 1000], 1],
  ["Điều 6 khoản 3 điểm a: thành viên 17/20 (< 90%) quyết định → 17/20, không đạt", 1000, 3, [17, 20], 0],
  ["Điều 7 khoản 3 điểm a: cả hai phần đạt → phần thành viên 20/20, mức độ 2", 1000, 0, [20, 20], 2],
];
test.each(PARTS)("%s", (_article, learnerCitizens, memberFailures, figures, level) => {
  const input = spoil(compliantInput(20, { learners: 1000, learnerCitizens }), "3.1", memberFailures);
  const result = evaluate(input, HUYEN).indicators.find((i) => i.id === "3.1")!;
  expect([result.numerator, result.denominator]).toEqual(figures);
  expect(result.level).toBe(level);
});

type DescriptionRow = [article: string, description: string, flagged: boolean];
// 43 members, 42 Lao động tiên tiến (2.5): 42/43.
const DESCRIPTIONS: DescriptionRow[] = [
  ["Điều 7 khoản 2 điểm đ: “42/43 …, trong đó 7/43 CSTĐ” → no finding", "42/43 thành viên đạt LĐTT trở lên, trong đó 7/43 đạt Chiến sĩ thi đua cơ sở.", false],
  ["Điều 7 khoản 2 điểm đ: “7/43 CSTĐ; 42/43 LĐTT” → no finding", "7/43 thành viên đạt Chiến sĩ thi đua cơ sở; 42/43 thành viên đạt LĐTT trở lên.", false],
  ["Điều 7 khoản 2 điểm đ: “40/43” alone → finding", "40/43 thành viên đạt LĐTT trở lên.", true],
  ["Điều 7 khoản 2 điểm đ: “42/45” another total → finding", "42/45 thành viên đạt LĐTT trở lên.", true],
];
test.each(DESCRIPTIONS)("%s", (_article, description, flagged) => {
  const input = spoil(compliantInput(43), "2.5", 1);
  input.selfAssessments.push({ indicatorId: "2.5", row: 30, claimed: "Đạt mức độ 2", evidence: "H-2.5", description, strengths: null, weaknesses: null, plan: null });
  const evaluation = evaluate(input, HUYEN);
  expect(evaluation.issues.some((i) => i.code === "figureMismatch" && i.indicator === "2.5")).toBe(flagged);
});

test("dvht rules: 3.3 mức độ 2 says it applies only to cơ quan and ĐVSN công lập (Điều 7 khoản 3 điểm c)", () => {
  const text = describeRuleSet(HUYEN);
  expect(text).toContain("Đạt mức độ 2: từ “Tập thể lao động tiên tiến” trở lên (ở mức này chỉ áp dụng cho cơ quan, đơn vị sự nghiệp công lập) — Điều 7 khoản 3 điểm c");
});

test.each([
  ["Điều 6 khoản 3 điểm đ: kiểm định GDNN is the unit's flag, not the committee's", "tt24-2023/huyen", "3.5", "kết quả kiểm định chất lượng GDNN"],
  ["Điều 6 khoản 4 điểm a TT25: PCGD mầm non is the commune's flag", "tt25-2023/xa", "4.1", "chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi"],
])("dvht rules: %s", (_article, id, indicator, describe) => {
  const text = describeRuleSet(findRuleSet(id)!);
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`  ${indicator}. `));
  const end = lines.findIndex((l, i) => i > start && /^ {0,2}\S/.test(l));
  const block = lines.slice(start, end).join("\n");
  expect(block).toContain(`đơn vị đạt (${describe}, ghi Có/Không)`);
  expect(block).not.toContain("Tổ đánh giá đánh giá đạt");
});
