/**
 * src/excel/read.ts against the Excel fake: Excel's used range starts at the first non-empty cell, so a
 * sheet whose table begins below and to the right of A1 must still be read at its sheet positions (rows
 * and columns keep their Excel numbers for messages); dvht's own hidden results sheet is not input.
 */
import { readExcelWorkbook } from "../../src/excel/read";
import { LIVE_RESULTS_SHEET } from "../../src/workbook/live";
import { FakeContext } from "../helpers/fake-excel";

test("a table starting at C4 is read at its sheet positions, and its used size counts from A1", async () => {
  const fake = new FakeContext([{ name: "Thành viên", rows: [[], [], [], ["", "", "Mã", "Họ và tên"], ["", "", "CB1", "Nguyễn Văn A"]] }]);
  const read = await readExcelWorkbook(fake.context);
  const sheet = read.data.sheets.find((s) => s.name === "Thành viên")!;
  expect(sheet.rows).toEqual([[], [], [], [null, null, "Mã", "Họ và tên"], [null, null, "CB1", "Nguyễn Văn A"]]);
  // Rows 1–5 and columns A–D: a formula's reference from A1 must reach the table's last cell.
  expect(read.ranges.get("Thành viên")).toEqual({ sheet: "Thành viên", rowCount: 5, columnCount: 4 });
});

test("the live Phụ lục's hidden results sheet is not input; a visible sheet of that name is", async () => {
  const names = async (visibility: string) => {
    const fake = new FakeContext([
      { name: LIVE_RESULTS_SHEET, rows: [["Chỉ tiêu", "Nội dung"]] },
      { name: "Ghi chú", rows: [["x"]] },
    ]);
    fake.sheet(LIVE_RESULTS_SHEET)!.visibility = visibility;
    return (await readExcelWorkbook(fake.context)).data.sheets.map((s) => s.name);
  };
  expect(await names("Hidden")).toEqual(["Ghi chú"]);
  expect(await names("Visible")).toEqual([LIVE_RESULTS_SHEET, "Ghi chú"]);
});
