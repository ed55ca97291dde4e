/**
 * The live Phụ lục recalculated by a real formula engine: the bundled sample's input sheets and the
 * written Bản tổng hợp and Tỷ lệ chỉ tiêu formulas go into HyperFormula with the DVHT functions
 * registered; every formula cell must compute the engine's value. Then an edit to the roster moves the
 * levels, as it would in Excel.
 */
import { join } from "node:path";
import { HyperFormula } from "hyperformula";
import { assessWorkbook } from "../../src/workbook/assess";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { LIVE_RESULTS_SHEET, liveAppendixSheets, sheetRef, type InputRefs } from "../../src/workbook/live";
import type { SheetModel } from "../../src/workbook/sheet-model";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";
import { readWorkbookFile } from "../../src/xlsx/read";
import { calls, registerDvht } from "../helpers/hyperformula-dvht";

const SAMPLE = join(__dirname, "..", "..", "samples", "truong-tieu-hoc-an-binh.xlsx");
const INPUTS = { unit: "Đơn vị", roster: "Thành viên", awards: "Khen thưởng", certificates: "Chứng chỉ", training: "Bồi dưỡng", selfAssessment: "Tự đánh giá" };

function hfCell(v: CellValue): string | number | boolean | null {
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return null;
  if (typeof v === "string" && v.startsWith("=")) return "'" + v;
  return v;
}

let data: WorkbookData;
let models: SheetModel[];
let hf: HyperFormula;

beforeAll(async () => {
  registerDvht();
  data = await readWorkbookFile(SAMPLE);
  const assessment = assessWorkbook(data);
  const refs = Object.fromEntries(
    Object.entries(INPUTS).map(([key, name]) => {
      const sheet = data.sheets.find((s) => s.name === name)!;
      return [key, sheetRef(name, sheet.rows.length + 20, Math.max(...sheet.rows.map((r) => r.length)))];
    }),
  ) as unknown as InputRefs;
  models = liveAppendixSheets(buildAppendixSheets(assessment.evaluation!, assessment.input!.selfAssessments, assessment.ruleSet!), refs);
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const s of data.sheets) sheets[s.name] = s.rows.map((r) => r.map(hfCell));
  for (const m of models) sheets[m.name] = m.rows.map((r) => r.map((c) => (c?.formula ? "=" + c.formula : hfCell(c?.value ?? null))));
  hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
});

afterAll(() => hf?.destroy());

function formulaOf(c: { sheet: string; row: number; col: number }): string {
  return models.find((m) => m.name === c.sheet)!.rows[c.row]![c.col]!.formula!;
}

function formulaCells(): { sheet: string; row: number; col: number; expected: CellValue }[] {
  return models.flatMap((m) =>
    m.rows.flatMap((r, row) => r.flatMap((c, col) => (c?.formula ? [{ sheet: m.name, row, col, expected: c.value }] : []))),
  );
}

describe("the live Phụ lục in HyperFormula", () => {
  test("has formulas for every level and figure that follows the input", () => {
    const cells = formulaCells();
    const bySheet = (name: string) => cells.filter((c) => c.sheet === name).length;
    // every chỉ tiêu (15), every tiêu chí (3), the unit
    expect(bySheet("Bản tổng hợp")).toBe(15 + 3 + 1);
    expect(bySheet("Tỷ lệ chỉ tiêu")).toBe(6 * 4);
    expect(bySheet(LIVE_RESULTS_SHEET)).toBe(1);
  });

  test("one evaluation serves every cell: the input ranges are read by one DVHT.EVALUATE, the rest is INDEX", () => {
    const dvhtCalls = formulaCells().filter((c) => /DVHT\./.test(formulaOf(c)));
    expect(dvhtCalls.map((c) => c.sheet)).toEqual([LIVE_RESULTS_SHEET]);
    expect(formulaOf(dvhtCalls[0]!)).toMatch(/^DVHT\.EVALUATE\('Đơn vị'!\$A\$1:/);
    expect([...calls.entries()]).toEqual([["DVHT.EVALUATE", 1]]);
  });

  test("every formula cell computes the engine's value", () => {
    const mismatches: string[] = [];
    for (const c of formulaCells()) {
      const got = hf.getCellValue({ sheet: hf.getSheetId(c.sheet)!, row: c.row, col: c.col });
      const ok = typeof c.expected === "number" && typeof got === "number" ? Math.abs(got - c.expected) < 1e-9 : got === c.expected;
      if (!ok) mismatches.push(`${c.sheet}!R${c.row + 1}C${c.col + 1}: ${JSON.stringify(got)} ≠ ${JSON.stringify(c.expected)}`);
    }
    expect(mismatches).toEqual([]);
  });

  test("an edit to the roster moves the figures and levels", () => {
    const roster = data.sheets.find((s) => s.name === "Thành viên")!;
    const header = roster.rows.findIndex((r) => r.includes("Công dân học tập"));
    const col = roster.rows[header]!.indexOf("Công dân học tập");
    const sheet = hf.getSheetId("Thành viên")!;
    // Five members lose Công dân học tập: 3.1 falls from 43/44 to 38/44 (86,4%) → Không đạt.
    let changed = 0;
    for (let r = header + 1; r < roster.rows.length && changed < 5; r++) {
      if (roster.rows[r]?.[col] === "Có") {
        hf.setCellContents({ sheet, row: r, col }, "Không");
        changed++;
      }
    }
    const ratios = models.find((m) => m.name === "Tỷ lệ chỉ tiêu")!;
    const row = ratios.rows.findIndex((r) => typeof r[0]?.value === "string" && (r[0].value as string).startsWith("3.1."));
    const at = (sheetName: string, r: number, c: number) => hf.getCellValue({ sheet: hf.getSheetId(sheetName)!, row: r, col: c });
    expect(at("Tỷ lệ chỉ tiêu", row, 2)).toBe(38);
    expect(at("Tỷ lệ chỉ tiêu", row, ratios.rows[row]!.length - 1)).toBe("Không đạt");
    const summary = models.find((m) => m.name === "Bản tổng hợp")!;
    const overall = summary.rows.findIndex((r) => typeof r[1]?.value === "string" && (r[1].value as string).startsWith("KẾT QUẢ"));
    expect(at("Bản tổng hợp", overall, 3)).toBe("Không đạt");
    // Five edits, and still one evaluation per recalculation (HyperFormula recalculates after each edit).
    expect(calls.get("DVHT.EVALUATE")).toBe(1 + 5);
  });
});
