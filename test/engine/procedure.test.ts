/**
 * TT24 Điều 5 khoản 3 (cấp huyện, cấp xã) and Điều 11 khoản 3 (cấp tỉnh): mức độ 2 may be asked for only
 * after mức độ 1 has been held at least 12 months, counted to the filing deadline of the evaluated year
 * (Điều 10/16 khoản 1 điểm c: before 15/01 of the next year). Điều 5/11 khoản 4: a recognition is kept 03
 * years (36 tháng) following the year recognised.
 */
import { evaluate } from "../../src/engine/evaluate";
import { wholeMonths } from "../../src/engine/procedure";
import { findRuleSet } from "../../src/rules";
import { primarySchoolSample } from "../../src/samples/primary-school";
import { assessWorkbook } from "../../src/workbook/assess";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { communityInput } from "../helpers/community-input";
import { compliantInput, spoil } from "../helpers/input-builder";

const HUYEN = findRuleSet("tt24-2023/huyen")!;
const XA = findRuleSet("tt24-2023/xa")!;
const TINH = findRuleSet("tt24-2023/tinh")!;

// Year 2025: the dossier is filed before 15/01/2026.
type Row = [article: string, ruleSetId: string, recognisedOn: string | null, months: number | null, warned: string | null];
const ROWS: Row[] = [
  ["Điều 5 khoản 3: 11 tháng → cảnh báo", "tt24-2023/huyen", "2025-01-16", 11, "level1HeldTooShort"],
  ["Điều 5 khoản 3: 12 tháng → không", "tt24-2023/huyen", "2025-01-15", 12, null],
  ["Điều 5 khoản 3: 13 tháng → không", "tt24-2023/huyen", "2024-12-10", 13, null],
  ["Điều 5 khoản 3: chưa ghi ngày công nhận mức độ 1 → cảnh báo", "tt24-2023/huyen", null, null, "level1DateMissing"],
  ["Điều 5 khoản 3: ngày công nhận sau hạn nộp hồ sơ (16/01/2026) → cảnh báo", "tt24-2023/huyen", "2026-01-16", -1, "level1HeldTooShort"],
  ["Điều 5 khoản 3 (cấp xã kế thừa): 11 tháng → cảnh báo", "tt24-2023/xa", "2025-02-01", 11, "level1HeldTooShort"],
  ["Điều 11 khoản 3: 11 tháng → cảnh báo", "tt24-2023/tinh", "2025-01-16", 11, "level1HeldTooShort"],
  ["Điều 11 khoản 3: 12 tháng → không", "tt24-2023/tinh", "2025-01-15", 12, null],
];

test.each(ROWS)("%s", (_article, id, recognisedOn, months, warned) => {
  const ruleSet = findRuleSet(id)!;
  const tier = ruleSet.tier;
  const evaluation = evaluate(compliantInput(20, { tier, level1RecognisedOn: recognisedOn, rows: { learners: 11, level1RecognisedOn: 20 } }), ruleSet);
  expect(evaluation.overall.level).toBe(2);
  expect(evaluation.procedure!.monthsHeld).toBe(months);
  const issue = evaluation.issues.find((i) => i.code === "level1HeldTooShort" || i.code === "level1DateMissing");
  expect(issue?.code ?? null).toBe(warned);
  if (warned) {
    const article = id === "tt24-2023/tinh" ? "Điều 11 khoản 3" : "Điều 5 khoản 3";
    expect(evaluation.overall.note).toContain(`${article} Thông tư 24/2023/TT-BGDĐT`);
    expect(evaluation.overall.note).toContain("12 tháng");
    expect(issue!.row).toBe(20);
    expect(evaluation.procedure!.upgradeAllowed).toBe(false);
  } else {
    expect(evaluation.overall.note).toBeUndefined();
    expect(evaluation.procedure!.upgradeAllowed).toBe(true);
  }
});

test("Điều 5 khoản 3: a unit at mức độ 1 gets no procedure warning", () => {
  const input = spoil(compliantInput(20, { level1RecognisedOn: null }), "2.1", 2); // 18/20 = 90%: mức độ 1
  const evaluation = evaluate(input, HUYEN);
  expect(evaluation.overall.level).toBe(1);
  expect(evaluation.issues.some((i) => i.code === "level1DateMissing")).toBe(false);
  expect(evaluation.overall.note).toBeUndefined();
});

type ValidityRow = [article: string, recognisedOn: string, validUntil: string];
const VALIDITY: ValidityRow[] = [
  ["Điều 5 khoản 4: quyết định ngày 10/02/2025 → bảo lưu đến 31/12/2028", "2025-02-10", "2028-12-31"],
  ["Điều 5 khoản 4: quyết định ngày 31/12/2024 → bảo lưu đến 31/12/2027", "2024-12-31", "2027-12-31"],
];
test.each(VALIDITY)("%s", (_article, recognisedOn, validUntil) => {
  const procedure = evaluate(compliantInput(10, { level1RecognisedOn: recognisedOn, level1Decision: "125/QĐ-UBND" }), XA).procedure!;
  expect(procedure).toMatchObject({ level1ValidUntil: validUntil, level1Decision: "125/QĐ-UBND", validityMonths: 36 });
  expect(procedure.validityCite).toBe("Điều 5 khoản 4 Thông tư 24/2023/TT-BGDĐT");
});

test("whole months count the day: 15/01 → 14/01 next year is 11, → 15/01 is 12", () => {
  expect(wholeMonths("2025-01-15", "2026-01-14")).toBe(11);
  expect(wholeMonths("2025-01-15", "2026-01-15")).toBe(12);
  expect(wholeMonths("2025-03-31", "2026-01-15")).toBe(9);
});

test("TT22/2020 has no procedure in the rule data; TT24 cấp tỉnh has it", () => {
  expect(findRuleSet("tt22-2020")!.procedure).toBeUndefined();
  expect(evaluate(compliantInput(10, { tier: "tinh" }), TINH).procedure).toBeDefined();
});

type Tt25Row = [article: string, id: string, cite: string];
const TT25_VALIDITY: Tt25Row[] = [
  ["Điều 5 khoản 4 TT25: cấp xã bảo lưu 36 tháng, no upgrade rule in the available text", "tt25-2023/xa", "Điều 5 khoản 4 Thông tư 25/2023/TT-BGDĐT"],
  ["Điều 10 khoản 4 TT25: cấp huyện bảo lưu 36 tháng", "tt25-2023/huyen", "Điều 10 khoản 4 Thông tư 25/2023/TT-BGDĐT"],
  ["Điều 15 khoản 4 TT25: cấp tỉnh bảo lưu 36 tháng", "tt25-2023/tinh", "Điều 15 khoản 4 Thông tư 25/2023/TT-BGDĐT"],
];
test.each(TT25_VALIDITY)("%s", (_article, id, cite) => {
  const ruleSet = findRuleSet(id)!;
  const evaluation = evaluate(communityInput(ruleSet, { level1RecognisedOn: null }, [{ row: 2, name: "A", recognition: "Mức độ 2" }]), ruleSet);
  expect(evaluation.procedure).toMatchObject({ validityMonths: 36, validityCite: cite, monthsRequired: null, upgradeAllowed: null, note: null });
  expect(evaluation.issues.some((i) => i.code === "level1DateMissing")).toBe(false);
});

function withUnitRows(data: WorkbookData, rows: unknown[][]): WorkbookData {
  return { sheets: data.sheets.map((sheet) => (sheet.name === "Đơn vị" ? { ...sheet, rows: [...sheet.rows, ...rows] } : sheet)) } as WorkbookData;
}

type ReadRow = [what: string, written: unknown, read: string | null, warned: boolean];
const READ: ReadRow[] = [
  ["“10/02/2025” is read day first", "10/02/2025", "2025-02-10", false],
  ["an Excel date", new Date(Date.UTC(2025, 1, 10)), "2025-02-10", false],
  ["“31/02/2025” is no date: warned, not read", "31/02/2025", null, true],
];
test.each(READ)("Đơn vị “Ngày công nhận mức độ 1”: %s", (_what, written, read, warned) => {
  const data = withUnitRows(primarySchoolSample(), [["Ngày công nhận mức độ 1", written], ["Số quyết định công nhận", "125/QĐ-UBND"]]);
  const assessment = assessWorkbook(data);
  expect(assessment.input!.unit.level1RecognisedOn ?? null).toBe(read);
  expect(assessment.input!.unit.level1Decision).toBe("125/QĐ-UBND");
  expect(assessment.issues.some((i) => i.code === "invalidDate")).toBe(warned);
});
