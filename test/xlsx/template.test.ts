import * as ExcelJS from "exceljs";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { TABLE_SHEETS, UNIT_SHEET } from "../../src/workbook/schema";
import { columnLetter } from "../../src/workbook/workbook-data";
import { readWorkbookFile, TEMPLATE_LAST_ROW, WorkbookWriteError, writeTemplate } from "../../src/xlsx";
import { outPath, sha256 } from "./helpers";

type Validations = Record<string, ExcelJS.DataValidation | undefined>;

function validations(ws: ExcelJS.Worksheet): Validations {
  return (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
}

let wb: ExcelJS.Workbook;

/** The items of a list validation: inline ("a,b") or a range on the hidden list sheet. */
function listItems(v: ExcelJS.DataValidation | undefined): string[] | undefined {
  const formula = v?.formulae?.[0];
  if (typeof formula !== "string") return undefined;
  const ref = /^'(.+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula);
  if (!ref) return formula.replace(/^"|"$/g, "").split(",");
  const ws = wb.getWorksheet(ref[1]!)!;
  expect(ws.state).toBe("hidden");
  const items: string[] = [];
  for (let r = Number(ref[3]); r <= Number(ref[4]); r++) items.push(String(ws.getCell(`${ref[2]}${r}`).value));
  return items;
}

describe("dvht template", () => {
  const file = outPath("template", "mau-nhap-lieu.xlsx");

  beforeAll(async () => {
    rmSync(file, { force: true });
    await writeTemplate(file);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  });

  it("has one sheet per spec, with the canonical names, in order", () => {
    expect(wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name)).toEqual([
      UNIT_SHEET.name,
      ...TABLE_SHEETS.map((s) => s.name),
    ]);
  });

  it("writes each table's headers in row 1, bold, frozen, with the spec's widths and hints as notes", () => {
    for (const spec of TABLE_SHEETS) {
      const ws = wb.getWorksheet(spec.name)!;
      spec.columns.forEach((col, i) => {
        const cell = ws.getCell(1, i + 1);
        expect(cell.value).toBe(col.header);
        expect(cell.font?.bold).toBe(true);
        expect(ws.getColumn(i + 1).width).toBe(col.width);
        if (col.hint) expect(String(noteText(cell))).toContain(col.hint.slice(1));
      });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("puts a drop-down on every column with choices, rows 2 to 1000, and on the yes/no columns", () => {
    for (const spec of TABLE_SHEETS) {
      const ws = wb.getWorksheet(spec.name)!;
      const model = validations(ws);
      spec.columns.forEach((col, i) => {
        const letter = columnLetter(i);
        for (const row of [2, 500, TEMPLATE_LAST_ROW]) {
          const v = model[`${letter}${row}`];
          if (col.choices) {
            expect(v?.type).toBe("list");
            expect(listItems(v)).toEqual(col.choices);
          } else {
            expect(v).toBeUndefined();
          }
        }
        expect(model[`${letter}1`]).toBeUndefined();
        expect(model[`${letter}${TEMPLATE_LAST_ROW + 1}`]).toBeUndefined();
      });
    }
    const roster = validations(wb.getWorksheet("Thành viên")!);
    expect(listItems(roster["E2"])).toEqual(["Có", "Không"]); // Tính vào đánh giá
    expect(listItems(roster["G2"])).toEqual(["Có", "Không"]); // Công dân học tập
    // A list with a comma in an item cannot be inline: it comes from the hidden list sheet.
    expect(validations(wb.getWorksheet("Khen thưởng")!)["C2"]?.formulae[0]).toMatch(/^'Danh mục \(dvht\)'!/);
  });

  it("writes the Đơn vị sheet as Thông tin | Giá trị with one row per field and lists on the value cells", () => {
    const ws = wb.getWorksheet(UNIT_SHEET.name)!;
    expect([ws.getCell("A1").value, ws.getCell("B1").value]).toEqual(["Thông tin", "Giá trị"]);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const model = validations(ws);
    UNIT_SHEET.rows.forEach((row, i) => {
      const r = i + 2;
      expect(ws.getCell(r, 1).value).toBe(row.label);
      expect(noteText(ws.getCell(r, 1))).toContain(row.hint.slice(1));
      if (row.choices) expect(listItems(model[`B${r}`])).toEqual(row.choices);
      else expect(model[`B${r}`]).toBeUndefined();
    });
    expect(listItems(model[`B${UNIT_SHEET.rows.findIndex((r) => r.field === "publicSector") + 2}`])).toEqual(["Có", "Không"]);
  });

  it("reads back through dvht's reader as headers only", async () => {
    const data = await readWorkbookFile(file);
    expect(data.sheets.find((s) => s.name === "Thành viên")!.rows).toEqual([TABLE_SHEETS[0]!.columns.map((c) => c.header)]);
    expect(data.sheets.map((s) => s.name)).toEqual([UNIT_SHEET.name, ...TABLE_SHEETS.map((s) => s.name)]); // list sheet skipped
    expect(data.sheets.find((s) => s.name === UNIT_SHEET.name)!.rows).toEqual([
      ["Thông tin", "Giá trị"],
      ...UNIT_SHEET.rows.map((r) => [r.label]),
    ]);
  });

  it("does not overwrite an existing file unless asked", async () => {
    const hash = sha256(file);
    const error = await writeTemplate(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).code).toBe("exists");
    expect((error as WorkbookWriteError).message).toContain("không ghi đè");
    expect(sha256(file)).toBe(hash);
    await writeTemplate(file, { overwrite: true });
    expect(existsSync(file)).toBe(true);
  });
});

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts ?? [];
  return texts.map((t) => t.text).join("");
}
