/**
 * How many more: the smallest k with (numerator + k)/denominator ≥ the next level's threshold, each row
 * named after the article whose threshold it uses (the row also checks the rule data holds that
 * threshold there). Figures computed by hand in the comment of each row.
 */
import { evaluate } from "../../src/engine/evaluate";
import { neededToReach, type PartGap } from "../../src/engine/gaps";
import { parseThreshold } from "../../src/engine/threshold";
import { findRuleSet } from "../../src/rules";
import type { LevelNo } from "../../src/rules/types";
import { communityInput, memberUnits } from "../helpers/community-input";
import { compliantInput, spoil } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;
const XA25 = findRuleSet("tt25-2023/xa")!;
const HUYEN25 = findRuleSet("tt25-2023/huyen")!;

type Row = [name: string, ruleSetId: string, partId: string, level: LevelNo, cite: string, threshold: string, numerator: number, denominator: number, needed: number];

const ROWS: Row[] = [
  // 70% of 43 = 30,1 → 31 members; 31 − 25 = 6
  ["Điều 7 khoản 2 điểm d: 25/43 → cần thêm 6", "tt24-2023/huyen", "2.4", 2, "Điều 7 khoản 2 điểm d", "70%", 25, 43, 6],
  // 50% of 43 = 21,5 → 22; 22 − 20 = 2
  ["Điều 6 khoản 2 điểm d: 20/43 → cần thêm 2", "tt24-2023/huyen", "2.4", 1, "Điều 6 khoản 2 điểm d", "50%", 20, 43, 2],
  // 50% of 1 = 0,5 → 1
  ["Điều 6 khoản 2 điểm d: 0/1 → cần thêm 1", "tt24-2023/huyen", "2.4", 1, "Điều 6 khoản 2 điểm d", "50%", 0, 1, 1],
  // 95% of 43 = 40,85 → 41; 41 − 40 = 1
  ["Điều 7 khoản 2 điểm đ: 40/43 → cần thêm 1", "tt24-2023/huyen", "2.5", 2, "Điều 7 khoản 2 điểm đ", "95%", 40, 43, 1],
  // 41/43 = 95,3% ≥ 95%
  ["Điều 7 khoản 2 điểm đ: 41/43 → đã đủ", "tt24-2023/huyen", "2.5", 2, "Điều 7 khoản 2 điểm đ", "95%", 41, 43, 0],
  // 90% of 45 = 40,5 → 41
  ["Điều 6 khoản 2 điểm đ: 0/45 → cần thêm 41", "tt24-2023/huyen", "2.5", 1, "Điều 6 khoản 2 điểm đ", "90%", 0, 45, 41],
  // 18/20 = 90% exactly: met, nothing needed
  ["Điều 6 khoản 2 điểm a: 18/20 → đã đủ (đúng 90%)", "tt24-2023/huyen", "2.1", 1, "Điều 6 khoản 2 điểm a", "90%", 18, 20, 0],
  // 95% of 20 = 19; 19 − 18 = 1
  ["Điều 7 khoản 2 điểm a: 18/20 → cần thêm 1", "tt24-2023/huyen", "2.1", 2, "Điều 7 khoản 2 điểm a", "95%", 18, 20, 1],
  // 97% of 620 = 601,4 → 602; 602 − 600 = 2
  ["Điều 7 khoản 3 điểm a (người học): 600/620 → cần thêm 2", "tt24-2023/huyen", "3.1b", 2, "Điều 7 khoản 3 điểm a", "97%", 600, 620, 2],
  // 95% of 100.000 = 95.000; 95.000 − 94.999 = 1
  ["Điều 7 khoản 2 điểm đ: 94.999/100.000 → cần thêm 1", "tt24-2023/huyen", "2.5", 2, "Điều 7 khoản 2 điểm đ", "95%", 94_999, 100_000, 1],
  // TT25: 60% of 1.000 = 600; 600 − 555 = 45
  ["TT25 Điều 6 khoản 5 điểm a: 555/1.000 công dân → cần thêm 45", "tt25-2023/xa", "5.1", 1, "Điều 6 khoản 5 điểm a", "60%", 555, 1000, 45],
  // TT25: 15% of 1.000 = 150; 150 − 149 = 1
  ["TT25 Điều 7 khoản 5 điểm b: 149/1.000 có trình độ đại học → cần thêm 1", "tt25-2023/xa", "5.2b", 2, "Điều 7 khoản 5 điểm b", "15%", 149, 1000, 1],
];

describe("the gap to a threshold (neededToReach)", () => {
  test.each(ROWS)("%s", (_name, ruleSetId, partId, level, cite, threshold, numerator, denominator, needed) => {
    const ruleSet = findRuleSet(ruleSetId)!;
    const part = ruleSet.indicators.flatMap((i) => i.parts).find((p) => p.id === partId)!;
    const requirement = part.levels[level]!;
    expect([requirement.cite, requirement.threshold]).toEqual([cite, threshold]);
    expect(neededToReach(numerator, denominator, parseThreshold(requirement.threshold!))).toBe(needed);
  });

  test("no denominator, no gap", () => {
    expect(neededToReach(0, 0, parseThreshold("90%"))).toBe(0);
  });
});

function gapsOf(evaluation: ReturnType<typeof evaluate>, id: string): PartGap[] {
  return evaluation.indicators.find((i) => i.id === id)!.gaps!;
}

describe("gaps on the evaluation", () => {
  test("Điều 7 khoản 2 điểm d: 2.4 at 25/43 needs 6 more for mức độ 2, and names the 18 without a certificate", () => {
    const [gap] = gapsOf(evaluate(spoil(compliantInput(43), "2.4", 18), HUYEN), "2.4");
    expect(gap!.reached).toBe(1);
    expect(gap!.next).toEqual({
      level: 2,
      levelName: "mức độ 2",
      threshold: "70%",
      cite: "Điều 7 khoản 2 điểm d, TT24/2023",
      numerator: 25,
      denominator: 43,
      needed: 6,
      target: 31,
    });
    expect(gap!.line).toBe("Cần thêm 6 thành viên đạt (31/43, ngưỡng 70%) để lên mức độ 2 (Điều 7 khoản 2 điểm d, TT24/2023).");
    expect(gap!.notMeeting).toHaveLength(18);
    expect(gap!.notMeeting![0]).toEqual({ name: "Thành viên 0", reason: "không có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số", sheet: "Thành viên", row: 2 });
  });

  test("Điều 6 khoản 2 điểm đ: 2.5 at 36/43 needs 3 more for mức độ 1 (90% of 43 = 38,7 → 39)", () => {
    const [gap] = gapsOf(evaluate(spoil(compliantInput(43), "2.5", 7), HUYEN), "2.5");
    expect(gap!.reached).toBe(0);
    expect(gap!.next).toMatchObject({ level: 1, needed: 3, target: 39 });
    expect(gap!.line).toBe("Cần thêm 3 thành viên đạt (39/43, ngưỡng 90%) để chỉ tiêu đạt mức độ 1 (Điều 6 khoản 2 điểm đ, TT24/2023).");
    expect(gap!.notMeeting!.map((m) => m.reason)).toEqual(Array(7).fill("không có dòng Lao động tiên tiến năm 2025"));
  });

  test("the top level reached says so, with nobody missing", () => {
    const [gap] = gapsOf(evaluate(compliantInput(43), HUYEN), "2.5");
    expect(gap).toMatchObject({ reached: 2, topReached: true, next: null, notMeeting: [] });
    expect(gap!.line).toBe("Đã đạt mức độ 2, mức cao nhất.");
  });

  test("Điều 7 khoản 3 điểm a: 3.1's learner part is given as counts: a count gap, no names", () => {
    const input = compliantInput(10, { learners: 620, learnerCitizens: 600 });
    const gaps = gapsOf(evaluate(input, HUYEN), "3.1");
    expect(gaps.map((g) => g.subject)).toEqual(["members", "learners"]);
    const learners = gaps[1]!;
    expect(learners.notMeeting).toBeNull();
    expect(learners.next).toMatchObject({ level: 2, numerator: 600, denominator: 620, needed: 2, target: 602, threshold: "97%" });
    expect(learners.line).toBe("Cần thêm 2 người học đạt (602/620, ngưỡng 97%) để lên mức độ 2 (Điều 7 khoản 3 điểm a, TT24/2023).");
  });

  test("non-share chỉ tiêu carry an empty list", () => {
    const evaluation = evaluate(compliantInput(5), HUYEN);
    expect(gapsOf(evaluation, "1.1")).toEqual([]);
    expect(gapsOf(evaluation, "3.3")).toEqual([]);
  });

  test("TT25 Điều 6 khoản 5 điểm a: 5.1 at 555/1.000 citizens needs 45 more, as a count", () => {
    const [gap] = gapsOf(evaluate(communityInput(XA25, { learningCitizens: 555 }), XA25), "5.1");
    expect(gap).toMatchObject({ subject: "citizens", reached: 0, notMeeting: null });
    expect(gap!.next).toMatchObject({ level: 1, needed: 45, target: 600, denominator: 1000 });
    expect(gap!.line).toBe("Cần thêm 45 công dân đạt (600/1.000, ngưỡng 60%) để chỉ tiêu đạt mức độ 1 (Điều 6 khoản 5 điểm a, TT25/2023).");
  });

  test("TT25 cấp huyện 4.1: 10 of 20 communes at Mức độ 2 need 8 more for mức độ 2 (90% of 20 = 18); the 10 below are named", () => {
    // 10 at Mức độ 2, 8 at Mức độ 1, 2 not recognised: 18/20 recognised = 90% meets mức độ 1.
    const units = memberUnits(20, 8, 10);
    const [gap] = gapsOf(evaluate(communityInput(HUYEN25, {}, units), HUYEN25), "4.1");
    expect(gap!.reached).toBe(1);
    expect(gap!.next).toMatchObject({ level: 2, numerator: 10, denominator: 20, needed: 8, target: 18 });
    expect(gap!.notMeeting!.map((u) => [u.name, u.reason, u.sheet, u.row])).toEqual([
      ...Array.from({ length: 8 }, (_, i) => [`Đơn vị ${11 + i}`, "được công nhận “Mức độ 1”, chưa đạt “Mức độ 2”", "Đơn vị thành viên", 12 + i]),
      ["Đơn vị 19", "chưa được công nhận", "Đơn vị thành viên", 20],
      ["Đơn vị 20", "chưa được công nhận", "Đơn vị thành viên", 21],
    ]);
  });
});
