/** Every Phụ lục sheet: present, titled, well-formed (no holes, merges inside and apart), styled headers. */
import { APPENDIX_SHEETS, buildAppendixSheets } from "../../src/workbook/appendix";
import type { SheetModel } from "../../src/workbook/sheet-model";
import { findRuleSet } from "../../src/rules";
import { share, makeEvaluation, makeSelfAssessments, RULES, rowTexts, sheet, text } from "./appendix-fixture";

const TITLES: Record<string, string> = {
  "Bản tổng hợp": "BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU",
  "Phụ lục I": "PHỤ LỤC I — PHIẾU TỰ ĐÁNH GIÁ CHỈ TIÊU",
  "Kết luận tiêu chí": "KẾT LUẬN VỀ TIÊU CHÍ",
  "Kết luận chung": "KẾT LUẬN CHUNG",
  "Tỷ lệ chỉ tiêu": "TỶ LỆ CÁC CHỈ TIÊU TÍNH THEO SỐ THÀNH VIÊN, NGƯỜI HỌC",
  "Danh sách chưa đạt": "DANH SÁCH CHƯA ĐẠT VÀ SỐ CÒN THIẾU THEO TỪNG CHỈ TIÊU",
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

const cases: [string, () => SheetModel[]][] = [
  ["mức độ 1 (primary school)", () => buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES)],
  ["không đạt (2.4 below 50%)", () => buildAppendixSheets(makeEvaluation({ "2.4": share("2.4", 20) }), makeSelfAssessments(), RULES)],
  ["no self-assessment rows", () => buildAppendixSheets(makeEvaluation(), [], RULES)],
];

describe.each(cases)("appendix sheets — %s", (_name, build) => {
  const models = build();

  test("the six sheets, in order, with names Excel accepts", () => {
    expect(models.map((m) => m.name)).toEqual([...APPENDIX_SHEETS]);
    expect(APPENDIX_SHEETS).toEqual(["Bản tổng hợp", "Phụ lục I", "Kết luận tiêu chí", "Kết luận chung", "Tỷ lệ chỉ tiêu", "Danh sách chưa đạt"]);
    for (const m of models) {
      expect(m.name.length).toBeLessThanOrEqual(31);
      expect(m.name).not.toMatch(/[:\\/?*[\]]/);
      expect(m.name).toBe(m.name.normalize("NFC"));
    }
  });

  test.each(Object.entries(TITLES))("%s: national header on rows 1–2, title on row 3, merged across", (name, title) => {
    const m = sheet(models, name);
    const width = m.columnWidths.length;
    const split = Math.max(1, Math.floor(width / 2));
    expect(text(m.rows[0]![0])).toBe("TRƯỜNG TIỂU HỌC AN TIẾN");
    expect(text(m.rows[0]![split])).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text(m.rows[1]![split])).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(text(m.rows[2]![0])).toBe(title);
    expect(m.rows[2]![0]!.style?.bold).toBe(true);
    expect(text(m.rows[3]![0])).toContain("“Đơn vị học tập” cấp huyện theo Thông tư 24/2023/TT-BGDĐT — năm 2025");
    for (const r of [2, 3]) expect(m.merges).toContainEqual({ top: r, left: 0, bottom: r, right: width - 1 });
  });

  test.each(Object.keys(TITLES))("%s: ends with the signature block and prints on A4 one page wide", (name) => {
    const m = sheet(models, name);
    const texts = m.rows.slice(-3).flatMap((r) => r.map(text));
    expect(texts).toEqual(expect.arrayContaining(["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"]));
    expect(m.print?.orientation).toMatch(/portrait|landscape/);
  });

  test("no undefined cell; every row as wide as the column widths; every value a cell value", () => {
    for (const m of models) {
      expect(m.columnWidths.length).toBeGreaterThan(0);
      for (const w of m.columnWidths) expect(w).toBeGreaterThan(4);
      m.rows.forEach((row, r) => {
        expect(row.length).toBe(m.columnWidths.length);
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          expect(cell).not.toBeUndefined();
          if (cell === null || cell === undefined) continue;
          expect(cell.value).not.toBeUndefined();
          if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
          if (typeof cell.value === "string") {
            expect(cell.value).toBe(cell.value.normalize("NFC"));
            expect(cell.value).not.toMatch(/undefined|NaN|\[object/);
          }
          if (cell.style) for (const v of Object.values(cell.style)) expect(v).not.toBeUndefined();
        }
        if (row.length !== m.columnWidths.length) throw new Error(`${m.name} row ${r}`);
      });
    }
  });

  test("merges are inside the sheet and do not overlap; covered cells are empty", () => {
    for (const m of models) {
      for (const g of m.merges) {
        expect(g.top).toBeGreaterThanOrEqual(0);
        expect(g.left).toBeGreaterThanOrEqual(0);
        expect(g.bottom).toBeGreaterThanOrEqual(g.top);
        expect(g.right).toBeGreaterThanOrEqual(g.left);
        expect(g.bottom).toBeLessThan(m.rows.length);
        expect(g.right).toBeLessThan(m.columnWidths.length);
        expect(g.bottom > g.top || g.right > g.left).toBe(true);
        for (let r = g.top; r <= g.bottom; r++) {
          for (let c = g.left; c <= g.right; c++) {
            if (r !== g.top || c !== g.left) expect(text(m.rows[r]![c])).toBe("");
          }
        }
      }
      for (let i = 0; i < m.merges.length; i++) {
        for (let j = i + 1; j < m.merges.length; j++) {
          const a = m.merges[i]!;
          const b = m.merges[j]!;
          const overlap = a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
          if (overlap) throw new Error(`${m.name}: ${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
        }
      }
    }
  });

  test("header rows are bold and bordered; frozen rows stop at or above the first table's header", () => {
    for (const m of models) {
      const headerRows = m.rows
        .map((row, r) => ({ row, r }))
        .filter(({ row }) => row.some((c) => c?.style?.fill === "DDEBF7"));
      expect(headerRows.length).toBeGreaterThan(0);
      for (const { row } of headerRows) {
        for (const c of row) if (c?.style?.fill === "DDEBF7") expect(c.style).toMatchObject({ bold: true, border: true, wrap: true });
      }
      expect(m.frozenRows).toBeGreaterThanOrEqual(3);
      expect(m.frozenRows!).toBeLessThanOrEqual(headerRows[0]!.r + (headerRows[1]?.r === headerRows[0]!.r + 1 ? 2 : 1));
    }
  });

  test("long text wraps", () => {
    for (const m of models) {
      for (const row of m.rows) {
        for (const c of row) {
          if (c && typeof c.value === "string" && c.value.length > 60 && c.style?.border) expect(c.style.wrap).toBe(true);
        }
      }
    }
  });
});

test("the single-table sheets freeze exactly through their header", () => {
  const models = buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES);
  for (const [name, first] of [["Bản tổng hợp", "STT"], ["Tỷ lệ chỉ tiêu", "Chỉ tiêu"]] as const) {
    const m = sheet(models, name);
    expect(rowTexts(m, m.frozenRows! - 1)[0]).toBe(first);
  }
  const kc = sheet(models, "Kết luận chung");
  expect(rowTexts(kc, kc.frozenRows! - 1)).toEqual(["", "Mức độ 1", "Mức độ 2", ""]);
});

test("the builders do not modify their inputs", () => {
  const evaluation = deepFreeze(makeEvaluation());
  const sas = deepFreeze(makeSelfAssessments());
  const before = JSON.stringify([evaluation, sas]);
  expect(() => buildAppendixSheets(evaluation, sas, RULES)).not.toThrow();
  expect(JSON.stringify([evaluation, sas])).toBe(before);
});

test("a unit without a name or year still gets titled sheets", () => {
  const evaluation = makeEvaluation();
  const nameless = { ...evaluation, unit: { ...evaluation.unit, name: null, year: null } };
  const models = buildAppendixSheets(nameless, [], RULES);
  for (const m of models) {
    expect(text(m.rows[0]![0])).toBe("(Chưa ghi tên đơn vị)");
    expect(text(m.rows[3]![0])).toBe(RULES.title);
  }
  const kc = sheet(models, "Kết luận chung");
  expect(kc.rows.flat().map(text)).toContain("Đơn vị tự đánh giá đạt “Đơn vị học tập” cấp huyện mức độ 1.");
});

describe("the draft line: no Phụ lục that looks final when the data has errors", () => {
  const withErrors = {
    ...makeEvaluation(),
    issues: [
      { severity: "error" as const, code: "duplicateMember", sheet: "Thành viên", row: 12, message: "Trùng thành viên" },
      { severity: "warning" as const, code: "nothingRecorded", sheet: "Bồi dưỡng", row: 3, message: "Thiếu dòng" },
      { severity: "error" as const, code: "unknownUnitType", sheet: "Đơn vị", row: 4, message: "Loại đơn vị lạ" },
    ],
  };
  const DRAFT = "BẢN NHÁP — còn 2 lỗi dữ liệu, xem sheet “Thành viên” dòng 12, sheet “Đơn vị” dòng 4. Sửa dữ liệu rồi ghi lại Phụ lục.";

  test.each([...APPENDIX_SHEETS])("%s: the first row is the draft line, merged across and bold, above the national header", (name) => {
    const m = sheet(buildAppendixSheets(withErrors, [], RULES), name);
    expect(text(m.rows[0]![0])).toBe(DRAFT);
    expect(m.rows[0]![0]!.style?.bold).toBe(true);
    expect(m.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: m.columnWidths.length - 1 });
    expect(text(m.rows[1]![0])).toBe("TRƯỜNG TIỂU HỌC AN TIẾN");
  });

  test("a points-based Phụ lục (TT22/2020) carries it too", () => {
    const tt22 = findRuleSet("tt22-2020")!;
    const [only] = buildAppendixSheets({ ...withErrors, indicators: [], criteria: [], scoring: { points: 0, maxPoints: 100, grade: "Chưa đạt", citation: "Điều 6" } }, [], tt22);
    expect(text(only!.rows[0]![0])).toBe(DRAFT);
  });

  test("more than three places end with “và các chỗ khác”; errors without a sheet send the reader to the error list", () => {
    const many = { ...makeEvaluation(), issues: [1, 2, 3, 4].map((row) => ({ severity: "error" as const, code: "x", sheet: "Khen thưởng", row, message: "m" })) };
    expect(text(buildAppendixSheets(many, [], RULES)[0]!.rows[0]![0])).toBe(
      "BẢN NHÁP — còn 4 lỗi dữ liệu, xem sheet “Khen thưởng” dòng 1, sheet “Khen thưởng” dòng 2, sheet “Khen thưởng” dòng 3 và các chỗ khác. Sửa dữ liệu rồi ghi lại Phụ lục.",
    );
    const nowhere = { ...makeEvaluation(), issues: [{ severity: "error" as const, code: "x", message: "m" }] };
    expect(text(buildAppendixSheets(nowhere, [], RULES)[0]!.rows[0]![0])).toBe(
      "BẢN NHÁP — còn 1 lỗi dữ liệu, xem danh sách lỗi của lệnh dvht evaluate hoặc nút “Kiểm tra dữ liệu”. Sửa dữ liệu rồi ghi lại Phụ lục.",
    );
  });

  test.each([...APPENDIX_SHEETS])("%s: absent when there are only warnings", (name) => {
    const warningsOnly = { ...makeEvaluation(), issues: [withErrors.issues[1]!] };
    const m = sheet(buildAppendixSheets(warningsOnly, [], RULES), name);
    expect(m.rows.flat().map(text).filter((t) => t.includes("BẢN NHÁP"))).toEqual([]);
    expect(text(m.rows[0]![0])).toBe("TRƯỜNG TIỂU HỌC AN TIẾN");
  });
});
