/**
 * The ExcelJS adapter: .xlsx files ↔ the core's plain data. The only place in dvht that imports exceljs
 * (with src/excel for Office.js); src/rules, src/engine and src/workbook never do.
 */
export { readWorkbookFile, readWorkbookBuffer } from "./read";
export { workbookData, sheetData } from "./workbook-values";
export { applySheetModels, writeModel, type ApplyResult } from "./apply-models";
export { appendSheetsToFile, appendSheetsToBuffer, type AppendOptions } from "./append";
export { buildTemplateWorkbook, writeTemplate, TEMPLATE_LAST_ROW } from "./template";
export { buildWorkbookFromData, writeWorkbookData, type WriteDataOptions } from "./write-data";
export {
  WorkbookReadError,
  WorkbookWriteError,
  type WorkbookReadErrorCode,
  type WorkbookWriteErrorCode,
} from "./errors";
export { loadWorkbookFile, type WorkbookBytes } from "./load";
export { saveWorkbook } from "./file-io";
export { MARKER_SHEET_NAME, TEMPLATE_LIST_SHEET, markedSheetNames } from "./marker";
export { sanitizeSheetName, alternativeSheetName, SHEET_NAME_MAX } from "./sheet-names";
