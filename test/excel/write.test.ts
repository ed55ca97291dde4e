/**
 * src/excel/write.ts against a fake that fails like Excel (test/helpers/fake-excel.ts): every value,
 * formula, number format, style, merge, width and frozen row of a hand-built model must land in the cell
 * the model names — so an off-by-one range, a lost merge or number format, or a text taken for a formula
 * fails here. The expected cells are written out by hand from the model below.
 */
import { writeSheetModels } from "../../src/excel/write";
import type { ModelCell, SheetModel } from "../../src/workbook/sheet-model";
import { FakeContext, FakeExcelError, parseAddress } from "../helpers/fake-excel";

// A re-run reads dvht's sheets back through Range.formulas to check their fingerprints.

const text = (value: string, style?: ModelCell["style"]): ModelCell => ({ value, style });

/** A small Phụ lục-like sheet: a merged title, a header, two rows with formats, a formula, an error. */
function model(name = "Bảng thử"): SheetModel {
  return {
    name,
    rows: [
      [text("BẢNG TỔNG HỢP", { bold: true, align: "center", fontSize: 14 }), null, null],
      [text("Chỉ tiêu", { bold: true, border: true, fill: "D9E1F2" }), text("Tỷ lệ", { bold: true, border: true, fill: "D9E1F2" }), text("Ngày", { bold: true, border: true, fill: "D9E1F2" })],
      [text("2.5"), { value: 0.9767, style: { numberFormat: "0.0%" } }, { value: new Date(Date.UTC(2024, 11, 31)), style: { numberFormat: "dd/mm/yyyy" } }],
      [text("=không phải công thức"), { value: 0.5, formula: "DVHT.RATIO(\"2.5\")", style: { numberFormat: "0.0%" } }, { value: { error: "#N/A" } }],
      [text("'trích dẫn"), { value: 1234, style: { numberFormat: "#,##0", align: "right" } }],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [10, 12, 14],
    frozenRows: 2,
  };
}

async function write(models: SheetModel[], options: Parameters<typeof writeSheetModels>[2] = {}, fake = new FakeContext([{ name: "Thành viên", rows: [["Mã"]] }])) {
  const result = await writeSheetModels(fake.context, models, options);
  return { fake, result };
}

describe("the fake fails like Excel", () => {
  const fake = new FakeContext([{ name: "Trang", rows: [] }]);
  const ws = fake.sheet("Trang")!;

  test("a 2-D array of the wrong size is refused", () => {
    const range = ws.getRangeByIndexes(0, 0, 2, 2);
    expect(() => (range.values = [["a", "b"]])).toThrow(FakeExcelError);
    expect(() => (range.formulas = [["a", "b", "c"], ["d", "e", "f"]])).toThrow(/does not match/);
    expect(() => (range.numberFormat = [["0"], ["0"]])).toThrow(/does not match/);
    range.values = [["a", "b"], ["c", "d"]];
    expect(ws.cells).toEqual([["a", "b"], ["c", "d"]]);
  });

  test("bad addresses, indexes, sheet names and unknown sheets throw", () => {
    for (const bad of ["", "A", "A0", "1A", "XFE1", "A1:B2:C3", "Trang!A1"]) expect(() => ws.getRange(bad)).toThrow(FakeExcelError);
    expect(parseAddress("$B$2:C3")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseAddress("C:C")).toEqual({ top: 0, left: 2, bottom: 1_048_575, right: 2 });
    expect(() => ws.getRangeByIndexes(-1, 0, 1, 1)).toThrow(FakeExcelError);
    expect(() => ws.getRangeByIndexes(0, 0, 0, 1)).toThrow(FakeExcelError);
    expect(() => ws.getRangeByIndexes(1_048_576, 0, 1, 1)).toThrow(FakeExcelError);
    expect(() => fake.context.workbook.worksheets.getItem("Không có")).toThrow(/ItemNotFound/);
    expect(() => fake.context.workbook.worksheets.add("trang")).toThrow(/ItemAlreadyExists/);
    expect(() => fake.context.workbook.worksheets.add("Tên/sai")).toThrow(FakeExcelError);
    expect(() => fake.context.workbook.worksheets.add("x".repeat(32))).toThrow(FakeExcelError);
  });

  test("merging keeps the top-left value; a leading ' makes text", () => {
    const range = ws.getRangeByIndexes(5, 0, 1, 2);
    range.values = [["giữ", "mất"]];
    range.merge();
    expect(ws.cells[5]).toEqual(["giữ", ""]);
    ws.getRangeByIndexes(6, 0, 1, 1).formulas = [["'=1+1"]];
    expect(ws.cells[6]![0]).toBe("=1+1");
    expect(ws.isFormula(6, 0)).toBe(false);
  });
});

describe("writeSheetModels puts every part of a model where the model says", () => {
  test("values, formulas, texts that look like formulas, dates and errors", async () => {
    const { fake } = await write([model()]);
    const ws = fake.sheet("Bảng thử")!;
    expect(ws.slice(0, 0, 5, 3)).toEqual([
      ["BẢNG TỔNG HỢP", "", ""],
      ["Chỉ tiêu", "Tỷ lệ", "Ngày"],
      // 31/12/2024 is serial 45657 (1 January 1900 is 1, with Excel's 29 February 1900).
      ["2.5", 0.9767, 45657],
      ["=không phải công thức", '=DVHT.RATIO("2.5")', "#N/A"],
      ["'trích dẫn", 1234, ""],
    ]);
    expect(ws.isFormula(3, 1)).toBe(true);
    expect(ws.isFormula(3, 0)).toBe(false);
  });

  test("without custom functions a formula cell gets its cached value", async () => {
    const { fake } = await write([model()], { formulas: false });
    expect(fake.sheet("Bảng thử")!.cells[3]![1]).toBe(0.5);
  });

  test("number formats, fonts, fills, borders and alignment per cell", async () => {
    const { fake } = await write([model()]);
    const ws = fake.sheet("Bảng thử")!;
    expect(ws.format(2, 1).numberFormat).toBe("0.0%");
    expect(ws.format(2, 2).numberFormat).toBe("dd/mm/yyyy");
    expect(ws.format(3, 1).numberFormat).toBe("0.0%");
    expect(ws.format(4, 1).numberFormat).toBe("#,##0");
    expect(ws.format(4, 1).horizontalAlignment).toBe("Right");
    expect(ws.format(2, 0).numberFormat).toBe("General");
    expect(ws.format(0, 0).font).toEqual({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.format(0, 0).horizontalAlignment).toBe("Center");
    for (let c = 0; c < 3; c++) {
      expect(ws.format(1, c).fill).toBe("#D9E1F2");
      expect(ws.format(1, c).borders).toEqual({ top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" });
    }
    expect(ws.format(2, 0).borders).toBeUndefined();
  });

  test("alike bordered rows are styled as one rectangle, and every cell inside still has all four borders", async () => {
    const bordered = { border: true } as const;
    const list: SheetModel = {
      name: "Danh sách",
      rows: Array.from({ length: 4 }, (_, r) => [text(`Người ${r + 1}`, bordered), text("lý do", bordered)]),
      merges: [],
      columnWidths: [20, 30],
    };
    const { fake } = await write([list]);
    const ws = fake.sheet("Danh sách")!;
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 2; c++) {
        expect([r, c, ws.format(r, c).borders]).toEqual([r, c, { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" }]);
      }
    }
  });

  test("merges, column widths and frozen rows", async () => {
    const { fake } = await write([model()]);
    const ws = fake.sheet("Bảng thử")!;
    expect(ws.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect([...ws.columnWidths.entries()]).toEqual([[0, 70], [1, 84], [2, 98]]);
    expect(ws.frozenRows).toBe(2);
  });

  test("a model bigger than one request is written in blocks, every row in its place", async () => {
    const rows = 5000;
    const long = "x".repeat(400);
    const big: SheetModel = {
      name: "Lớn",
      rows: Array.from({ length: rows }, (_, r) => [text(`${r}`), text(`${r}-${long}`), { value: r, style: { numberFormat: r % 2 ? "0" : "0.00" } }, text(long), text(long)]),
      merges: [],
      columnWidths: [],
    };
    const { fake, result } = await write([big]);
    const ws = fake.sheet("Lớn")!;
    // ~2.5 kB a row: three 4 MB requests and the last, besides the names' sync.
    expect(result.syncs).toBeGreaterThanOrEqual(4);
    expect(ws.cells).toHaveLength(rows);
    for (let r = 0; r < rows; r++) {
      expect(ws.cells[r]![0]).toBe(`${r}`);
      expect(ws.cells[r]![2]).toBe(r);
      expect(ws.format(r, 2).numberFormat).toBe(r % 2 ? "0" : "0.00");
    }
  });

  test("rewriting replaces only dvht's sheet: the old cells, formats and merges are gone", async () => {
    const { fake } = await write([model()]);
    const smaller: SheetModel = { name: "Bảng thử", rows: [[text("mới")]], merges: [], columnWidths: [] };
    await writeSheetModels(fake.context, [smaller]);
    const ws = fake.sheet("Bảng thử")!;
    expect(ws.slice(0, 0, 5, 3).flat().filter((v) => v !== "")).toEqual(["mới"]);
    expect(ws.merges).toEqual([]);
    expect(ws.format(2, 1).numberFormat).toBeUndefined();
    expect(ws.frozenRows).toBe(0);
    // Widths the new model does not set go back to the standard width, not the old model's.
    expect([...ws.columnWidths.entries()]).toEqual([]);
    expect(fake.sheet("Thành viên")!.cells).toEqual([["Mã"]]);
  });

  test("the marker lists dvht's sheets, very hidden; hidden models are hidden", async () => {
    const { fake, result } = await write([model("Một"), model("Hai")], { hidden: true });
    expect(result.written).toEqual(["Một", "Hai"]);
    expect(fake.sheet("Một")!.visibility).toBe("Hidden");
    const marker = fake.sheet("dvht")!;
    expect(marker.visibility).toBe("VeryHidden");
    expect(marker.cells.map((r) => r[0])).toEqual([expect.stringContaining("dvht"), "Một", "Hai"]);
    // A second run with one sheet keeps listing both (the other is still dvht's) and leaves no stale row.
    await writeSheetModels(fake.context, [model("Một")]);
    expect(marker.cells.map((r) => r[0]).filter((v) => v !== "")).toEqual([expect.stringContaining("dvht"), "Một", "Hai"]);
  });
});
