/**
 * The report's “a) Mô tả hiện trạng”: the committee's words, then “Số liệu: …” only when it adds
 * something — not “Số liệu: —.” for a chỉ tiêu that does not apply, not the share the explanation already
 * gives (“30/45 Thành viên …”).
 */
import { buildReport } from "../../src/workbook/report/build-report";
import { makeEvaluation, makeSelfAssessments, RULES } from "../workbook/appendix-fixture";

function description(id: string): string {
  const blocks = buildReport(makeEvaluation(), makeSelfAssessments(), RULES).blocks;
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

test("a value the explanation does not give as a share keeps its Số liệu", () => {
  expect(description("3.4")).toContain("Số liệu: ");
});
