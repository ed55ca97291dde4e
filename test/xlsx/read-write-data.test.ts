import * as ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { buildWorkbookFromData, readWorkbookBuffer, readWorkbookFile, writeWorkbookData } from "../../src/xlsx";
import { outPath } from "./helpers";

const data: WorkbookData = {
  sheets: [
    {
      name: "Thành viên",
      rows: [
        ["STT", "Mã", "Họ và tên", "Chức vụ", "Công dân học tập", "Ngày cấp"],
        [1, "CB01", "Nguyễn Thị Hằng", "Hiệu trưởng", "Có", new Date(Date.UTC(2024, 2, 15))],
        [2, "0123", "Trần Đức Việt", "Giáo viên", "Không", new Date(Date.UTC(1999, 11, 31, 13, 45, 30))],
        [],
        [3, null, "Lê Văn Ánh   ", null, true],
        [-4.25, 1234567.891, 0.1, 1e-7, false, 45000],
        ["Ỷ Lan, Đặng Thùy Trâm; ờ ở ỡ ợ ứ", { error: "#N/A" }, { error: "#DIV/0!" }],
      ],
    },
    { name: "Đơn vị", rows: [["Thông tin", "Giá trị"], ["Tên đơn vị", "Trường THCS Hòa Bình"], ["Năm đánh giá", 2025]] },
    { name: "Trống", rows: [] },
  ],
};

describe("WorkbookData round trip", () => {
  it("reads back the same values, with empty rows kept in place", async () => {
    const file = outPath("roundtrip.xlsx");
    await writeWorkbookData(data, file);
    const back = await readWorkbookFile(file);
    expect(back).toEqual(data);
  });

  it("reads the same from a buffer, an ArrayBuffer and a Uint8Array", async () => {
    const bytes = Buffer.from(await buildWorkbookFromData(data).xlsx.writeBuffer());
    expect(await readWorkbookBuffer(bytes)).toEqual(data);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(await readWorkbookBuffer(arrayBuffer)).toEqual(data);
    expect(await readWorkbookBuffer(new Uint8Array(bytes))).toEqual(data);
  });

  it("writes the header row bold and dates with a date format", async () => {
    const file = outPath("roundtrip-format.xlsx");
    await writeWorkbookData(data, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Thành viên")!;
    expect(ws.getCell("C1").font?.bold).toBe(true);
    expect(ws.getCell("C2").font?.bold).toBeFalsy();
    expect(ws.getCell("F2").numFmt).toBe("dd/mm/yyyy");
  });
});

describe("reading what Excel stores", () => {
  const file = outPath("excel-values.xlsx");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Công thức");
    ws.getCell("A1").value = 2;
    ws.getCell("B1").value = { formula: "A1*10", result: 20 };
    ws.getCell("C1").value = { formula: "NA()", result: { error: "#N/A" as ExcelJS.ErrorValue } };
    ws.getCell("D1").value = { formula: "A1+1" }; // never calculated: no cached result
    ws.getCell("E1").value = { formula: "IF(A1>1,\"Đạt\",\"Không đạt\")", result: "Đạt" };
    ws.getCell("F1").value = { formula: "A1>1", result: true };
    ws.getCell("G1").value = { formula: "DATE(2025,1,2)", result: new Date(Date.UTC(2025, 0, 2)) };
    ws.getCell("G1").numFmt = "dd/mm/yyyy";
    ws.getCell("H1").value = { formula: "1/0", result: { error: "#DIV/0!" as ExcelJS.ErrorValue } };
    // Shared formula: B2:B4 share B2's formula.
    ws.getCell("A2").value = 1;
    ws.getCell("A3").value = 2;
    ws.getCell("A4").value = 3;
    ws.fillFormula("B2:B4", "A2*2", [2, 4, 6]);
    // An array formula with a cached result.
    ws.getCell("C2").value = { formula: "SUM(A2:A4*1)", result: 6, shareType: "array", ref: "C2" } as ExcelJS.CellFormulaValue;

    const texts = wb.addWorksheet("Văn bản");
    texts.getCell("A1").value = { richText: [{ text: "Nguyễn " }, { text: "Văn", font: { bold: true } }, { text: " An" }] };
    texts.getCell("B1").value = { text: "Cổng thông tin", hyperlink: "https://moet.gov.vn" };
    texts.getCell("C1").value = {
      text: { richText: [{ text: "Liên " }, { text: "kết", font: { italic: true } }] },
      hyperlink: "https://example.vn",
    } as unknown as ExcelJS.CellHyperlinkValue;
    texts.getCell("D1").value = { error: "#REF!" as ExcelJS.ErrorValue };

    const merged = wb.addWorksheet("Gộp ô");
    merged.getCell("A1").value = "Tiêu đề gộp";
    merged.mergeCells("A1:C1");
    merged.getCell("D1").value = "sau";
    merged.getCell("A3").value = "dọc";
    merged.mergeCells("A3:A5");
    merged.getCell("B4").value = "giữa";
    merged.getCell("B7").value = "cuối";
    // Formatted but empty trailing rows are not kept.
    merged.getCell("A20").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

    await wb.xlsx.writeFile(file);
  });

  it("gives a formula's cached result, errors as {error}, and null when nothing is cached", async () => {
    const sheet = (await readWorkbookFile(file)).sheets.find((s) => s.name === "Công thức")!;
    expect(sheet.rows[0]).toEqual([2, 20, { error: "#N/A" }, null, "Đạt", true, new Date(Date.UTC(2025, 0, 2)), { error: "#DIV/0!" }]);
    expect(sheet.rows.slice(1, 4)).toEqual([[1, 2, 6], [2, 4], [3, 6]]);
  });

  it("joins rich text, reads hyperlinks as their text and error values as {error}", async () => {
    const sheet = (await readWorkbookFile(file)).sheets.find((s) => s.name === "Văn bản")!;
    expect(sheet.rows).toEqual([["Nguyễn Văn An", "Cổng thông tin", "Liên kết", { error: "#REF!" }]]);
  });

  it("puts a merged block's value in its top-left cell only and drops trailing empty rows", async () => {
    const sheet = (await readWorkbookFile(file)).sheets.find((s) => s.name === "Gộp ô")!;
    expect(sheet.rows).toEqual([["Tiêu đề gộp", null, null, "sau"], [], ["dọc"], [null, "giữa"], [], [], [null, "cuối"]]);
  });

  it("keeps the tab order", async () => {
    const names = (await readWorkbookFile(file)).sheets.map((s) => s.name);
    expect(names).toEqual(["Công thức", "Văn bản", "Gộp ô"]);
  });
});
