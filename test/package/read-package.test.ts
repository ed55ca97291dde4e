/**
 * What the package reader reads where it departs from ExcelJS or where ExcelJS has no answer, each value
 * written out by hand: phonetic guides left out of inline strings too, a cached FALSE, a prefixed
 * SpreadsheetML namespace, Excel tables and their totals rows, a damaged part.
 */
import { PackageDamagedError, readPackage } from "../../src/package";
import { packageTableData } from "../../src/xlsx/package-values";
import { handWorkbook, zipParts } from "./parts";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("values", () => {
  it("phonetic runs (furigana) are not part of an inline or shared string", () => {
    const bytes = zipParts(
      handWorkbook({
        sharedStrings: ["<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"0\"/></si>"],
        sheets: [
          {
            name: "S",
            body:
              '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>' +
              '<c r="B1" t="inlineStr"><is><r><t>Hà </t></r><r><t>Nội</t></r><rPh sb="0" eb="1"><t>ハノイ</t></rPh></is></c></row></sheetData>',
          },
        ],
      }),
    );
    expect(readPackage(bytes).sheets[0]!.rows).toEqual([["東京", "Hà Nội"]]);
  });

  it("a formula's cached FALSE is false (ExcelJS reads it as empty), TRUE is true", () => {
    const body = '<sheetData><row r="1"><c r="A1" t="b"><f>1=2</f><v>0</v></c><c r="B1" t="b"><f>1=1</f><v>1</v></c></row></sheetData>';
    expect(readPackage(zipParts(handWorkbook({ sheets: [{ name: "S", body }] }))).sheets[0]!.rows).toEqual([[false, true]]);
  });

  it("a worksheet written with a prefixed namespace (x:c) reads like any other", () => {
    const parts = handWorkbook({ sheets: [{ name: "S", body: "" }] });
    parts["xl/worksheets/sheet1.xml"] =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2"><x:v>42</x:v></x:c><x:c t="inlineStr"><x:is><x:t>kế tiếp</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    // The second cell has no r=: it is the one after B2.
    expect(readPackage(zipParts(parts)).sheets[0]!.rows).toEqual([[], [null, 42, "kế tiếp"]]);
  });

  it("cells land where their addresses say: a row written twice, a cell of another row, a skipped column, cells out of order", () => {
    const body =
      '<sheetData><row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>' +
      // A cell of row 4 inside row 2, then row 4 itself, then row 1 again.
      '<row r="2"><c r="B2"><v>22</v></c><c r="A4"><v>41</v></c></row>' +
      '<row r="4"><c r="C4"><v>43</v></c></row>' +
      '<row r="1"><c r="B1"><v>2</v></c></row>' +
      '<row r="5"><c r="A5"><v></v></c></row></sheetData>';
    const rows = readPackage(zipParts(handWorkbook({ sheets: [{ name: "S", body }] }))).sheets[0]!.rows;
    expect(rows).toEqual([[1, 2, 3], [null, 22], [], [41, null, 43]]);
  });

  it("a malformed worksheet is a damaged package naming the part", () => {
    const parts = handWorkbook({ sheets: [{ name: "S", body: "<sheetData><row>" }] });
    expect(() => readPackage(zipParts(parts))).toThrow(PackageDamagedError);
    expect(() => readPackage(zipParts(parts))).toThrow(/xl\/worksheets\/sheet1\.xml/);
  });
});

describe("Excel tables", () => {
  it("are read with their range and header/totals rows; their values leave the totals row out", () => {
    const parts = handWorkbook({
      sheets: [
        {
          name: "Sheet1",
          body:
            '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="C2" t="inlineStr"><is><t>Số giờ</t></is></c></row>' +
            '<row r="3"><c r="B3" t="inlineStr"><is><t>An</t></is></c><c r="C3"><v>8</v></c></row>' +
            '<row r="4"><c r="B4" t="inlineStr"><is><t>Tổng</t></is></c><c r="C4"><f>SUBTOTAL(109,C3:C3)</f><v>8</v></c></row></sheetData>' +
            '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
        },
      ],
    });
    parts["xl/worksheets/_rels/sheet1.xml.rels"] =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/table" Target="../tables/table1.xml"/></Relationships>`;
    parts["xl/tables/table1.xml"] =
      '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Table1" displayName="tblThanhVien" ref="B2:C4" totalsRowCount="1">' +
      '<tableColumns count="2"><tableColumn id="1" name="Họ và tên"/><tableColumn id="2" name="Số giờ"/></tableColumns></table>';
    const contents = readPackage(zipParts(parts));
    expect(contents.tables).toEqual([
      { name: "tblThanhVien", sheet: "Sheet1", ref: { top: 1, left: 1, bottom: 3, right: 2 }, headerRowCount: 1, totalsRowCount: 1 },
    ]);
    expect(packageTableData(contents)).toEqual([{ name: "tblThanhVien", rows: [["Họ và tên", "Số giờ"], ["An", 8]] }]);
  });
});

describe("a sheet the workbook lists but whose data is missing makes the package damaged", () => {
  const listed = () => handWorkbook({ sheets: [{ name: "Thành viên", body: "<sheetData/>" }] });
  it.each([
    ["its part", (p: Record<string, unknown>) => delete p["xl/worksheets/sheet1.xml"], /sheet “Thành viên” được liệt kê trong sổ nhưng phần dữ liệu xl\/worksheets\/sheet1\.xml không có trong tệp/],
    [
      "its relationship",
      (p: Record<string, unknown>) => (p["xl/_rels/workbook.xml.rels"] = (p["xl/_rels/workbook.xml.rels"] as string).replace(/<Relationship Id="rId1"[^>]*\/>/, "")),
      /sheet “Thành viên” được liệt kê trong sổ nhưng thiếu liên kết tới phần dữ liệu của nó/,
    ],
    ["the workbook's relationships", (p: Record<string, unknown>) => delete p["xl/_rels/workbook.xml.rels"], /thiếu tệp quan hệ xl\/_rels\/workbook\.xml\.rels/],
  ])("missing %s", (_what, damage, message) => {
    const parts = listed();
    damage(parts);
    expect(() => readPackage(zipParts(parts))).toThrow(message);
  });
});

describe("reading only some sheets (an earlier output's own sheets, not the unit's)", () => {
  const cell = (text: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`;
  const bytes = zipParts(
    handWorkbook({
      sheets: [
        { name: "Thành viên", body: cell("An") },
        { name: "Kết luận chung", body: cell("Đạt") },
        { name: "dvht", body: cell("marker"), state: "veryHidden" },
      ],
    }),
  );

  it("reads the sheets asked for and lists the others without their rows", () => {
    const contents = readPackage(bytes, {}, { sheets: (s) => s.state === "veryHidden" || s.name === "Kết luận chung" });
    expect(contents.sheets.map((s) => [s.name, s.rows])).toEqual([
      ["Thành viên", []],
      ["Kết luận chung", [["Đạt"]]],
      ["dvht", [["marker"]]],
    ]);
  });

  it("reads every sheet when nothing is asked", () => {
    expect(readPackage(bytes).sheets.map((s) => s.rows[0]?.[0])).toEqual(["An", "Đạt", "marker"]);
  });
});
