/**
 * The engine holds no sheet name or column header: its issues carry a field id, and the sheet, the column
 * and the names inside messages come from the names the workbook layer hands over with the input. Renamed
 * names here must show up everywhere the engine points back at the workbook.
 */
import { evaluate } from "../../src/engine/evaluate";
import type { InputNames } from "../../src/engine/input";
import { findRuleSet } from "../../src/rules";
import { INPUT_NAMES } from "../../src/workbook/input-names";
import { compliantInput } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;

const RENAMED: InputNames = {
  ...INPUT_NAMES,
  sheets: { ...INPUT_NAMES.sheets, roster: "DS", training: "BD", unit: "ĐV" },
  columns: { ...INPUT_NAMES.columns, "roster.name": "Tên", "roster.counted": "Tính?", "unit.value": "Số liệu" },
};

test("the canonical names come from the workbook schema", () => {
  expect(INPUT_NAMES.sheets.roster).toBe("Thành viên");
  expect(INPUT_NAMES.communityRows).toEqual({
    population: "Số công dân",
    learningCitizens: "Số công dân đạt Công dân học tập",
    trainedCitizens: "Số công dân được đào tạo trình độ chuyên môn kỹ thuật",
    universityCitizens: "Số công dân có trình độ đại học trở lên",
  });
  expect(INPUT_NAMES.columns).toMatchObject({ "roster.name": "Họ và tên", "roster.counted": "Tính vào đánh giá", "selfAssessment.points": "Điểm", "unit.value": "Giá trị" });
});

test("a member with nothing recorded is placed by field id, with the names given", () => {
  const input = { ...compliantInput(10), names: RENAMED };
  input.trainings = input.trainings.filter((t) => !(t.memberKey === "m3" && t.group === "Bắt buộc"));
  const evaluation = evaluate(input, HUYEN);
  const issue = evaluation.issues.find((i) => i.code === "nothingRecorded")!;
  expect(issue).toMatchObject({ field: "roster.name", sheet: "DS", column: "Tên", row: 5 });
  expect(issue.fix).toContain("vào sheet “BD”");
  expect(issue.fix).toContain("ở cột “Tính?”");
  expect(evaluation.indicators.find((i) => i.id === "2.2")!.parts[0]!.rows!.sheet).toBe("DS");
});

test("a unit value missing is placed on the unit sheet's value column by its given names", () => {
  const evaluation = evaluate({ ...compliantInput(10, { learners: null, learnerCitizens: null }), names: RENAMED }, HUYEN);
  const issue = evaluation.issues.find((i) => i.code === "learnersMissing")!;
  expect(issue).toMatchObject({ field: "unit.value", sheet: "ĐV", column: "Số liệu" });
  expect(issue.fix).toContain("ở sheet “ĐV”");
});
