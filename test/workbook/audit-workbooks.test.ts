/**
 * RULES.md §8, on workbooks made from the seeds' own figures and read like a clerk's file (reader, rule-set
 * choice, engine, audit): each pattern is flagged, and only it; a clean workbook raises nothing.
 */
import { assessWorkbook } from "../../src/workbook/assess";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";
import { buildWorkbook, memberName, sheetOf } from "../helpers/workbook-builder";

/** Codes of the audit's findings and of the rule-set fit checks. */
const AUDIT = new Set(["overClaim", "underClaim", "notApplicableClaimed", "figureMismatch", "learnersAsMembers", "unitBelowIndicators", "communityUnderUnitRules"]);

function claim(wb: WorkbookData, id: string, level: string, description: string | null = null): WorkbookData {
  sheetOf(wb, "Tự đánh giá").rows.push([id, level, `MC-${id}`, description, null, null, null]);
  return wb;
}

function setUnit(wb: WorkbookData, label: string, value: CellValue): WorkbookData {
  const rows = sheetOf(wb, "Đơn vị").rows;
  const row = rows.find((r) => r[0] === label);
  if (row) row[1] = value;
  else rows.push([label, value]);
  return wb;
}

/** Drop the award rows of the first `count` members. */
function withoutAwards(wb: WorkbookData, count: number): WorkbookData {
  const names = new Set([...Array(count).keys()].map(memberName));
  const awards = sheetOf(wb, "Khen thưởng");
  awards.rows = awards.rows.filter((r) => !names.has(String(r[1])));
  return wb;
}

/** The builder's unit at mức độ 2 everywhere (QĐ 4725 “tốt”), so that only the pattern under test shows. */
function unit(members: number): WorkbookData {
  return setUnit(buildWorkbook({ members }), "Mức chuyển đổi số (QĐ 4725)", "Mức đáp ứng tốt");
}

const findings = (wb: WorkbookData) => (assessWorkbook(wb).issues ?? []).filter((i) => AUDIT.has(i.code)).map((i) => i.code);

type Case = [pattern: string, build: () => WorkbookData, expected: string[]];

const CASES: Case[] = [
  ["§8.1 seed 003: several member totals in one report (51 in the text, 48 on the roster)", () => claim(unit(48), "2.1", "Đạt mức độ 2", "51/51 đồng chí chấp hành tốt nội quy."), ["figureMismatch"]],
  ["§8.2 seed 002: 17/20 Lao động tiên tiến in the text, 22/22 on the roster", () => claim(unit(22), "2.5", "Đạt mức độ 2", "Có 17/20 đồng chí đạt Lao động tiên tiến."), ["figureMismatch"]],
  ["§8.3 seed 000: 42/43 = 97,67% rated mức độ 1", () => claim(withoutAwards(unit(43), 1), "2.5", "Đạt mức độ 1", "42/43 đồng chí đạt Lao động tiên tiến."), ["underClaim"]],
  ["§8.4 seed 000: 3.5 written as Đạt for a primary school", () => claim(unit(43), "3.5", "Đạt mức độ 1"), ["notApplicableClaimed"]],
  [
    "§8.5 seed 003: 846/933 learners written as “thành viên”",
    () => {
      const wb = unit(48);
      setUnit(setUnit(setUnit(wb, "Cấp học cao nhất", "THPT"), "Số người học", 933), "Số người học đạt Công dân học tập", 925);
      return claim(wb, "3.1", "Đạt mức độ 2", "846/933 thành viên đạt danh hiệu Công dân học tập.");
    },
    ["learnersAsMembers"],
  ],
  ["§8.6 seed 004: “Cộng đồng học tập” filled in with TT24's Đơn vị học tập table", () => setUnit(unit(20), "Danh hiệu đề nghị", "Cộng đồng học tập"), ["communityUnderUnitRules"]],
  ["§8.7 seed 002: chỉ tiêu at mức độ 2 under a unit at mức độ 1 (3.4 cơ bản) is explained, not flagged", () => claim(buildWorkbook({ members: 20 }), "2.1", "Đạt mức độ 2", "20/20 đồng chí chấp hành tốt nội quy."), ["unitBelowIndicators"]],
];

test.each(CASES)("%s", (_pattern, build, expected) => {
  expect(findings(build())).toEqual(expected);
});

test("a clean workbook raises none of them", () => {
  const wb = unit(20);
  claim(wb, "2.5", "Đạt mức độ 2", "20/20 đồng chí đạt Lao động tiên tiến (Quyết định 125/QĐ-UBND ngày 14/01/2026).");
  expect(findings(wb)).toEqual([]);
});
