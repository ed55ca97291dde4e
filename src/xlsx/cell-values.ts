/**
 * ExcelJS cell values ↔ dvht's plain CellValue. Reading flattens rich text and hyperlinks to text and a
 * formula to its cached result; writing turns {error} into an Excel error value.
 */
import * as ExcelJS from "exceljs";
import type { CellValue } from "../workbook/workbook-data";

const { ValueType } = ExcelJS;

/** The plain value of an ExcelJS cell; merged (non-master) cells and empty cells are null. */
export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Formula:
      return plainValue((cell.value as ExcelJS.CellFormulaValue).result);
    default:
      return plainValue(cell.value);
  }
}

/** Any ExcelJS value (or formula result) as a CellValue. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richText(v.richText);
  // Hyperlink: {text, hyperlink}; its text may itself be rich text.
  if ("hyperlink" in v || "text" in v) return textOf(v.text);
  // A formula value reached through cell.value (e.g. shared formula): its cached result.
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
  return null;
}

function richText(runs: unknown[]): string {
  let out = "";
  for (const run of runs) {
    const text = (run as { text?: unknown }).text;
    if (typeof text === "string") out += text;
  }
  return out;
}

function textOf(text: unknown): CellValue {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
    return richText((text as { richText: unknown[] }).richText);
  }
  return plainValue(text);
}

/** A CellValue as ExcelJS wants it. */
export function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "object" && !(value instanceof Date)) return { error: value.error as ExcelJS.ErrorValue };
  return value;
}

/** A formula with its cached result; a formula without one is recalculated by Excel. */
export function excelFormula(formula: string, result: CellValue): ExcelJS.CellFormulaValue {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  if (result === null) return { formula: text, date1904: false };
  return { formula: text, result: excelValue(result) as ExcelJS.CellFormulaValue["result"], date1904: false };
}
