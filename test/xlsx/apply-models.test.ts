import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import type { SheetModel } from "../../src/workbook/sheet-model";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import {
  appendSheetsToBuffer,
  appendSheetsToFile,
  applySheetModels,
  markedSheetNames,
  readWorkbookFile,
  WorkbookWriteError,
  writeWorkbookData,
} from "../../src/xlsx";
import { alternativeSheetName, sanitizeSheetName } from "../../src/xlsx/sheet-names";
import { outPath, sha256 } from "./helpers";

function appendix(name: string, title = "PHỤ LỤC I"): SheetModel {
  const box = { border: true, verticalAlign: "middle" as const, wrap: true };
  return {
    name,
    rows: [
      [{ value: title, style: { bold: true, fontSize: 14, align: "center" } }, null, null, null],
      [
        { value: "Chỉ tiêu", style: { ...box, bold: true, fill: "D9E1F2" } },
        { value: "Tỷ lệ", style: { ...box, bold: true, fill: "D9E1F2" } },
        { value: "Mức", style: { ...box, bold: true, fill: "D9E1F2" } },
        { value: "Ngày", style: { ...box, bold: true, fill: "D9E1F2" } },
      ],
      [
        { value: "2.5", style: box },
        { value: 0.9667, formula: "29/30", style: { ...box, numberFormat: "0.0%", align: "right" } },
        { value: { error: "#N/A" }, formula: "NA()", style: { ...box, italic: true } },
        { value: new Date(Date.UTC(2025, 11, 31)), style: box },
      ],
      [{ value: "Ghi chú", style: { italic: true } }, { value: null, formula: "B3*2" }],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [12, 10, 14, 12],
    frozenRows: 2,
  };
}

const userData: WorkbookData = {
  sheets: [
    { name: "Thành viên", rows: [["Họ và tên", "Công dân học tập"], ["Phạm Thị Thu", "Có"]] },
    { name: "Phụ lục I", rows: [["Bản của tôi — đừng xoá"], [1, 2, 3], [], [null, "Ghi chú riêng", new Date(Date.UTC(2025, 0, 1))]] },
    { name: "Cuối", rows: [["z"]] },
  ],
};

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

describe("applySheetModels", () => {
  it("writes values, formulas with cached results, styles, merges, widths and frozen rows", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Thành viên").getCell("A1").value = "x";
    expect(applySheetModels(wb, [appendix("Phụ lục I")]).written).toEqual(["Phụ lục I"]);
    const file = outPath("models", "styles.xlsx");
    await wb.xlsx.writeFile(file);

    const back = await load(file);
    const ws = back.getWorksheet("Phụ lục I")!;
    expect(ws.getCell("A1").value).toBe("PHỤ LỤC I");
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A3").font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(ws.getCell("A3").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("A3").alignment).toMatchObject({ vertical: "middle", wrapText: true });
    expect(ws.getCell("B3").value).toMatchObject({ formula: "29/30", result: 0.9667 });
    expect(ws.getCell("B3").numFmt).toBe("0.0%");
    expect(ws.getCell("C3").value).toMatchObject({ formula: "NA()", result: { error: "#N/A" } });
    expect(ws.getCell("C3").font?.italic).toBe(true);
    expect(ws.getCell("D3").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("B4").formula).toBe("B3*2");
    expect(ws.model.merges).toEqual(["A1:D1"]);
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([12, 10, 14, 12]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });

    const values = (await readWorkbookFile(file)).sheets.find((s) => s.name === "Phụ lục I")!.rows;
    expect(values).toEqual([
      ["PHỤ LỤC I"],
      ["Chỉ tiêu", "Tỷ lệ", "Mức", "Ngày"],
      ["2.5", 0.9667, { error: "#N/A" }, new Date(Date.UTC(2025, 11, 31))],
      ["Ghi chú"],
    ]);
  });

  it("replaces its own sheets in place on a second run and keeps one marker", async () => {
    const models = () => [appendix("Phụ lục I"), appendix("Phụ lục II", "PHỤ LỤC II")];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Thành viên");
    applySheetModels(wb, models());
    wb.addWorksheet("Sau cùng"); // the user adds a sheet after dvht's
    const onceFile = outPath("models", "once.xlsx");
    await wb.xlsx.writeFile(onceFile);

    const again = await load(onceFile);
    expect(applySheetModels(again, models()).written).toEqual(["Phụ lục I", "Phụ lục II"]);
    const twiceFile = outPath("models", "twice.xlsx");
    await again.xlsx.writeFile(twiceFile);

    const back = await load(twiceFile);
    const visible = back.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
    expect(visible).toEqual(["Thành viên", "Phụ lục I", "Phụ lục II", "Sau cùng"]);
    const hidden = back.worksheets.filter((ws) => ws.state !== "visible");
    expect(hidden.map((ws) => [ws.name, ws.state])).toEqual([["dvht", "veryHidden"]]);
    expect(markedSheetNames(back)).toEqual(["Phụ lục I", "Phụ lục II"]);
    // Same content as after one run; the reader leaves the marker out.
    const twice = await readWorkbookFile(twiceFile);
    expect(twice).toEqual(await readWorkbookFile(onceFile));
    expect(twice.sheets.map((s) => s.name)).toEqual(["Thành viên", "Phụ lục I", "Phụ lục II", "Sau cùng"]);
    expect(back.getWorksheet("Phụ lục I")!.model.merges).toEqual(["A1:D1"]);

    // A third run with new content replaces the old content in the same tab.
    const third = await load(twiceFile);
    applySheetModels(third, [appendix("Phụ lục I", "PHỤ LỤC I (lần 3)")]);
    expect(third.worksheets.map((ws) => ws.name)).toEqual(["Thành viên", "Phụ lục I", "Phụ lục II", "dvht", "Sau cùng"]);
    expect(third.getWorksheet("Phụ lục I")!.getCell("A1").value).toBe("PHỤ LỤC I (lần 3)");
  });

  it("keeps a user's sheet of the same name and writes to '<name> (dvht)', then reuses that name", async () => {
    const input = outPath("models", "user-input.xlsx");
    await writeWorkbookData(userData, input);
    const inputHash = sha256(input);
    const out1 = outPath("models", "user-out-1.xlsx");
    const r1 = await appendSheetsToFile(input, out1, [appendix("Phụ lục I"), appendix("Phụ lục II")]);
    expect(r1.written).toEqual(["Phụ lục I (dvht)", "Phụ lục II"]);
    expect(sha256(input)).toBe(inputHash);

    const data1 = await readWorkbookFile(out1);
    for (const sheet of userData.sheets) expect(data1.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(data1.sheets.map((s) => s.name)).toEqual(["Thành viên", "Phụ lục I", "Cuối", "Phụ lục I (dvht)", "Phụ lục II"]);

    const out2 = outPath("models", "user-out-2.xlsx");
    const r2 = await appendSheetsToFile(out1, out2, [appendix("Phụ lục I"), appendix("Phụ lục II")]);
    expect(r2.written).toEqual(["Phụ lục I (dvht)", "Phụ lục II"]);
    const data2 = await readWorkbookFile(out2);
    expect(data2).toEqual(data1);
  });

  it("treats sheet names without regard to case or Unicode form, and never reuses a name twice in one call", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("PHỤ LỤC I");
    wb.addWorksheet("Phụ lục I (dvht)".normalize("NFD"));
    const { written } = applySheetModels(wb, [appendix("Phụ lục I"), appendix("Phụ lục I")]);
    expect(written).toEqual(["Phụ lục I (dvht 2)", "Phụ lục I (dvht 3)"]);
  });

  it("never takes the name of dvht's own marker sheet", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a");
    applySheetModels(wb, [appendix("x")]);
    expect(applySheetModels(wb, [appendix("dvht")]).written).toEqual(["dvht (dvht)"]);
  });

  it("forgets a marked sheet the user deleted", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a");
    applySheetModels(wb, [appendix("Phụ lục I"), appendix("Phụ lục II")]);
    wb.removeWorksheet(wb.getWorksheet("Phụ lục II")!.id);
    applySheetModels(wb, [appendix("Phụ lục I")]);
    expect(markedSheetNames(wb)).toEqual(["Phụ lục I"]);
  });
});

describe("sheet names", () => {
  it("respects Excel's characters and 31-character limit", () => {
    expect(sanitizeSheetName("Phụ lục I: tỷ lệ [2025]/2026?*\\")).toBe("Phụ lục I- tỷ lệ -2025--2026---");
    expect(sanitizeSheetName("'Trích'")).toBe("Trích");
    expect(sanitizeSheetName("   ")).toBe("Trang");
    const long = "Phụ lục III: Tổng hợp kết quả đánh giá các chỉ tiêu";
    expect(sanitizeSheetName(long)).toHaveLength(31);
    expect(alternativeSheetName(sanitizeSheetName(long), 1)).toMatch(/ \(dvht\)$/);
    expect(alternativeSheetName(sanitizeSheetName(long), 1).length).toBeLessThanOrEqual(31);
    expect(alternativeSheetName("Phụ lục I", 12)).toBe("Phụ lục I (dvht 12)");
  });

  it("writes a long model name that collides with a user's sheet within the limit", () => {
    const wb = new ExcelJS.Workbook();
    const long = "Tổng hợp kết quả đánh giá chỉ tiêu 2025";
    wb.addWorksheet(sanitizeSheetName(long));
    const [name] = applySheetModels(wb, [appendix(long)]).written;
    expect(name!.length).toBeLessThanOrEqual(31);
    expect(name).toMatch(/ \(dvht\)$/);
  });
});

describe("appendSheetsToFile", () => {
  it("refuses to write over its input unless told to", async () => {
    const input = outPath("models", "same.xlsx");
    await writeWorkbookData(userData, input);
    const hash = sha256(input);
    const error = await appendSheetsToFile(input, input, [appendix("Phụ lục II")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).code).toBe("sameFile");
    expect(sha256(input)).toBe(hash);

    const result = await appendSheetsToFile(input, input, [appendix("Phụ lục II")], { allowSameFile: true });
    expect(result.written).toEqual(["Phụ lục II"]);
    expect((await readWorkbookFile(input)).sheets.map((s) => s.name)).toContain("Phụ lục II");
  });

  it("reports an unwritable output with a Vietnamese message", async () => {
    const input = outPath("models", "src.xlsx");
    await writeWorkbookData(userData, input);
    const missingDir = outPath("models", "missing-parent") + "/deeper/out.xlsx";
    const error2 = (await appendSheetsToFile(input, missingDir, []).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error2).toBeInstanceOf(WorkbookWriteError);
    expect(error2.code).toBe("cannotWrite");
    expect(error2.message).toContain("Không ghi được tệp");
  });

  it("works on buffers and leaves the input buffer as it was", async () => {
    const input = outPath("models", "buffer-in.xlsx");
    await writeWorkbookData(userData, input);
    const bytes = readFileSync(input);
    const copy = Buffer.from(bytes);
    const { written, buffer } = await appendSheetsToBuffer(bytes, [appendix("Phụ lục I")]);
    expect(written).toEqual(["Phụ lục I (dvht)"]);
    expect(bytes.equals(copy)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Phụ lục I (dvht)")).toBeDefined();
  });

  it("carries a user's whole-column drop-down through unchanged and fast", async () => {
    const input = outPath("models", "validation-in.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Thành viên");
    ws.getCell("A1").value = "Công dân học tập";
    (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add("A2:A1048576", {
      type: "list",
      allowBlank: true,
      formulae: ['"Có,Không"'],
    });
    ws.getCell("B5").dataValidation = { type: "whole", operator: "between", formulae: [1, 9] };
    ws.getCell("B6").dataValidation = { type: "whole", operator: "between", formulae: [1, 9] };
    await wb.xlsx.writeFile(input);

    const out = outPath("models", "validation-out.xlsx");
    const started = Date.now();
    await appendSheetsToFile(input, out, [appendix("Phụ lục I")]);
    expect(Date.now() - started).toBeLessThan(5000);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const sqrefs = [...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(sqrefs).toEqual(["A2:A1048576", "B5:B6"]);
  });
});

test("a model's print setup: A4, one page wide, margins in millimetres, repeated header row, page numbers", async () => {
  const workbook = new ExcelJS.Workbook();
  const model: SheetModel = {
    name: "In thử",
    rows: [[{ value: "Tiêu đề" }], [{ value: "Cột" }], [{ value: 1 }]],
    merges: [],
    columnWidths: [20],
    print: { orientation: "landscape", repeatRows: { first: 1, last: 1 } },
  };
  applySheetModels(workbook, [model]);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const ws = reread.getWorksheet("In thử")!;
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.pageSetup.margins!.left).toBeCloseTo(30 / 25.4, 3);
  expect(ws.pageSetup.printTitlesRow).toBe("2:2");
  expect(ws.headerFooter.oddFooter).toBe("&CTrang &P/&N");
});
