/**
 * Getting bytes and an ExcelJS workbook from a file or buffer, with every failure a user can cause turned
 * into a WorkbookReadError. The input file is only ever opened for reading.
 */
import * as ExcelJS from "exceljs";
import { installLargeRangePatch } from "./data-validations";
import { readError } from "./errors";
import { readFileBytes } from "./file-bytes";
import { refuseUnlessXlsx } from "./package-values";
import { checkPackage } from "./package-check";

export { BUFFER_LABEL, readFileBytes, toBuffer, type WorkbookBytes } from "./file-bytes";

/** Worksheet parts a value reader never needs; skipping them is faster and avoids ExcelJS bugs in them. */
const VALUE_ONLY_IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "hyperlinks",
  "drawing",
  "picture",
  "tableParts",
  "autoFilter",
  "rowBreaks",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "sheetProtection",
  "extLst",
];

/**
 * Parse an .xlsx into ExcelJS. `valuesOnly` skips the parts a reader of values does not need; a workbook
 * that will be written back must be loaded in full.
 */
export async function loadExcelWorkbook(
  bytes: Buffer,
  file: string,
  options: { valuesOnly?: boolean } = {},
): Promise<ExcelJS.Workbook> {
  refuseUnlessXlsx(bytes, file);
  const damage = checkPackage(bytes);
  if (damage) throw readError("damaged", file, damage);
  installLargeRangePatch();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want an ArrayBuffer-like; a Node Buffer is what it uses underneath.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, {
      ignoreNodes: options.valuesOnly ? VALUE_ONLY_IGNORED_NODES : [],
    });
  } catch (error) {
    throw readError("damaged", file, error);
  }
  return workbook;
}

/** Read a file and parse it, with the file's own name in any error. */
export async function loadWorkbookFile(path: string, options: { valuesOnly?: boolean } = {}): Promise<ExcelJS.Workbook> {
  return loadExcelWorkbook(await readFileBytes(path), path, options);
}
