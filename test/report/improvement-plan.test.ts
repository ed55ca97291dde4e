/**
 * The report's “d) Kế hoạch cải tiến”: the committee's plan is kept and the gap added as “Số liệu: …”;
 * when the committee wrote nothing, the gap and the members not counted (first five names) are proposed.
 * Names come only from the gaps; none is made up.
 */
import type { PartGap } from "../../src/engine/gaps";
import type { Evaluation, IndicatorResult } from "../../src/engine/result";
import type { SelfAssessment } from "../../src/engine/input";
import { buildReport } from "../../src/workbook/report/build-report";
import { makeEvaluation, makeSelfAssessments, RULES, share } from "../workbook/appendix-fixture";

// 2.4 at 30/45 (66,7%): mức độ 2 needs 70% of 45 = 31,5, so 32 — 2 more. 15 members do not count.
const NAMES = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Khánh", "Lan", "Linh", "Minh", "Nam", "Phúc", "Quân"];
const LINE = "Cần thêm 2 thành viên đạt (32/45, ngưỡng 70%) để lên mức độ 2 (Điều 7 khoản 2 điểm d, TT24/2023).";

function gap(notMeeting: string[] | null, extra: Partial<PartGap> = {}): PartGap {
  return {
    partId: "2.4",
    label: "Thành viên có chứng chỉ",
    subject: "members",
    numerator: 30,
    denominator: 45,
    reached: 1,
    next: { level: 2, levelName: "mức độ 2", threshold: "70%", cite: "Điều 7 khoản 2 điểm d, TT24/2023", numerator: 30, denominator: 45, needed: 2, target: 32 },
    topReached: false,
    notMeeting: notMeeting === null ? null : notMeeting.map((name, i) => ({ name, reason: "chưa có chứng chỉ", sheet: "Chứng chỉ", row: i + 5 })),
    line: LINE,
    ...extra,
  };
}

function evaluationWith(gaps: PartGap[]): Evaluation {
  const i24: IndicatorResult = { ...share("2.4", 30), gaps };
  return makeEvaluation({ "2.4": i24 });
}

function planOf(evaluation: Evaluation, plan: string | null, id = "2.4"): string {
  const sas: SelfAssessment[] = makeSelfAssessments().map((s) => (s.indicatorId === id ? { ...s, plan } : s));
  const blocks = buildReport(evaluation, sas, RULES).blocks;
  const heading = blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith(`${id}. `));
  const p = blocks.slice(heading).find((b) => b.kind === "paragraph" && b.text.startsWith("d) Kế hoạch cải tiến: "));
  return p && p.kind === "paragraph" ? p.text.slice("d) Kế hoạch cải tiến: ".length) : "";
}

test("nothing written: the gap and the count with the first five names are proposed, marked as dvht's", () => {
  expect(planOf(evaluationWith([gap(NAMES)]), null)).toBe(
    `(Tổ đánh giá chưa ghi; dvht đề xuất từ số liệu) ${LINE} 15/45 thành viên chưa đạt: An, Bình, Chi, Dũng, Giang và 10 người khác (danh sách đầy đủ ở sheet “Danh sách chưa đạt” của Phụ lục).`,
  );
});

test("three not counted: all three named, no “người khác”", () => {
  expect(planOf(evaluationWith([gap(["An", "Bình", "Chi"])]), "  ")).toBe(`(Tổ đánh giá chưa ghi; dvht đề xuất từ số liệu) ${LINE} 3/45 thành viên chưa đạt: An, Bình, Chi.`);
});

test("the committee's plan is kept, the gap added as Số liệu", () => {
  expect(planOf(evaluationWith([gap(NAMES.slice(0, 2))]), "Cử 2 giáo viên học chứng chỉ tin học trong quý I/2026")).toBe(
    `Cử 2 giáo viên học chứng chỉ tin học trong quý I/2026. Số liệu: ${LINE} 2/45 thành viên chưa đạt: An, Bình.`,
  );
});

test("counts only (no roster): the gap line, no names", () => {
  expect(planOf(evaluationWith([gap(null)]), null)).toBe(`(Tổ đánh giá chưa ghi; dvht đề xuất từ số liệu) ${LINE}`);
});

test("top level reached and everyone counted: nothing to add, the committee's silence is said", () => {
  const done = gap([], { topReached: true, reached: 2, next: null, line: "Đã đạt mức độ 2, mức cao nhất." });
  expect(planOf(evaluationWith([done]), null)).toBe("(Tổ đánh giá chưa ghi nội dung này.)");
  expect(planOf(evaluationWith([done]), "Duy trì.")).toBe("Duy trì.");
});

test("a chỉ tiêu without gaps keeps the committee's plan as written", () => {
  expect(planOf(makeEvaluation(), "Tiếp tục duy trì", "1.2")).toBe("Tiếp tục duy trì");
});
