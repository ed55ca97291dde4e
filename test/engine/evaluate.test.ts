import { evaluate } from "../../src/engine/evaluate";
import { findRuleSet } from "../../src/rules";
import { compliantInput, spoil } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;

describe("explanations", () => {
  test("42/43 = 97,7% reaches mức độ 2 (Điều 7 khoản 2 điểm đ), the under-claim of seed 000", () => {
    const result = evaluate(spoil(compliantInput(43), "2.5", 1), HUYEN).indicators.find((i) => i.id === "2.5")!;
    expect(result.level).toBe(2);
    expect(result.explanation).toBe(
      "42/43 thành viên (97,7%) đạt danh hiệu Lao động tiên tiến trở lên; đạt ngưỡng mức độ 2 là 95% (Điều 7 khoản 2 điểm đ, TT24/2023)",
    );
    expect(result.citation).toBe("Điều 7 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT");
    expect(result.ratio).toBeCloseTo(42 / 43, 10);
  });

  test("a share between the thresholds names both", () => {
    const result = evaluate(spoil(compliantInput(20), "2.1", 2), HUYEN).indicators.find((i) => i.id === "2.1")!;
    expect(result.level).toBe(1);
    expect(result.explanation).toBe(
      "18/20 thành viên (90%) không bị kỷ luật; đạt ngưỡng mức độ 1 là 90%, chưa đạt ngưỡng mức độ 2 là 95% (Điều 7 khoản 2 điểm a, TT24/2023)",
    );
    expect(result.citation).toBe("Điều 7 khoản 2 điểm a Thông tư 24/2023/TT-BGDĐT");
  });

  test("rows behind a share: the members who count and those who do not", () => {
    const result = evaluate(spoil(compliantInput(5), "2.4", 2), HUYEN).indicators.find((i) => i.id === "2.4")!;
    expect(result.parts[0]!.rows).toEqual({ sheet: "Thành viên", qualifying: [4, 5, 6], notQualifying: [2, 3] });
  });
});

describe("aggregation (Điều 8, Điều 9 khoản 4)", () => {
  test("a criterion takes the lowest level of its applicable indicators; the unit the lowest criterion", () => {
    const input = spoil(compliantInput(20), "2.5", 1); // 95% → mức độ 2
    spoil(input, "2.1", 2); // 90% → mức độ 1
    const evaluation = evaluate(input, HUYEN);
    expect(evaluation.criteria.map((c) => [c.id, c.level])).toEqual([["1", 2], ["2", 1], ["3", 2]]);
    expect(evaluation.overall).toEqual({ level: 1, label: "Đạt mức độ 1" });
  });

  test("a non-applicable indicator lowers nothing (3.5 for a school)", () => {
    const evaluation = evaluate(compliantInput(20), HUYEN);
    const c3 = evaluation.criteria.find((c) => c.id === "3")!;
    expect(evaluation.indicators.find((i) => i.id === "3.5")!.level).toBeNull();
    expect(c3.applicable).not.toContain("3.5");
    expect(c3.level).toBe(2);
  });

  test("one indicator below mức độ 1 leaves the unit Không đạt", () => {
    const evaluation = evaluate(spoil(compliantInput(20), "3.1", 3), HUYEN);
    expect(evaluation.overall).toEqual({ level: 0, label: "Không đạt" });
  });

  test("excluded members are in no denominator", () => {
    const input = compliantInput(20);
    input.members[0]!.counted = false;
    input.members[0]!.discipline = "Cảnh cáo";
    const evaluation = evaluate(input, HUYEN);
    expect(evaluation.members).toEqual({ total: 20, counted: 19, excluded: 1 });
    expect(evaluation.indicators.find((i) => i.id === "2.1")).toMatchObject({ numerator: 19, denominator: 19, level: 2 });
  });
});

describe("committee-rated indicators (Điều 9)", () => {
  test("Đạt without minh chứng is không đạt (Điều 9 khoản 3), with a warning on the row", () => {
    const input = compliantInput(10);
    input.selfAssessments[0]!.evidence = null;
    const evaluation = evaluate(input, HUYEN);
    expect(evaluation.indicators.find((i) => i.id === "1.1")!.level).toBe(0);
    expect(evaluation.issues).toContainEqual(
      expect.objectContaining({ code: "missingEvidence", sheet: "Tự đánh giá", row: 2, column: "Minh chứng" }),
    );
    expect(evaluation.issues.find((i) => i.code === "missingEvidence")!.message).toContain("theo Điều 9 khoản 3 Thông tư 24/2023/TT-BGDĐT,");
  });

  test("cấp tỉnh cites its own article on minh chứng (Điều 15 khoản 3)", () => {
    const input = compliantInput(10, { tier: "tinh" });
    input.selfAssessments[0]!.evidence = null;
    const evaluation = evaluate(input, findRuleSet("tt24-2023/tinh")!);
    expect(evaluation.issues.find((i) => i.code === "missingEvidence")!.message).toContain("theo Điều 15 khoản 3 Thông tư 24/2023/TT-BGDĐT,");
  });

  test("a missing rating is không đạt and says where to write it", () => {
    const input = compliantInput(10);
    input.selfAssessments = input.selfAssessments.filter((s) => s.indicatorId !== "3.2");
    const evaluation = evaluate(input, HUYEN);
    expect(evaluation.indicators.find((i) => i.id === "3.2")!.level).toBe(0);
    expect(evaluation.issues.find((i) => i.code === "missingSelfAssessment")!.message).toContain("Chỉ tiêu 3.2");
  });

  test("“Đạt mức độ 1” for tiêu chí 1 is đạt, and tiêu chí 1 is the same at both levels", () => {
    const input = compliantInput(10);
    input.selfAssessments[0]!.claimed = "Đạt mức độ 1";
    const result = evaluate(input, HUYEN).indicators.find((i) => i.id === "1.1")!;
    expect(result.level).toBe(2);
    // Điều 7 khoản 1: “Nội dung tiêu chí theo quy định tại khoản 1 Điều 6” — the text, not an assumption.
    expect(result.basis).toBe("text");
    expect(result.assumptions).toEqual([]);
  });
});

describe("joins and the evaluated year", () => {
  test("awards of another year do not count (Điều 10 khoản 1 điểm b)", () => {
    const input = compliantInput(10);
    input.awards.forEach((a) => (a.year = 2024));
    expect(evaluate(input, HUYEN).indicators.find((i) => i.id === "2.5")).toMatchObject({ numerator: 0, level: 0 });
  });

  test("Giấy khen and Bằng khen are not danh hiệu; Chiến sĩ thi đua cơ sở is above Lao động tiên tiến", () => {
    const input = compliantInput(4);
    input.awards[0]!.title = "Giấy khen";
    input.awards[1]!.title = "bằng  KHEN";
    input.awards[2]!.title = "Chiến sĩ thi đua cơ sở";
    expect(evaluate(input, HUYEN).indicators.find((i) => i.id === "2.5")!.numerator).toBe(2);
  });

  test("a member with no Bắt buộc training is not complete and is warned about", () => {
    const input = compliantInput(10);
    input.trainings = input.trainings.filter((t) => !(t.memberKey === "m3" && t.group === "Bắt buộc"));
    const evaluation = evaluate(input, HUYEN);
    expect(evaluation.indicators.find((i) => i.id === "2.2")!.numerator).toBe(9);
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "nothingRecorded", sheet: "Thành viên", row: 5 }));
  });

  test("rows of an ambiguous name attach to nobody", () => {
    const input = compliantInput(3);
    input.members[1]!.key = "m0";
    input.ambiguousKeys.add("m0");
    expect(evaluate(input, HUYEN).indicators.find((i) => i.id === "2.5")!.numerator).toBe(1);
  });

  test("a THPT with no learner figures fails 3.1 and is told to fill them in", () => {
    const evaluation = evaluate(compliantInput(10, { learners: null, learnerCitizens: null }), HUYEN);
    expect(evaluation.indicators.find((i) => i.id === "3.1")!.level).toBe(0);
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "learnersMissing", sheet: "Đơn vị" }));
  });
});

test("100,000 members evaluate in one linear pass", () => {
  const evaluation = evaluate(compliantInput(100_000), HUYEN);
  expect(evaluation.overall.level).toBe(2);
  expect(evaluation.indicators.find((i) => i.id === "2.2")!.denominator).toBe(100_000);
});
