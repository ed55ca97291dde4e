/**
 * The custom functions give the same levels as `dvht evaluate` on the bundled sample: the input sheets are
 * passed as Excel passes ranges (2-D arrays, "" for blanks) to DVHT.EVALUATE and DVHT.INDICATOR, and each
 * share's figures to DVHT.LEVEL; each tiêu chí's levels to DVHT.CRITERION, the tiêu chí to DVHT.OVERALL.
 */
import { join } from "node:path";
import * as fx from "../../src/functions/functions";
import { readWorkbookFile } from "../../src/xlsx/read";
import type { CellValue } from "../../src/workbook/workbook-data";
import { runCli } from "../helpers/capture";

const SAMPLE = join(__dirname, "..", "..", "samples", "truong-tieu-hoc-an-binh.xlsx");
const LABELS: Record<string, string> = { null: "Không áp dụng", 0: "Không đạt", 1: "Đạt mức độ 1", 2: "Đạt mức độ 2" };

interface CliIndicator { id: string; criterion: string; numerator: number | null; denominator: number | null; level: 0 | 1 | 2 | null }
interface CliJson { ruleSet: string; unit: { type: string }; indicators: CliIndicator[]; criteria: { id: string; level: number | null }[]; overall: { level: number | null; label: string } }

/** A sheet's rows as Excel hands a range: rectangular, "" for blanks, with some headroom below. */
function asRange(rows: CellValue[][], headroom = 5): unknown[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const out = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === null || r[c] === undefined ? "" : r[c])));
  for (let i = 0; i < headroom; i++) out.push(Array.from({ length: width }, () => ""));
  return out;
}

let cli: CliJson;
let ranges: Record<string, unknown[][]>;
beforeAll(async () => {
  const run = await runCli("evaluate", SAMPLE, "--json");
  expect(run.code).toBe(0);
  cli = JSON.parse(run.stdout) as CliJson;
  const data = await readWorkbookFile(SAMPLE);
  const sheet = (name: string) => asRange(data.sheets.find((s) => s.name === name)!.rows);
  ranges = {
    unit: sheet("Đơn vị"),
    roster: sheet("Thành viên"),
    awards: sheet("Khen thưởng"),
    certificates: sheet("Chứng chỉ"),
    training: sheet("Bồi dưỡng"),
    self: sheet("Tự đánh giá"),
  };
});

describe("DVHT functions agree with dvht evaluate on the bundled sample", () => {
  test("DVHT.EVALUATE spills every chỉ tiêu with the CLI's figures and level, and the overall result", () => {
    const table = fx.evaluate(ranges.unit!, ranges.roster!, ranges.awards!, ranges.certificates!, ranges.training!, ranges.self!, undefined);
    expect(table[0]).toEqual(["Chỉ tiêu", "Nội dung", "Số đạt", "Tổng số", "Tỷ lệ", "Mức"]);
    for (const ind of cli.indicators) {
      const row = table.find((r) => r[0] === ind.id)!;
      expect([row[0], row[2], row[3], row[5]]).toEqual([ind.id, ind.numerator ?? "", ind.denominator ?? "", LABELS[String(ind.level)]]);
    }
    for (const c of cli.criteria) expect(table.find((r) => r[0] === `Tiêu chí ${c.id}`)![5]).toBe(LABELS[String(c.level)]);
    expect(table[table.length - 1]![5]).toBe(cli.overall.label);
    expect(table.flat().every((v) => v !== null && v !== undefined)).toBe(true);
  });

  test("DVHT.INDICATOR gives each chỉ tiêu's level and figures", () => {
    for (const ind of cli.indicators) {
      const call = (what: unknown) =>
        fx.indicator(ind.id, ranges.unit!, ranges.roster!, ranges.awards!, ranges.certificates!, ranges.training!, ranges.self!, what);
      expect([ind.id, call(null)]).toEqual([ind.id, LABELS[String(ind.level)]]);
      if (ind.denominator !== null) expect([call("số đạt"), call("tổng số")]).toEqual([ind.numerator, ind.denominator]);
    }
  });

  test("DVHT.LEVEL on each share's figures, then CRITERION and OVERALL, give the CLI's levels", () => {
    const shares = cli.indicators.filter((i) => i.denominator !== null && i.level !== null);
    expect(shares.length).toBeGreaterThanOrEqual(6);
    for (const ind of shares) {
      const level = fx.level(ind.id, [[`${ind.numerator}/${ind.denominator}`]], cli.ruleSet, "Phổ thông");
      expect([ind.id, level]).toEqual([ind.id, LABELS[String(ind.level)]]);
      // the same through a ratio computed in a cell (floating point)
      expect(fx.level(ind.id, [[ind.numerator! / ind.denominator!]], cli.ruleSet, "Phổ thông")).toBe(level);
    }
    const criterionLevels = cli.criteria.map((c) =>
      fx.criterion(cli.indicators.filter((i) => i.criterion === c.id).map((i) => [LABELS[String(i.level)]]), cli.ruleSet),
    );
    expect(criterionLevels).toEqual(cli.criteria.map((c) => LABELS[String(c.level)]));
    expect(fx.overall(criterionLevels.map((l) => [l]), cli.ruleSet)).toBe(cli.overall.label);
  });

  test("a required sheet without its columns is #VALUE! naming the argument", () => {
    (globalThis as Record<string, unknown>).CustomFunctions = undefined;
    expect(() => fx.evaluate(ranges.unit!, [["Tên"], ["A"]], ranges.awards!, ranges.certificates!, ranges.training!, undefined, undefined)).toThrow(
      /đối số roster/,
    );
  });
});
