/** The six sheets of a member-based sample, in the canonical order and names. */
import { SHEETS } from "../workbook/sheets";
import type { CellValue, WorkbookData } from "../workbook/workbook-data";

export interface MemberSheets {
  unit: CellValue[][];
  roster: CellValue[][];
  awards: CellValue[][];
  certificates: CellValue[][];
  training: CellValue[][];
  selfAssessment: CellValue[][];
}

export function memberWorkbook(sheets: MemberSheets): WorkbookData {
  return {
    sheets: [
      { name: SHEETS.unit, rows: sheets.unit },
      { name: SHEETS.roster, rows: sheets.roster },
      { name: SHEETS.awards, rows: sheets.awards },
      { name: SHEETS.certificates, rows: sheets.certificates },
      { name: SHEETS.training, rows: sheets.training },
      { name: SHEETS.selfAssessment, rows: sheets.selfAssessment },
    ],
  };
}
