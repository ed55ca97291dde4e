/**
 * The report's “a) Mô tả hiện trạng”: the committee's words, then “Số liệu: …” only when it adds
 * something — not “Số liệu: —.” for a chỉ tiêu that does not apply, not the share the explanation already
 * gives (“30/45 Thành viên …”).
 */
import { buildReport } from "../../src/workbook/report/build-report";
import type { Evaluation } from "../../src/engine/result";
import { committee, makeEvaluation, makeSelfAssessments, RULES } from "../workbook/appendix-fixture";

function description(id: string, evaluation: Evaluation = makeEvaluation()): string {
  const blocks = buildReport(evaluation, makeSelfAssessments(), RULES).blocks;
  const heading = blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith(`${id}. `));
  const p = blocks.slice(heading).find((b) => b.kind === "paragraph" && b.text.startsWith("a) Mô tả hiện trạng: "));
  return p && p.kind === "paragraph" ? p.text : "";
}

test("a share the explanation already states is not repeated as Số liệu", () => {
  const text = description("2.4");
  expect(text).toContain("Mô tả hiện trạng chỉ tiêu 2.4 do Tổ đánh giá viết. 30/45 Thành viên");
  expect(text).not.toContain("Số liệu:");
  expect(text.match(/30\/45/g)).toHaveLength(1);
});

test("a chỉ tiêu that does not apply has no “Số liệu: —”", () => {
  const text = description("3.5");
  expect(text).not.toContain("Số liệu");
  expect(text).toContain("Không áp dụng: chỉ tiêu dành cho cơ sở giáo dục nghề nghiệp.");
});

test("the committee's rating the explanation already quotes is not repeated", () => {
  const text = description("1.2");
  expect(text).toContain("Tổ đánh giá ghi “Đạt”");
  expect(text).not.toContain("Số liệu");
});

test("a value the explanation does not give keeps its Số liệu", () => {
  const base = committee("1.2", 2, "Đạt mức độ 2");
  const terse = makeEvaluation({ "1.2": { ...base, explanation: "Có minh chứng" } });
  expect(description("1.2", terse)).toContain("Số liệu: Tổ đánh giá: Đạt mức độ 2. Có minh chứng.");
});
