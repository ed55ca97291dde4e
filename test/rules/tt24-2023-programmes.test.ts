/**
 * TT24 Điều 6/7 khoản 2 điểm b (2.2): “các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc
 * của đơn vị và đoàn thể”: the `Nhóm` of the Bồi dưỡng sheet says which programme is which; a member meets
 * 2.2 when every such programme of the year is completed. 2.3 counts a Chuyển đổi số programme of the
 * evaluated year (assumption digitalTrainingInYear); 2.1 counts members without discipline
 * (assumption disciplineAsCompliance). TT22/2020 2c counts only the state's programmes.
 */
import { evaluate } from "../../src/engine/evaluate";
import type { Training } from "../../src/engine/input";
import { findRuleSet } from "../../src/rules";
import { ASSUMPTIONS } from "../../src/rules/assumptions";
import { TRAINING_SHEET } from "../../src/workbook/schema";
import { compliantInput, YEAR } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;
const TT22 = findRuleSet("tt22-2020")!;

/** Member m0's programmes as [Nhóm, completed, year]; everyone else keeps the compliant ones. */
type Programme = [group: string, completed: boolean, year: number];
type Row = [article: string, programmes: Programme[], meets: boolean];

const ROWS_22: Row[] = [
  ["Điều 6 khoản 2 điểm b: Bắt buộc hoàn thành → đạt", [["Bắt buộc", true, YEAR]], true],
  ["Điều 6 khoản 2 điểm b: Theo quy định của nhà nước hoàn thành → đạt", [["Theo quy định của nhà nước", true, YEAR]], true],
  ["Điều 6 khoản 2 điểm b: Của đơn vị chưa hoàn thành → không đạt", [["Bắt buộc", true, YEAR], ["Của đơn vị", false, YEAR]], false],
  ["Điều 6 khoản 2 điểm b: Đoàn thể chưa hoàn thành → không đạt", [["Bắt buộc", true, YEAR], ["Đoàn thể", false, YEAR]], false],
  ["Điều 6 khoản 2 điểm b: nhà nước, đơn vị, đoàn thể đều hoàn thành → đạt", [["Theo quy định của nhà nước", true, YEAR], ["Của đơn vị", true, YEAR], ["Đoàn thể", true, YEAR]], true],
  ["Điều 6 khoản 2 điểm b: chỉ chương trình của đơn vị, hoàn thành → đạt", [["Của đơn vị", true, YEAR]], true],
  ["Điều 6 khoản 2 điểm b: Tự chọn chưa hoàn thành không tính → đạt", [["Bắt buộc", true, YEAR], ["Tự chọn", false, YEAR]], true],
  ["Điều 6 khoản 2 điểm b: chỉ có Tự chọn → không có chương trình theo quy định → không đạt", [["Tự chọn", true, YEAR]], false],
  ["Điều 10 khoản 1 điểm b: chương trình của đơn vị năm trước chưa hoàn thành không tính", [["Bắt buộc", true, YEAR], ["Của đơn vị", false, YEAR - 1]], true],
];

const ROWS_23: Row[] = [
  ["Điều 6 khoản 2 điểm c: Chuyển đổi số hoàn thành trong năm → đạt", [["Bắt buộc", true, YEAR], ["Chuyển đổi số", true, YEAR]], true],
  ["Điều 6 khoản 2 điểm c: Chuyển đổi số năm trước → không đạt (digitalTrainingInYear)", [["Bắt buộc", true, YEAR], ["Chuyển đổi số", true, YEAR - 1]], false],
  ["Điều 6 khoản 2 điểm c: Chuyển đổi số chưa hoàn thành → không đạt", [["Bắt buộc", true, YEAR], ["Chuyển đổi số", false, YEAR]], false],
];

function withProgrammes(programmes: Programme[]) {
  const input = compliantInput(10);
  const own: Training[] = programmes.map(([group, completed, year], i) => ({ memberKey: "m0", row: 100 + i, program: `CT ${i}`, group, completed, year }));
  input.trainings = [...input.trainings.filter((t) => t.memberKey !== "m0"), ...own];
  return input;
}

test.each(ROWS_22)("%s", (_article, programmes, meets) => {
  const result = evaluate(withProgrammes(programmes), HUYEN).indicators.find((i) => i.id === "2.2")!;
  expect([result.numerator, result.denominator]).toEqual([meets ? 10 : 9, 10]);
});

test.each(ROWS_23)("%s", (_article, programmes, meets) => {
  const result = evaluate(withProgrammes(programmes), HUYEN).indicators.find((i) => i.id === "2.3")!;
  expect([result.numerator, result.denominator]).toEqual([meets ? 10 : 9, 10]);
});

type Tt22Row = [article: string, programmes: Programme[], meets: boolean];
const ROWS_2C: Tt22Row[] = [
  ["Điều 5 khoản 2 điểm c TT22/2020: Theo quy định của nhà nước hoàn thành → đạt", [["Theo quy định của nhà nước", true, YEAR]], true],
  ["Điều 5 khoản 2 điểm c TT22/2020: Của đơn vị chưa hoàn thành không tính", [["Bắt buộc", true, YEAR], ["Của đơn vị", false, YEAR]], true],
  ["Điều 5 khoản 2 điểm c TT22/2020: Bắt buộc chưa hoàn thành → không đạt", [["Bắt buộc", false, YEAR]], false],
];
test.each(ROWS_2C)("%s", (_article, programmes, meets) => {
  const result = evaluate(withProgrammes(programmes), TT22).indicators.find((i) => i.id === "2c")!;
  const evidence = result.parts[0]!;
  expect([evidence.numerator, evidence.denominator]).toEqual([meets ? 10 : 9, 10]);
});

type BasisRow = [article: string, indicator: string, assumption: string];
const BASES: BasisRow[] = [
  ["Điều 6 khoản 2 điểm a: 2.1 rests on “không bị kỷ luật”", "2.1", "disciplineAsCompliance"],
  ["Điều 6 khoản 2 điểm b: 2.2 rests on the Nhóm of each programme", "2.2", "requiredProgrammeGroups"],
  ["Điều 6 khoản 2 điểm c: 2.3 rests on the evaluated year", "2.3", "digitalTrainingInYear"],
];
test.each(BASES)("%s", (_article, id, assumption) => {
  const result = evaluate(compliantInput(10), HUYEN).indicators.find((i) => i.id === id)!;
  expect(result.basis).toBe("assumption");
  expect(result.assumptions).toContain(assumption);
  expect(ASSUMPTIONS[assumption]!.text.length).toBeGreaterThan(0);
});

test("the Bồi dưỡng sheet's Nhóm list offers the state's, the unit's and the đoàn thể's programmes", () => {
  const group = TRAINING_SHEET.columns.find((c) => c.field === "group")!;
  expect(group.choices).toEqual(expect.arrayContaining(["Bắt buộc", "Theo quy định của nhà nước", "Của đơn vị", "Đoàn thể", "Chuyển đổi số", "Tự chọn"]));
});
