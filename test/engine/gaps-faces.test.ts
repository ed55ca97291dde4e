/** The gaps as the CLI shows them: the text table's first names and gap line, and every entry in --json. */
import { evaluationJson } from "../../src/cli/json";
import { renderEvaluation } from "../../src/cli/render-table";
import { evaluate } from "../../src/engine/evaluate";
import { findRuleSet } from "../../src/rules";
import { compliantInput, spoil } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;

test("dvht evaluate: 2.4 at 25/43 shows 18 not meeting, the first five names and the gap line", () => {
  const text = renderEvaluation(evaluate(spoil(compliantInput(43), "2.4", 18), HUYEN), HUYEN);
  const line = text.split("\n").find((l) => l.startsWith("  2.4: 18/43"));
  expect(line).toBe(
    "  2.4: 18/43 thành viên chưa đạt: Thành viên 0, Thành viên 1, Thành viên 2, Thành viên 3, Thành viên 4 và 13 người khác. " +
      "Cần thêm 6 thành viên đạt (31/43, ngưỡng 70%) để lên mức độ 2 (Điều 7 khoản 2 điểm d, TT24/2023).",
  );
  // A chỉ tiêu at its top level with nobody missing says nothing.
  expect(text).not.toMatch(/^ {2}2\.5:.*mức cao nhất/m);
});

test("dvht evaluate --json lists every member not meeting, with reason, sheet and row", () => {
  const json = evaluationJson(evaluate(spoil(compliantInput(43), "2.4", 18), HUYEN)) as { indicators: { id: string; gaps: { notMeeting: unknown[]; next: { needed: number } }[] }[] };
  const gap = json.indicators.find((i) => i.id === "2.4")!.gaps[0]!;
  expect(gap.notMeeting).toHaveLength(18);
  expect(gap.notMeeting[17]).toEqual({ name: "Thành viên 17", reason: "không có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số", sheet: "Thành viên", row: 19 });
  expect(gap.next.needed).toBe(6);
});
