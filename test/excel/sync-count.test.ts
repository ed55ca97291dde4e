/**
 * The Office.js adapter against a counting fake: reading every input sheet and writing every Phụ lục
 * takes the same small number of context.sync() calls at 10 and at 5,000 members; a user's sheet with a
 * Phụ lục's name is never overwritten; a second run replaces only dvht's own sheets.
 */
import { writeAppendixInExcel } from "../../src/excel/appendix";
import { readExcelWorkbook } from "../../src/excel/read";
import { APPENDIX_SHEETS } from "../../src/workbook/appendix";
import { LIVE_RESULTS_SHEET } from "../../src/workbook/live";
import { MARKER_HEADER as CORE_MARKER_HEADER } from "../../src/workbook/sheet-plan";
import { MARKER_HEADER as XLSX_MARKER_HEADER } from "../../src/xlsx/marker";
import { fakeUnit } from "../helpers/fake-excel";

async function run(members: number, extra: { name: string; rows: unknown[][] }[] = []) {
  const fake = fakeUnit(members, extra);
  const result = await writeAppendixInExcel(fake.context, true);
  return { fake, result };
}

describe("context.sync() calls do not grow with rows", () => {
  test("10 and 5,000 members: the same small constant", async () => {
    const small = await run(10);
    const large = await run(5000);
    expect(small.result.assessment.evaluation!.members.total).toBe(10);
    expect(large.result.assessment.evaluation!.members.total).toBe(5000);
    expect(small.result.written).toEqual([...APPENDIX_SHEETS]);
    expect(small.fake.syncs).toBe(large.fake.syncs);
    expect(small.fake.syncs).toBeLessThanOrEqual(4);
  }, 60_000);

  test("reading takes two syncs", async () => {
    const fake = fakeUnit(10);
    await readExcelWorkbook(fake.context);
    expect(fake.syncs).toBe(2);
  });
});

describe("writing never overwrites a user's sheet", () => {
  test("a user's sheet named like a Phụ lục is kept; dvht writes beside it, then replaces only its own", async () => {
    const users = { name: "Bản tổng hợp", rows: [["Bảng của tổ trưởng"]] };
    const { fake, result } = await run(10, [users]);
    expect(fake.sheet("Bản tổng hợp")!.cells[0]![0]).toBe("Bảng của tổ trưởng");
    expect(result.written[0]).toBe("Bản tổng hợp (dvht)");
    const marker = fake.sheet("dvht")!;
    expect(marker.visibility).toBe("VeryHidden");
    expect(marker.cells[0]![0]).toBe(CORE_MARKER_HEADER);
    // dvht owns its Phụ lục and the live Phụ lục's hidden results sheet.
    expect(marker.cells.slice(1).map((r) => r[0])).toEqual([...result.written, LIVE_RESULTS_SHEET]);

    const again = await writeAppendixInExcel(fake.context, true);
    expect(again.written).toEqual(result.written);
    expect(fake.sheets.filter((s) => s.name.startsWith("Bản tổng hợp")).map((s) => s.name)).toEqual(["Bản tổng hợp", "Bản tổng hợp (dvht)"]);
    expect(fake.sheet("Bản tổng hợp")!.cells[0]![0]).toBe("Bảng của tổ trưởng");
  });

  test("the marker is the same as the ExcelJS adapter's, so either can take over the other's sheets", () => {
    expect(CORE_MARKER_HEADER).toBe(XLSX_MARKER_HEADER);
  });

  test("a user's own sheet named like the results sheet: no live formulas read it, values are written", async () => {
    const { fake, result } = await run(10, [{ name: LIVE_RESULTS_SHEET, rows: [["Ghi chép của tôi"]] }]);
    expect(result.live).toBe(false);
    expect(fake.sheet(LIVE_RESULTS_SHEET)!.cells).toEqual([["Ghi chép của tôi"]]);
    expect(fake.sheet("Bản tổng hợp")!.cells.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });

  test("live formulas with custom functions, values without", async () => {
    const { fake } = await run(10);
    // Every live cell reads the one DVHT.EVALUATE on the hidden results sheet.
    const live = fake.sheet("Bản tổng hợp")!.cells.flat().filter((v) => typeof v === "string" && v.startsWith("=INDEX('dvht kết quả'!"));
    expect(live.length).toBeGreaterThan(10);
    const results = fake.sheet(LIVE_RESULTS_SHEET)!;
    expect(results.visibility).toBe("Hidden");
    expect(results.cells[0]![0]).toMatch(/^=DVHT\.EVALUATE\('Đơn vị'!\$A\$1:\$[A-Z]+\$\d+,'Thành viên'!/);
    const plain = fakeUnit(10);
    const result = await writeAppendixInExcel(plain.context, false);
    expect(result.live).toBe(false);
    expect(plain.sheet("Bản tổng hợp")!.cells.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });
});
