/**
 * A workbook written the way Excel writes it (shared strings with rich runs, shared formulas whose
 * followers carry no text, cached errors with t="e", string results with t="str", inline strings, a date
 * style), built by hand so the reader is checked against Excel's XML and not only ExcelJS's own output.
 * JSZip is ExcelJS's own dependency.
 */
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { readWorkbookFile } from "../../src/xlsx";
import { outPath } from "./helpers";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const files: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS} ${RNS}><sheets>
<sheet name="Bồi dưỡng" sheetId="1" r:id="rId1"/>
<sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId2"/>
</sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`,
  "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst ${NS} count="3" uniqueCount="3">
<si><r><t xml:space="preserve">Họ và </t></r><r><rPr><b/></rPr><t>tên</t></r></si>
<si><t>Kết quả</t></si>
<si><t>Tiêu đề gộp</t></si>
</sst>`,
  "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${NS}>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>`,
  "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS} ${RNS}>
<dimension ref="A1:G8"/>
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f>A2*2</f><v>10</v></c><c r="C2" t="e"><f>VLOOKUP(A2,X:Y,2,0)</f><v>#N/A</v></c><c r="D2" t="str"><f>IF(A2&gt;1,"Có","Không")</f><v>Có</v></c><c r="E2" s="1"><v>45292</v></c><c r="F2" t="inlineStr"><is><t>Nội dòng</t></is></c><c r="G2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3"><v>6</v></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A3*2</f><v>12</v></c></row>
<row r="4"><c r="A4"><v>7</v></c><c r="B4"><f t="shared" si="0"/><v>14</v></c></row>
<row r="5" ht="20" customHeight="1"><c r="C5" s="1"/></row>
<row r="6"><c r="A6" t="e"><v>#VALUE!</v></c><c r="B6"><f>A6</f></c></row>
<row r="8"><c r="A8" t="s"><v>2</v></c><c r="B8" s="1"/></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A8:B8"/></mergeCells>
<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="D2:D1048576"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>
</worksheet>`,
  "xl/worksheets/sheet2.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><sheetData><row r="2"><c r="B2"><v>42</v></c></row></sheetData></worksheet>`,
};

describe("reading Excel's own XML", () => {
  const file = outPath("excel-xml.xlsx");

  beforeAll(async () => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  });

  it("maps shared strings, formulas, cached errors, dates, inline strings, booleans and merges", async () => {
    const data = await readWorkbookFile(file);
    expect(data.sheets.map((s) => s.name)).toEqual(["Bồi dưỡng", "Ẩn"]);
    expect(data.sheets[0]!.rows).toEqual([
      ["Họ và tên", "Kết quả"],
      [5, 10, { error: "#N/A" }, "Có", new Date(Date.UTC(2024, 0, 1)), "Nội dòng", true],
      [6, 12],
      [7, 14],
      [],
      [{ error: "#VALUE!" }],
      [],
      ["Tiêu đề gộp"],
    ]);
    // Hidden sheets are read too: they may hold the unit's data.
    expect(data.sheets[1]!.rows).toEqual([[], [null, 42]]);
  });

  it("reads a sheet with a whole-column data validation quickly (validations are not expanded)", async () => {
    const started = Date.now();
    await readWorkbookFile(file);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
