/** The audit of the committee's claims (RULES.md §8): one row per pattern the seeds show, and a clean case. */
import { evaluate } from "../../src/engine/evaluate";
import type { AssessmentInput, SelfAssessment } from "../../src/engine/input";
import { findRuleSet } from "../../src/rules";
import { compliantInput, spoil } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;

function claim(input: AssessmentInput, indicatorId: string, claimed: string, description: string | null = null): AssessmentInput {
  const row: SelfAssessment = { indicatorId, row: 20 + input.selfAssessments.length, claimed, evidence: "H-01", description, strengths: null, weaknesses: null, plan: null };
  input.selfAssessments.push(row);
  return input;
}

const codes = (input: AssessmentInput) =>
  evaluate(input, HUYEN).issues.filter((i) => i.sheet === "Tự đánh giá" || i.code === "unitBelowIndicators").map((i) => i.code);

type Case = [pattern: string, build: () => AssessmentInput, expected: string[]];

const CASES: Case[] = [
  [
    "§8.1 one report, several member totals (seed 003: 51, 45, 49, 48)",
    () => claim(compliantInput(48), "2.1", "Đạt mức độ 2", "Có 51/51 thành viên chấp hành tốt nội quy."),
    ["figureMismatch"],
  ],
  [
    "§8.2 claims contradict data (seed 002: 17/20 Lao động tiên tiến while the roster gives 22/22)",
    () => claim(compliantInput(22), "2.5", "Đạt mức độ 2", "Năm 2024 có 17/20 đồng chí đạt Lao động tiên tiến."),
    ["figureMismatch"],
  ],
  [
    "§8.3 under-claiming (seed 000: 42/43 = 97,67% rated mức độ 1)",
    () => claim(spoil(compliantInput(43), "2.5", 1), "2.5", "Đạt mức độ 1", "42/43 đồng chí đạt danh hiệu Lao động tiên tiến."),
    ["underClaim"],
  ],
  [
    "§8.4 a non-applicable chỉ tiêu written as Đạt (seed 000: 3.5 for a primary school)",
    () => claim(compliantInput(20, { schoolLevel: "tieuHoc" }), "3.5", "Đạt mức độ 1"),
    ["notApplicableClaimed"],
  ],
  [
    "§8.5 learners mixed into a member ratio (seed 003: 846/933 “thành viên” Công dân học tập)",
    () => claim(compliantInput(48, { learners: 933, learnerCitizens: 920 }), "3.1", "Đạt mức độ 2", "846/933 thành viên đạt danh hiệu Công dân học tập."),
    ["learnersAsMembers"],
  ],
  [
    "over-claiming: mức độ 2 written where the data gives mức độ 1",
    () => claim(spoil(compliantInput(20), "2.4", 8), "2.4", "Đạt mức độ 2", "12/20 thành viên có chứng chỉ."),
    ["overClaim", "unitBelowIndicators"],
  ],
  [
    "§8.7 chỉ tiêu at mức độ 2 with the unit at mức độ 1 is explained, not flagged",
    () => claim(spoil(compliantInput(20), "2.1", 2), "2.1", "Đạt mức độ 1", "18/20 thành viên chấp hành tốt."),
    ["unitBelowIndicators"],
  ],
  [
    "a clean self-assessment raises nothing (dates and decision numbers are not figures)",
    () => claim(compliantInput(20), "2.5", "Đạt mức độ 2", "20/20 đồng chí đạt LĐTT theo Quyết định số 125/QĐ-UBND ngày 14/01/2026."),
    [],
  ],
];

test.each(CASES)("%s", (_pattern, build, expected) => {
  expect(codes(build())).toEqual(expected);
});

test("the finding names the row and what the data says", () => {
  const input = claim(spoil(compliantInput(43), "2.5", 1), "2.5", "Đạt mức độ 1");
  const finding = evaluate(input, HUYEN).issues.find((i) => i.code === "underClaim")!;
  expect(finding).toMatchObject({ sheet: "Tự đánh giá", row: input.selfAssessments.at(-1)!.row, column: "Mức tự đánh giá" });
  expect(finding.message).toContain("nhưng số liệu đạt mức độ 2: 42/43 thành viên (97,7%)");
  expect(finding.fix).toBe("Ghi “Đạt mức độ 2” nếu số liệu đúng.");
});
