/**
 * Builds a valid canonical input workbook in memory (WorkbookData), for reader and engine tests, and
 * small helpers to spoil one sheet at a time. Headers are on Excel row 1; data starts on row 2.
 */
import type { CellValue, SheetData, WorkbookData } from "../../src/workbook/workbook-data";

export interface BuildOptions {
  /** Number of members (≤ 1000 distinct names). Default 10. */
  members?: number;
  /** Include a `Mã` column in every member sheet. Default true. */
  codes?: boolean;
  /** Evaluated year. Default 2025. */
  year?: number;
}

const HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
const DEM = ["Văn", "Thị", "Minh", "Thu", "Đức"];
const TEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngọc", "Phúc", "Quân"];

/** The i-th member's name (0-based), distinct for i < 1000. */
export function memberName(i: number): string {
  if (i >= HO.length * DEM.length * TEN.length) throw new Error("memberName: at most 1000 distinct names");
  return `${HO[i % 10]} ${DEM[Math.floor(i / 10) % 5]} ${TEN[Math.floor(i / 50) % 20]}`;
}

/** The i-th member's code: CB001, CB002, … */
export function memberCode(i: number): string {
  return `CB${String(i + 1).padStart(3, "0")}`;
}

export const UNIT_ROWS: [string, CellValue][] = [
  ["Tên đơn vị", "Trường Tiểu học Kim Đồng"],
  ["Loại đơn vị", "Phổ thông"],
  ["Cấp công nhận", "huyện"],
  ["Năm đánh giá", 2025],
  ["Quy định", "TT24/2023"],
  ["Công lập", "Có"],
  ["Cấp học cao nhất", "Tiểu học"],
  ["Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
  ["Mức chuyển đổi số (QĐ 4725)", "Mức đáp ứng cơ bản"],
  ["Số người học", 620],
  ["Số người học đạt Công dân học tập", 600],
];

export function buildWorkbook(options: BuildOptions = {}): WorkbookData {
  const n = options.members ?? 10;
  const codes = options.codes ?? true;
  const year = options.year ?? 2025;
  const withCode = (i: number, rest: CellValue[]): CellValue[] => (codes ? [memberCode(i), ...rest] : rest);
  const codeHeader = codes ? ["Mã"] : [];

  const unit: SheetData = {
    name: "Đơn vị",
    rows: [["Thông tin", "Giá trị"], ...UNIT_ROWS.map(([k, v]) => [k, k === "Năm đánh giá" ? year : v])],
  };

  const roster: SheetData = {
    name: "Thành viên",
    rows: [["STT", ...codeHeader, "Họ và tên", "Chức vụ", "Tính vào đánh giá", "Kỷ luật", "Công dân học tập"]],
  };
  const awards: SheetData = { name: "Khen thưởng", rows: [[...codeHeader, "Họ và tên", "Danh hiệu", "Năm", "Số quyết định"]] };
  const certificates: SheetData = { name: "Chứng chỉ", rows: [[...codeHeader, "Họ và tên", "Loại", "Tên chứng chỉ", "Ngày cấp"]] };
  const training: SheetData = { name: "Bồi dưỡng", rows: [[...codeHeader, "Họ và tên", "Chương trình", "Nhóm", "Kết quả", "Năm"]] };

  for (let i = 0; i < n; i++) {
    const name = memberName(i);
    roster.rows.push([i + 1, ...withCode(i, [name, i === 0 ? "Hiệu trưởng" : "Giáo viên", "Có", null, "Có"])]);
    awards.rows.push(withCode(i, [name, "Lao động tiên tiến", year, `${100 + i}/QĐ-UBND`]));
    certificates.rows.push(withCode(i, [name, "Ngoại ngữ", "Tiếng Anh bậc 2", new Date(Date.UTC(year - 1, 2, 15))]));
    training.rows.push(withCode(i, [name, `Bồi dưỡng thường xuyên năm ${year}`, "Bắt buộc", "Hoàn thành", year]));
    training.rows.push(withCode(i, [name, "Kỹ năng số cơ bản", "Chuyển đổi số", "Hoàn thành", year]));
  }

  const selfAssessment: SheetData = {
    name: "Tự đánh giá",
    rows: [
      ["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng", "Mô tả hiện trạng", "Điểm mạnh", "Tồn tại", "Kế hoạch cải tiến"],
      ...["1.1", "1.2", "1.3", "1.4", "1.5", "3.2"].map((id) => [
        id,
        "Đạt",
        `MC-${id}`,
        `Hiện trạng chỉ tiêu ${id}`,
        "Thực hiện đầy đủ",
        "Chưa có",
        "Duy trì",
      ]),
    ],
  };

  return { sheets: [unit, roster, awards, certificates, training, selfAssessment] };
}

export function sheetOf(workbook: WorkbookData, name: string): SheetData {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** 0-based column index of a header in the sheet's header row (first row holding it). */
export function columnOf(sheet: SheetData, header: string): number {
  for (const row of sheet.rows.slice(0, 10)) {
    const i = row.indexOf(header);
    if (i >= 0) return i;
  }
  throw new Error(`no column ${header} in ${sheet.name}`);
}

/** Set the cell of a column at an Excel row (1-based). */
export function setCell(workbook: WorkbookData, sheetName: string, excelRow: number, header: string, value: CellValue): void {
  const sheet = sheetOf(workbook, sheetName);
  const c = columnOf(sheet, header);
  const row = sheet.rows[excelRow - 1];
  if (!row) throw new Error(`no row ${excelRow} in ${sheetName}`);
  row[c] = value;
}

export function getCell(workbook: WorkbookData, sheetName: string, excelRow: number, header: string): CellValue {
  const sheet = sheetOf(workbook, sheetName);
  return sheet.rows[excelRow - 1]?.[columnOf(sheet, header)] ?? null;
}

/** Append a row given by header → value; returns its Excel row. */
export function addRow(workbook: WorkbookData, sheetName: string, record: Record<string, CellValue>): number {
  const sheet = sheetOf(workbook, sheetName);
  const width = sheet.rows[0]!.length;
  const row: CellValue[] = new Array<CellValue>(width).fill(null);
  for (const [header, value] of Object.entries(record)) row[columnOf(sheet, header)] = value;
  sheet.rows.push(row);
  return sheet.rows.length;
}

export function removeColumn(workbook: WorkbookData, sheetName: string, header: string): void {
  const sheet = sheetOf(workbook, sheetName);
  const c = columnOf(sheet, header);
  for (const row of sheet.rows) row.splice(c, 1);
}

export function renameHeader(workbook: WorkbookData, sheetName: string, header: string, to: string): void {
  const sheet = sheetOf(workbook, sheetName);
  const c = columnOf(sheet, header);
  const headerRow = sheet.rows.find((r) => r[c] === header)!;
  headerRow[c] = to;
}

export function removeSheet(workbook: WorkbookData, sheetName: string): void {
  workbook.sheets = workbook.sheets.filter((s) => s.name !== sheetName);
}

/** Insert rows above the header (a title block). */
export function insertRowsAbove(workbook: WorkbookData, sheetName: string, rows: CellValue[][]): void {
  sheetOf(workbook, sheetName).rows.unshift(...rows);
}

/** The Excel row of the `Đơn vị` sheet holding a label. */
export function unitRow(workbook: WorkbookData, label: string): number {
  const i = sheetOf(workbook, "Đơn vị").rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no unit row ${label}`);
  return i + 1;
}

/** Set the value of a `Đơn vị` row by its label. */
export function setUnitValue(workbook: WorkbookData, label: string, value: CellValue): void {
  sheetOf(workbook, "Đơn vị").rows[unitRow(workbook, label) - 1]![1] = value;
}

/** A copy of the workbook with every string (sheet names included) passed through `f`. */
export function mapStrings(workbook: WorkbookData, f: (s: string) => string): WorkbookData {
  return {
    sheets: workbook.sheets.map((s) => ({
      name: f(s.name),
      rows: s.rows.map((r) => r.map((v) => (typeof v === "string" ? f(v) : v))),
    })),
  };
}

/** A deep copy (Dates kept as Dates). */
export function cloneWorkbook(workbook: WorkbookData): WorkbookData {
  return mapStrings(workbook, (s) => s);
}

/** Vietnamese text: has at least one letter with a Vietnamese diacritic. */
export const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
