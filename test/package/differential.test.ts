/**
 * The package reader against the ExcelJS path it replaces: on every workbook the tests already make
 * (the bundled samples, every bad-input corpus case, the template, an appendix output, Excel-style XML
 * written by hand) both produce the same WorkbookData, or both refuse the file with the same error code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildAppendixSheets } from "../../src/workbook/appendix";
import type { ZipReadOptions } from "../../src/package";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { appendSheetsToBuffer } from "../../src/xlsx/append";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { loadExcelWorkbook } from "../../src/xlsx/load";
import { nodeInflateRaw } from "../../src/xlsx/node-inflate";
import { packageWorkbookData, readPackageChecked } from "../../src/xlsx/package-values";
import { buildTemplateWorkbook } from "../../src/xlsx/template";
import { workbookData } from "../../src/xlsx/workbook-values";
import { CORPUS } from "../corpus/cases";
import { clean, xlsx } from "../corpus/generate";
import { makeEvaluation, makeSelfAssessments, RULES } from "../workbook/appendix-fixture";
import { handWorkbook, xf, zipParts } from "./parts";

const SAMPLES = path.join(__dirname, "..", "..", "samples");

type Outcome = { data: WorkbookData } | { code: string };

async function viaExcelJS(bytes: Buffer): Promise<Outcome> {
  try {
    return { data: workbookData(await loadExcelWorkbook(bytes, "x.xlsx", { valuesOnly: true })) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { code: error.code };
    throw error;
  }
}

function viaPackage(bytes: Uint8Array, options: ZipReadOptions): Outcome {
  try {
    return { data: packageWorkbookData(readPackageChecked(bytes, "x.xlsx", {}, options)) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { code: error.code };
    throw error;
  }
}

async function expectSame(bytes: Buffer | Uint8Array): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const expected = await viaExcelJS(buffer);
  // The browser's fflate and the CLI's zlib.
  expect(viaPackage(buffer, {})).toEqual(expected);
  expect(viaPackage(buffer, { inflateRaw: nodeInflateRaw })).toEqual(expected);
}

describe("package reader = ExcelJS reader", () => {
  it.each(readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")))("sample %s", async (file) => {
    await expectSame(readFileSync(path.join(SAMPLES, file)));
  });

  it.each(CORPUS.map((c) => [c.id, c] as const))("corpus case %s", async (_id, c) => {
    await expectSame(await c.build());
  }, 60_000);

  it("the template", async () => {
    await expectSame(Buffer.from(await buildTemplateWorkbook().xlsx.writeBuffer()));
  });

  it("a workbook with the Phụ lục sheets added (merges, formulas, styles)", async () => {
    const models = buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES);
    const { buffer } = await appendSheetsToBuffer(await xlsx(clean()), models);
    await expectSame(buffer);
  });

  // Not here: a formula whose cached result is FALSE, which ExcelJS reads as empty and the package reader
  // as false (see read-package.test.ts).
  it("Excel-style XML: rich text, shared formulas, cached errors and strings, booleans, merges over values, date formats", async () => {
    const bytes = zipParts(
      handWorkbook({
        sharedStrings: [
          '<si><r><t xml:space="preserve">Họ và </t></r><r><rPr><b/></rPr><t>tên</t></r></si>',
          "<si><t>Ngày sinh</t></si>",
          "<si><t/></si>",
          "<si><t>dưới ô gộp</t></si>",
        ],
        numFmts: '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; ngày&quot;"/><numFmt numFmtId="166" formatCode="[$-42A]d mmmm yyyy"/></numFmts>',
        cellXfs: [xf(14), xf(164), xf(165), xf(166), xf(22), xf(4)],
        sheets: [
          {
            name: "Thành viên",
            body:
              "<sheetData>" +
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
              '<row r="2"><c r="A2" s="1"><v>45292</v></c><c r="B2" s="2"><v>36526.5</v></c><c r="C2" s="3"><v>12</v></c><c r="D2" s="4"><v>1</v></c><c r="E2" s="5"><v>45000.25</v></c><c r="F2" s="6"><v>3.5</v></c></row>' +
              '<row r="3"><c r="A3" s="2"><f>A2+1</f><v>45293</v></c><c r="B3" t="b"><f>TRUE()</f><v>1</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="str"><f>""</f><v></v></c><c r="E3"><f t="shared" ref="E3:E4" si="0">A3</f><v>7</v></c></row>' +
              '<row r="4"><c r="E4"><f t="shared" si="0"/><v>8</v></c><c r="F4" t="inlineStr"><is><r><t>In</t></r><r><t>line</t></r></is></c></row>' +
              '<row r="6"><c r="A6" t="s"><v>0</v></c><c r="B6" t="s"><v>3</v></c><c r="C6"><v>9</v></c></row>' +
              '<row r="7"><c r="B7"><v>1</v></c></row>' +
              "</sheetData>" +
              '<mergeCells count="2"><mergeCell ref="A6:B7"/><mergeCell ref="C6:C6"/></mergeCells>',
          },
          { name: "Ẩn", state: "hidden", body: '<sheetData><row r="3"><c r="C3"><v>42</v></c></row></sheetData>' },
          { name: "Trống", body: "<sheetData/>" },
        ],
      }),
    );
    await expectSame(bytes);
  });

  it("a 1904 workbook's dates", async () => {
    const bytes = zipParts(
      handWorkbook({
        workbookPr: '<workbookPr date1904="1"/>',
        cellXfs: [xf(14)],
        sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1" s="1"><v>43830</v></c><c r="B1"><v>43830</v></c></row></sheetData>' }],
      }),
    );
    await expectSame(bytes);
  });
});
