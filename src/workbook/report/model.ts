/**
 * The Báo cáo tự đánh giá as data: the national header, headings, paragraphs and tables, with no Word
 * library in it. src/docx renders it as a .docx; the task pane can render the same model in the browser.
 */
export interface ReportHeader {
  /** Left column: the governing body (may be empty) and the unit's name, upper case. */
  authority: string | null;
  unitName: string;
  /** "Số: …/BC-…". */
  number: string;
  /** "……, ngày … tháng … năm 2026". */
  placeAndDate: string;
}

export type ReportBlock =
  | { kind: "title"; lines: string[] }
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; bold?: boolean; italic?: boolean; indent?: boolean }
  | { kind: "table"; header: string[]; rows: string[][]; widths: number[] }
  | { kind: "signature"; left: string[]; right: string[] };

export interface ReportModel {
  /**
   * “BẢN NHÁP — còn N lỗi dữ liệu, xem sheet …” when the data has errors: printed above everything, so a
   * report built on wrong data cannot pass for the final one. Absent when there are no errors.
   */
  draft?: string;
  header: ReportHeader;
  blocks: ReportBlock[];
}
