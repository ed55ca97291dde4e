/**
 * The Phụ lục builders tag the cells that follow the input (src/workbook/live.ts): on every bundled sample
 * with levels — TT24 (cấp xã, cấp tỉnh), TT25 cấp xã — every tagged cell names a row of the results table
 * DVHT.EVALUATE spills, and that row's field is the value the cell shows without formulas. And every chỉ
 * tiêu of the Bản tổng hợp is live, whatever its id looks like (the results table keys rows by the rule's
 * id, so TT22's “2a” would be found as well; TT22's points sheet has no live cells yet).
 */
import { join } from "node:path";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { assessWorkbook } from "../../src/workbook/assess";
import { liveAppendixSheets, resultsTable, RESULT_HEADERS, LIVE_RESULTS_SHEET } from "../../src/workbook/live";
import { readWorkbookFile } from "../../src/xlsx/read";

const SAMPLES = ["truong-tieu-hoc-an-binh.xlsx", "truong-thpt-binh-khanh.xlsx", "xa-an-hoa-thinh.xlsx"];
const FIELD_COLUMN = { numerator: RESULT_HEADERS.indexOf("Số đạt"), denominator: RESULT_HEADERS.indexOf("Tổng số"), ratio: RESULT_HEADERS.indexOf("Tỷ lệ"), level: RESULT_HEADERS.indexOf("Mức") };
const REFS = { unit: "'Đơn vị'!$A$1:$B$9", roster: "'Thành viên'!$A$1:$H$9", awards: "'Khen thưởng'!$A$1:$E$9", certificates: "'Chứng chỉ'!$A$1:$E$9", training: "'Bồi dưỡng'!$A$1:$F$9" };

test.each(SAMPLES)("%s: every tagged cell is a row and field of the results table, with the same value", async (file) => {
  const assessment = assessWorkbook(await readWorkbookFile(join(__dirname, "..", "..", "samples", file)));
  const { evaluation, input, ruleSet } = assessment;
  const models = buildAppendixSheets(evaluation!, input!.selfAssessments, ruleSet!);
  const table = resultsTable(evaluation!, ruleSet!);
  const tagged = models.flatMap((m) => m.rows.flatMap((row) => row.flatMap((c) => (c?.live ? [{ sheet: m.name, cell: c, tag: c.live }] : []))));
  expect(tagged.length).toBeGreaterThan(0);
  const problems = tagged.flatMap(({ sheet, cell, tag }) => {
    const row = table.find((r) => r[0] === tag.key);
    if (!row) return [`${sheet}: no row “${tag.key}”`];
    const got = row[FIELD_COLUMN[tag.field]];
    const want = cell.value ?? "";
    const same = typeof got === "number" && typeof want === "number" ? Math.abs(got - want) < 1e-12 : got === want;
    return same ? [] : [`${sheet} ${tag.key}.${tag.field}: table ${JSON.stringify(got)}, cell ${JSON.stringify(want)}`];
  });
  expect(problems).toEqual([]);

  // Every chỉ tiêu row of the Bản tổng hợp has its level live.
  const summaryKeys = tagged.filter((t) => t.sheet === "Bản tổng hợp" && t.tag.field === "level").map((t) => t.tag.key);
  for (const i of evaluation!.indicators) expect(summaryKeys).toContain(i.id);

  const live = liveAppendixSheets(models, REFS);
  expect(live.at(-1)!.name).toBe(LIVE_RESULTS_SHEET);
  for (const m of live.slice(0, -1)) for (const row of m.rows) for (const c of row) expect(c?.formula === undefined).toBe(c?.live === undefined);
});
