/**
 * Danh sách chưa đạt: Chỉ tiêu | STT | Họ và tên | Lý do | Sheet | Dòng, grouped by chỉ tiêu under a line
 * with the figures and the count to the next level, built from the real engine's output.
 */
import { evaluate } from "../../src/engine/evaluate";
import { findRuleSet } from "../../src/rules";
import { buildAppendixSheets, NOT_MEETING_HEADERS } from "../../src/workbook/appendix";
import { findRow, makeEvaluation, rowTexts, sheet, text, RULES as FIXTURE_RULES } from "./appendix-fixture";
import { compliantInput, spoil } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;

function notMeetingSheet(learners: { learners: number; learnerCitizens: number } = { learners: 620, learnerCitizens: 600 }) {
  // 43 members: 2.4 at 25/43 (18 without a certificate), 2.1 at 42/43 (1 disciplined); 3.1's learners 600/620.
  const input = spoil(spoil(compliantInput(43, learners), "2.4", 18), "2.1", 1);
  return sheet(buildAppendixSheets(evaluate(input, HUYEN), input.selfAssessments, HUYEN), "Danh sách chưa đạt");
}

test("the header row, frozen and repeated on every printed page", () => {
  const m = notMeetingSheet();
  const h = findRow(m, 0, "Chỉ tiêu");
  expect(rowTexts(m, h)).toEqual([...NOT_MEETING_HEADERS]);
  expect(m.frozenRows).toBe(h + 1);
  expect(m.print).toMatchObject({ orientation: "landscape", repeatRows: { first: h, last: h } });
});

test("2.4: a group line with the figures and the gap, then the 18 members numbered 1–18 with reason, sheet and row", () => {
  const m = notMeetingSheet();
  const g = findRow(m, 0, /^2\.4\. /);
  // 70% of 43 = 30,1 → 31; 31 − 25 = 6.
  expect(text(m.rows[g]![0])).toBe(
    "2.4. Thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số: 25/43 thành viên đạt, 18 chưa đạt. " +
      "Cần thêm 6 thành viên đạt (31/43, ngưỡng 70%) để lên mức độ 2 (Điều 7 khoản 2 điểm d, TT24/2023).",
  );
  expect(m.merges).toContainEqual({ top: g, left: 0, bottom: g, right: 5 });
  expect(rowTexts(m, g + 1)).toEqual(["2.4", "1", "Thành viên 0", "không có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số", "Thành viên", "2"]);
  expect(rowTexts(m, g + 18)).toEqual(["2.4", "18", "Thành viên 17", "không có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số", "Thành viên", "19"]);
  expect(m.rows[g + 18]![5]!.value).toBe(19); // a number, not text
  expect(text(m.rows[g + 19]![0])).toMatch(/^2\.5\. /);
});

test("2.1 names the disciplined member; a chỉ tiêu with nobody missing says so; learners are counts only", () => {
  const m = notMeetingSheet();
  const g21 = findRow(m, 0, /^2\.1\. /);
  // 95% of 43 = 40,85 → 41 ≤ 42: the top level.
  expect(text(m.rows[g21]![0])).toBe("2.1. Thành viên tuân thủ kỷ luật lao động, nội quy: 42/43 thành viên đạt, 1 chưa đạt. Đã đạt mức độ 2, mức cao nhất.");
  expect(rowTexts(m, g21 + 1)).toEqual(["2.1", "1", "Thành viên 0", "bị kỷ luật (Khiển trách)", "Thành viên", "2"]);
  const g25 = findRow(m, 0, /^2\.5\. /);
  expect(rowTexts(m, g25 + 1).slice(0, 2)).toEqual(["2.5", "Không có ai chưa đạt."]);
  const learners = findRow(m, 0, /^3\.1\. Người học/);
  // 97% of 620 = 601,4 → 602; 602 − 600 = 2.
  expect(text(m.rows[learners]![0])).toBe(
    "3.1. Người học đạt “Công dân học tập”: 600/620 người học đạt. Cần thêm 2 người học đạt (602/620, ngưỡng 97%) để lên mức độ 2 (Điều 7 khoản 3 điểm a, TT24/2023).",
  );
  expect(rowTexts(m, learners + 1).slice(0, 2)).toEqual(["3.1", "Chỉ có số liệu tổng hợp, không có danh sách từng người."]);
});

test("an evaluation without gaps (built by hand) says there is no share to list", () => {
  const m = sheet(buildAppendixSheets(makeEvaluation(), [], FIXTURE_RULES), "Danh sách chưa đạt");
  expect(m.rows.flat().map(text)).toContain("Không có chỉ tiêu nào tính theo tỷ lệ cho đơn vị này.");
});
