/** “Ghép cột”: a unit's own sheet and header names mapped to dvht's, in the core, the CLI and DVHT.EVALUATE. */
import { join } from "node:path";
import { assessWorkbook } from "../../src/workbook/assess";
import { applyMapping, extractMapping, mappingFromRows, mappingToRows, parseMappingJson, SETTINGS_SHEET_NAME, type WorkbookMapping } from "../../src/workbook/mapping";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { writeWorkbookData } from "../../src/xlsx/write-data";
import * as impl from "../../src/functions/impl";
import { buildWorkbook } from "../helpers/workbook-builder";
import { freshDir } from "../helpers/tmp";
import { runCli } from "../helpers/capture";

const MAPPING: WorkbookMapping = {
  sheets: [
    {
      sheet: "Thành viên",
      from: "DS cán bộ 2025",
      columns: [
        { from: "Tên CBGVNV", to: "Họ và tên" },
        { from: "CDHT?", to: "Công dân học tập" },
      ],
    },
  ],
};

/** The canonical builder's workbook with the roster renamed the way a unit keeps it. */
function unitsOwn(): WorkbookData {
  const data = buildWorkbook({ members: 12 });
  return {
    sheets: data.sheets.map((s) => {
      if (s.name !== "Thành viên") return s;
      const header = s.rows[0]!.map((v) => (v === "Họ và tên" ? "Tên CBGVNV" : v === "Công dân học tập" ? "CDHT?" : v));
      return { name: "DS cán bộ 2025", rows: [header, ...s.rows.slice(1)] };
    }),
  };
}

describe("applyMapping", () => {
  test("the unit's own names cannot be read; mapped, they evaluate as the canonical workbook", () => {
    const canonical = assessWorkbook(buildWorkbook({ members: 12 }));
    expect(assessWorkbook(unitsOwn()).evaluation).toBeNull();
    const mapped = assessWorkbook(applyMapping(unitsOwn(), MAPPING));
    expect(mapped.evaluation!.indicators.map((i) => [i.id, i.level, i.numerator])).toEqual(
      canonical.evaluation!.indicators.map((i) => [i.id, i.level, i.numerator]),
    );
  });

  test("is pure and a no-op without a mapping", () => {
    const data = unitsOwn();
    const copy = JSON.stringify(data);
    applyMapping(data, MAPPING);
    expect(JSON.stringify(data)).toBe(copy);
    expect(applyMapping(data, null)).toBe(data);
  });

  test("round-trips through the settings sheet's rows and through JSON", () => {
    expect(mappingFromRows(mappingToRows(MAPPING))).toEqual(MAPPING);
    expect(parseMappingJson(JSON.stringify(MAPPING))).toEqual(MAPPING);
    const withSettings: WorkbookData = { sheets: [...unitsOwn().sheets, { name: SETTINGS_SHEET_NAME, rows: mappingToRows(MAPPING) }] };
    const { data, mapping } = extractMapping(withSettings);
    expect(mapping).toEqual(MAPPING);
    expect(data.sheets.some((s) => s.name === SETTINGS_SHEET_NAME)).toBe(false);
  });
});

describe("the same mapping everywhere", () => {
  test("the CLI reads the settings sheet saved in the workbook", async () => {
    const dir = freshDir("mapping-cli");
    const file = join(dir, "rieng.xlsx");
    await writeWorkbookData({ sheets: [...unitsOwn().sheets, { name: SETTINGS_SHEET_NAME, rows: mappingToRows(MAPPING) }] }, file);
    const run = await runCli("evaluate", file, "--json");
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout) as { indicators: { id: string; level: number | null }[] };
    const canonical = assessWorkbook(buildWorkbook({ members: 12 })).evaluation!;
    expect(json.indicators.map((i) => i.level)).toEqual(canonical.indicators.map((i) => i.level));
  });

  test("DVHT.EVALUATE takes the settings range as its mapping argument", () => {
    const data = unitsOwn();
    const rows = (name: string) => data.sheets.find((s) => s.name === name)!.rows;
    const ranges = { unit: rows("Đơn vị"), roster: rows("DS cán bộ 2025"), awards: rows("Khen thưởng"), certificates: rows("Chứng chỉ"), training: rows("Bồi dưỡng") };
    expect(() => impl.evaluateRanges(ranges, null)).toThrow(/đối số roster/);
    const table = impl.evaluateRanges(ranges, impl.mappingOf(mappingToRows(MAPPING)));
    expect(table[table.length - 1]![0]).toBe("Kết quả chung");
  });
});
