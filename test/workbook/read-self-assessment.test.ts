import { readAssessment } from "../../src/workbook/read";
import { parseIndicator } from "../../src/workbook/read/read-self-assessment";
import { parseDateYear, parseNumber, parseYear } from "../../src/workbook/read/cells";
import { addRow, buildWorkbook, setCell } from "../helpers/workbook-builder";

describe("Tự đánh giá", () => {
  test("Chỉ tiêu cells in the forms clerks write", () => {
    expect(parseIndicator(1.1)).toEqual({ kind: "id", id: "1.1" });
    expect(parseIndicator(2.5)).toEqual({ kind: "id", id: "2.5" });
    expect(parseIndicator("Chỉ tiêu 1.1")).toEqual({ kind: "id", id: "1.1" });
    expect(parseIndicator("chi tieu 3.2")).toEqual({ kind: "id", id: "3.2" });
    expect(parseIndicator("CT 2,3")).toEqual({ kind: "id", id: "2.3" });
    expect(parseIndicator("1.4. Chuyển đổi số")).toEqual({ kind: "id", id: "1.4" });
    expect(parseIndicator("2a")).toEqual({ kind: "id", id: "2a" });
    expect(parseIndicator("Tiêu chí 1: Điều kiện")).toEqual({ kind: "heading" });
    expect(parseIndicator(2)).toEqual({ kind: "invalid" });
    expect(parseIndicator("1.1.2")).toEqual({ kind: "invalid" });
  });

  test("rows are read, tidied, headings skipped, duplicates reported", () => {
    const wb = buildWorkbook({ members: 2 });
    setCell(wb, "Tự đánh giá", 2, "Chỉ tiêu", "Chỉ tiêu 1.1");
    setCell(wb, "Tự đánh giá", 2, "Mô tả hiện trạng", "  Có   kế hoạch\nnăm 2025 ");
    setCell(wb, "Tự đánh giá", 3, "Chỉ tiêu", 1.2);
    addRow(wb, "Tự đánh giá", { "Chỉ tiêu": "Tiêu chí 3" });
    const dup = addRow(wb, "Tự đánh giá", { "Chỉ tiêu": "1.1", "Mức tự đánh giá": "Không đạt" });
    const { input, issues } = readAssessment(wb);
    expect(input!.selfAssessments.map((s) => s.indicatorId)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "3.2"]);
    expect(input!.selfAssessments[0]!.description).toBe("Có kế hoạch năm 2025");
    expect(issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([["duplicateIndicator", "Tự đánh giá", dup, "Chỉ tiêu"]]);
  });
});

describe("cell parsing", () => {
  test("years", () => {
    expect(parseYear(2025)).toEqual({ kind: "ok", value: { year: 2025 } });
    expect(parseYear("2024-25")).toEqual({ kind: "ok", value: { year: 2025, schoolYear: "2024-25" } });
    expect(parseYear("2024-2026").kind).toBe("invalid");
    expect(parseYear(45658)).toEqual({ kind: "ok", value: { year: 2025 } }); // 01/01/2025
    expect(parseYear(45657)).toEqual({ kind: "ok", value: { year: 2024 } }); // 31/12/2024
    expect(parseYear("2025-03-15")).toEqual({ kind: "ok", value: { year: 2025 } });
    expect(parseYear(25).kind).toBe("invalid");
    expect(parseYear(2025.5).kind).toBe("invalid");
    expect(parseYear(" ").kind).toBe("blank");
  });

  test("dates and numbers", () => {
    expect(parseDateYear("15/03/2024")).toEqual({ kind: "ok", value: 2024 });
    expect(parseDateYear("03/2024")).toEqual({ kind: "ok", value: 2024 });
    expect(parseDateYear("2024-2025").kind).toBe("invalid");
    expect(parseNumber("1.234")).toEqual({ kind: "ok", value: 1234 });
    expect(parseNumber("12,5")).toEqual({ kind: "ok", value: 12.5 });
    expect(parseNumber("12 người").kind).toBe("invalid");
  });
});
