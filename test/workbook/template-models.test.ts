/** The task pane's template models take the same `Đơn vị` rows as the CLI template for a rule set. */
import { findRuleSet } from "../../src/rules";
import { UNIT_SHEET } from "../../src/workbook/schema";
import { templateModels } from "../../src/workbook/template-models";

const labels = (id?: string) => templateModels(id ? findRuleSet(id)! : undefined)[0]!.rows.slice(1).map((r) => r[0]!.value);

test.each([
  // TT24 Điều 5 khoản 3: the mức độ 1 date serves the 12-month wait before mức độ 2.
  ["tt24-2023/xa", ["Ngày công nhận mức độ 1", "Số quyết định công nhận"], ["Trường đại học trực thuộc tỉnh"]],
  // TT25 Điều 16 khoản 3 điểm a: 3.1 applies by the Trường đại học trực thuộc tỉnh row; no upgrade wait.
  ["tt25-2023/tinh", ["Trường đại học trực thuộc tỉnh"], ["Ngày công nhận mức độ 1", "Số quyết định công nhận"]],
  ["tt22-2020", [], ["Ngày công nhận mức độ 1", "Số quyết định công nhận", "Trường đại học trực thuộc tỉnh"]],
])("%s: rows %j shown, %j left out", (id, shown, left) => {
  const rows = labels(id);
  expect(rows).toEqual(expect.arrayContaining(["Tên đơn vị", "Năm đánh giá", ...shown]));
  for (const label of left) expect(rows).not.toContain(label);
});

test("without a rule set every row is there", () => {
  expect(labels()).toEqual(UNIT_SHEET.rows.map((r) => r.label));
});
