/**
 * The bad-input corpus: one row per malformed file a unit could hand dvht, with what dvht must answer.
 *
 * exit 0: the unit is evaluated and every expected issue is in `dvht evaluate --json` (code, sheet,
 *         Excel row, column header and letter as given);
 * exit 2: dvht cannot evaluate; stderr names the place (“Sheet “…”, dòng …, cột “…””) and the fix, or,
 *         for a file that is not a readable .xlsx, the file and what to do.
 * `sameAsClean`: the damage is one dvht reads through; every figure and level equals the clean workbook's.
 *
 * Clean layout (test/helpers/workbook-builder.ts, 8 members, Mã columns): Thành viên A STT, B Mã,
 * C Họ và tên, D Chức vụ, E Tính vào đánh giá, F Kỷ luật, G Công dân học tập, members on rows 2–9;
 * Khen thưởng A Mã, B Họ và tên, C Danh hiệu, D Năm, E Số quyết định; Chứng chỉ A Mã, B Họ và tên,
 * C Loại, D Tên chứng chỉ, E Ngày cấp; Bồi dưỡng A Mã, B Họ và tên, C Chương trình, D Nhóm, E Kết quả,
 * F Năm (two rows per member, rows 2–17); Tự đánh giá A Chỉ tiêu, B Mức tự đánh giá, …
 */
import type { CellValue } from "../../src/workbook/workbook-data";
import {
  addRow,
  insertRowsAbove,
  mapStrings,
  memberCode,
  memberName,
  removeColumn,
  removeSheet,
  renameHeader,
  setCell,
  setUnitValue,
  sheetOf,
} from "../helpers/workbook-builder";
import { clean, oleBytes, replaceEntry, sheet, xlsx, zipBytes } from "./generate";

export interface ExpectedIssue {
  code: string;
  severity?: "error" | "warning" | "info";
  sheet?: string;
  row?: number;
  column?: string;
  columnLetter?: string;
}

export interface CorpusCase {
  id: string;
  /** What is wrong with the file, in Vietnamese. */
  title: string;
  /** File extension as the clerk would have it. */
  extension?: string;
  build: () => Promise<Buffer>;
  exit: 0 | 2;
  /** Issues that must be reported (all of them, at these places). */
  issues?: ExpectedIssue[];
  /** Every indicator's figures and level, and the overall level, equal the clean workbook's. */
  sameAsClean?: boolean;
  /** For a file dvht cannot open: what stderr must say (besides the file name). */
  stderr?: RegExp;
}

const NFD = (s: string) => s.normalize("NFD");
const ROSTER = "Thành viên";
const AWARDS = "Khen thưởng";
const CERTS = "Chứng chỉ";
const TRAINING = "Bồi dưỡng";
const UNIT = "Đơn vị";
const SELF = "Tự đánh giá";
/** Last Excel row of the 8 members in Thành viên, Khen thưởng, Chứng chỉ. */
const MEMBERS_LAST = 9;
/** Last Excel row of Bồi dưỡng (two rows per member). */
const TRAINING_LAST = 17;

/** A clean workbook changed by `edit` (on the plain data), as .xlsx bytes. */
function data(edit: (wb: ReturnType<typeof clean>) => void): () => Promise<Buffer> {
  return () => {
    const wb = clean();
    edit(wb);
    return xlsx(wb);
  };
}

export const CORPUS: CorpusCase[] = [
  // ── Files that are not a readable .xlsx ────────────────────────────────────────────────────────────
  { id: "empty-file", title: "Tệp rỗng (0 byte)", build: async () => Buffer.alloc(0), exit: 2, stderr: /rỗng \(0 byte\)\. Hãy chọn đúng tệp Excel/ },
  {
    id: "text-file",
    title: "Tệp văn bản đặt tên .xlsx",
    build: async () => Buffer.from("Danh sách thành viên\nNguyễn Văn An\n", "utf8"),
    exit: 2,
    stderr: /không phải tệp Excel \.xlsx.*lưu dưới dạng \.xlsx/s,
  },
  {
    id: "csv-file",
    title: "Tệp CSV đặt tên .xlsx",
    build: async () => Buffer.from("STT,Họ và tên,Công dân học tập\n1,Nguyễn Văn An,Có\n", "utf8"),
    exit: 2,
    stderr: /không phải tệp Excel \.xlsx/,
  },
  {
    id: "html-as-xls",
    title: "Trang HTML lưu thành .xls (phần mềm quản lý xuất ra)",
    extension: ".xls",
    build: async () => Buffer.from("<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>", "utf8"),
    exit: 2,
    stderr: /không phải tệp Excel \.xlsx/,
  },
  {
    id: "docx-zip",
    title: "Tệp Word (.docx) đổi đuôi thành .xlsx",
    build: () => zipBytes({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
    exit: 2,
    stderr: /không phải tệp Excel \.xlsx/,
  },
  {
    id: "old-xls",
    title: "Tệp Excel 97–2003 (.xls)",
    extension: ".xls",
    build: async () => oleBytes("Workbook"),
    exit: 2,
    stderr: /tệp Excel cũ \.xls.*lưu dưới dạng \.xlsx/s,
  },
  {
    id: "encrypted",
    title: "Tệp .xlsx đặt mật khẩu mở tệp (mã hoá)",
    build: async () => oleBytes("EncryptedPackage"),
    exit: 2,
    stderr: /đặt mật khẩu \(mã hoá\).*gỡ mật khẩu/s,
  },
  {
    id: "truncated",
    title: "Tệp .xlsx bị cắt cụt (tải về dở dang)",
    build: async () => {
      const bytes = await xlsx(clean());
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    },
    exit: 2,
    stderr: /bị hỏng.*lưu dưới dạng \.xlsx/s,
  },
  {
    id: "broken-xml",
    title: "Tệp .xlsx có phần XML hỏng",
    build: async () => replaceEntry(await xlsx(clean()), "xl/workbook.xml", "<workbook><sheets><sheet"),
    exit: 2,
    stderr: /bị hỏng/,
  },

  // ── Sheets ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "missing-roster",
    title: "Thiếu sheet Thành viên",
    build: data((wb) => removeSheet(wb, ROSTER)),
    exit: 2,
    issues: [{ code: "missingSheet", severity: "error", sheet: ROSTER }],
  },
  {
    id: "missing-training",
    title: "Thiếu sheet Bồi dưỡng",
    build: data((wb) => removeSheet(wb, TRAINING)),
    exit: 2,
    issues: [{ code: "missingSheet", severity: "error", sheet: TRAINING }],
  },
  {
    id: "only-sheet1",
    title: "Sổ chỉ có một sheet “Sheet1” không liên quan",
    build: () => xlsx({ sheets: [{ name: "Sheet1", rows: [["Báo cáo"], [1, 2, 3]] }] }),
    exit: 2,
    issues: [
      { code: "missingSheet", sheet: UNIT },
      { code: "missingSheet", sheet: ROSTER },
      { code: "missingSheet", sheet: AWARDS },
      { code: "missingSheet", sheet: CERTS },
      { code: "missingSheet", sheet: TRAINING },
    ],
  },
  {
    id: "sheet-names-variants",
    title: "Tên sheet viết hoa, không dấu hoặc NFD (“THANH VIEN”, “khen thưởng” NFD)",
    build: data((wb) => {
      sheetOf(wb, ROSTER).name = "THANH VIEN";
      sheetOf(wb, AWARDS).name = NFD("khen thưởng");
      sheetOf(wb, TRAINING).name = "Boi duong";
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "duplicate-roster-sheet",
    title: "Hai sheet cùng là danh sách thành viên",
    build: data((wb) => {
      const copy = sheetOf(wb, ROSTER);
      wb.sheets.push({ name: "Danh sách thành viên", rows: copy.rows.slice(0, 3).map((r) => [...r]) });
    }),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "duplicateSheet", severity: "warning", sheet: ROSTER }],
  },
  {
    id: "hidden-roster",
    title: "Sheet Thành viên bị ẩn",
    build: () => xlsx(clean(), (wb) => void (sheet(wb, ROSTER).state = "hidden")),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "protected-sheet",
    title: "Sheet Thành viên được khoá bằng mật khẩu (Bảo vệ trang tính)",
    build: () => xlsx(clean(), (wb) => sheet(wb, ROSTER).protect("matkhau123", { selectLockedCells: true, selectUnlockedCells: true })),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "empty-roster",
    title: "Sheet Thành viên chỉ có dòng tiêu đề",
    build: data((wb) => void (sheetOf(wb, ROSTER).rows.length = 1)),
    exit: 2,
    issues: [{ code: "noMembers", severity: "error", sheet: ROSTER, row: 2 }],
  },

  // ── Headers ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "missing-name-header",
    title: "Sheet Thành viên thiếu cột Họ và tên",
    build: data((wb) => removeColumn(wb, ROSTER, "Họ và tên")),
    exit: 2,
    issues: [{ code: "missingColumn", severity: "error", sheet: ROSTER, row: 1, column: "Họ và tên" }],
  },
  {
    id: "missing-year-header",
    title: "Sheet Khen thưởng thiếu cột Năm",
    build: data((wb) => removeColumn(wb, AWARDS, "Năm")),
    exit: 2,
    issues: [{ code: "missingColumn", severity: "error", sheet: AWARDS, row: 1, column: "Năm" }],
  },
  {
    id: "no-header-row",
    title: "Sheet Chứng chỉ không có dòng tiêu đề (dữ liệu từ dòng 1)",
    build: data((wb) => void sheetOf(wb, CERTS).rows.shift()),
    exit: 2,
    issues: [
      { code: "missingColumn", severity: "error", sheet: CERTS, column: "Họ và tên" },
      { code: "missingColumn", severity: "error", sheet: CERTS, column: "Loại" },
    ],
  },
  {
    id: "header-below-scan",
    title: "Dòng tiêu đề Bồi dưỡng ở dòng 12 (11 dòng trống phía trên)",
    build: data((wb) => insertRowsAbove(wb, TRAINING, Array.from({ length: 11 }, () => []))),
    exit: 2,
    issues: [{ code: "missingColumn", severity: "error", sheet: TRAINING, column: "Họ và tên" }],
  },
  {
    id: "duplicate-header",
    title: "Sheet Thành viên có hai cột Công dân học tập",
    build: data((wb) => {
      for (const [i, row] of sheetOf(wb, ROSTER).rows.entries()) row.push(i === 0 ? "Công dân học tập" : "Không");
    }),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "duplicateColumn", severity: "warning", sheet: ROSTER, row: 1, column: "Công dân học tập", columnLetter: "H" }],
  },
  {
    id: "headers-nfd",
    title: "Tiêu đề cột và tên sheet gõ ở dạng Unicode tổ hợp (NFD, từ macOS)",
    build: data((wb) => Object.assign(wb, mapStrings(wb, NFD))),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "headers-spacing-case",
    title: "Tiêu đề có khoảng trắng thừa, viết hoa, ghi chú trong ngoặc, dấu hai chấm",
    build: data((wb) => {
      renameHeader(wb, ROSTER, "Họ và tên", "  HỌ   VÀ  TÊN  ");
      renameHeader(wb, ROSTER, "Công dân học tập", "Công dân học tập (Có/Không):");
      renameHeader(wb, AWARDS, "Danh hiệu", "danh hiệu\u00a0thi đua");
      renameHeader(wb, TRAINING, "Kết quả", " Kết quả* ");
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "title-above-header",
    title: "Có tiêu đề bảng và dòng trống phía trên dòng tiêu đề cột (tiêu đề cột ở dòng 3)",
    build: data((wb) => {
      for (const name of [ROSTER, AWARDS, CERTS, TRAINING]) insertRowsAbove(wb, name, [[`DANH SÁCH ${name.toUpperCase()} NĂM 2025`], []]);
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "merged-headers",
    title: "Tiêu đề bảng gộp ô A1:G1; tiêu đề cột gộp hai dòng (A2:A3 …)",
    build: () => {
      const wb = clean();
      insertRowsAbove(wb, ROSTER, [["DANH SÁCH THÀNH VIÊN"]]);
      // A second header line under the first, left empty by the merges.
      sheetOf(wb, ROSTER).rows.splice(2, 0, []);
      return xlsx(wb, (book) => {
        const ws = sheet(book, ROSTER);
        ws.mergeCells("A1:G1");
        for (const col of ["A", "B", "C", "D", "E", "F", "G"]) ws.mergeCells(`${col}2:${col}3`);
      });
    },
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "merged-data-cells",
    title: "Ô Năm của Bồi dưỡng gộp dọc theo từng người (F2:F3, …)",
    build: () =>
      xlsx(clean(), (book) => {
        const ws = sheet(book, TRAINING);
        for (let r = 2; r <= 16; r += 2) ws.mergeCells(`F${r}:F${r + 1}`);
      }),
    exit: 0,
    // The second row of each person reads as blank (only a merge's first cell holds the value), so that
    // row counts for no year and is reported. Filling merged cells from the first would also copy
    // vertically merged headers into the row below, which the reader would take for data.
    issues: [{ code: "missingValue", severity: "warning", sheet: TRAINING, row: 3, column: "Năm", columnLetter: "F" }],
  },

  // ── Values ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "numbers-as-text",
    title: "Số ghi dạng văn bản (“2025”, “ 620 ”, STT “1”)",
    build: data((wb) => {
      setUnitValue(wb, "Năm đánh giá", "2025");
      setUnitValue(wb, "Số người học", " 620 ");
      setUnitValue(wb, "Số người học đạt Công dân học tập", "600");
      for (let r = 2; r <= MEMBERS_LAST; r++) {
        setCell(wb, ROSTER, r, "STT", String(r - 1));
        setCell(wb, AWARDS, r, "Năm", "2025");
      }
      for (let r = 2; r <= TRAINING_LAST; r++) setCell(wb, TRAINING, r, "Năm", " 2025");
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "dates-as-text",
    title: "Ngày cấp ghi dạng văn bản (“15/03/2024”, “2024-03-15”, “03/2024”)",
    build: data((wb) => {
      const forms = ["15/03/2024", "2024-03-15", "03/2024", "15.03.2024", "Năm 2024"];
      for (let r = 2; r <= MEMBERS_LAST; r++) setCell(wb, CERTS, r, "Ngày cấp", forms[r % forms.length]!);
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "dates-as-serials",
    title: "Ngày cấp và Năm ghi dạng số sê-ri ngày của Excel (45366)",
    build: data((wb) => {
      for (let r = 2; r <= MEMBERS_LAST; r++) {
        setCell(wb, CERTS, r, "Ngày cấp", 45366); // 15/03/2024
        setCell(wb, AWARDS, r, "Năm", 45717); // 01/03/2025
      }
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "date-unreadable",
    title: "Ngày cấp không đọc được (“32/13/2024”, “đầu năm”)",
    build: data((wb) => {
      setCell(wb, CERTS, 4, "Ngày cấp", "32/13/2024");
      setCell(wb, CERTS, 6, "Ngày cấp", "đầu năm");
    }),
    exit: 0,
    issues: [
      { code: "invalidDate", severity: "warning", sheet: CERTS, row: 4, column: "Ngày cấp", columnLetter: "E" },
      { code: "invalidDate", severity: "warning", sheet: CERTS, row: 6, column: "Ngày cấp", columnLetter: "E" },
    ],
  },
  {
    id: "school-year",
    title: "Cột Năm ghi năm học “2024-2025”",
    build: data((wb) => {
      for (let r = 2; r <= MEMBERS_LAST; r++) setCell(wb, AWARDS, r, "Năm", "2024-2025");
    }),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "schoolYear", severity: "info", sheet: AWARDS, row: 2, column: "Năm", columnLetter: "D" }],
  },
  {
    id: "year-unreadable",
    title: "Cột Năm ghi “2024-2026”, “năm nay”, 25",
    build: data((wb) => {
      setCell(wb, TRAINING, 3, "Năm", "2024-2026");
      setCell(wb, TRAINING, 5, "Năm", "năm nay");
      setCell(wb, AWARDS, 7, "Năm", 25);
    }),
    exit: 0,
    issues: [
      { code: "invalidYear", severity: "warning", sheet: TRAINING, row: 3, column: "Năm", columnLetter: "F" },
      { code: "invalidYear", severity: "warning", sheet: TRAINING, row: 5, column: "Năm", columnLetter: "F" },
      { code: "invalidYear", severity: "warning", sheet: AWARDS, row: 7, column: "Năm", columnLetter: "D" },
    ],
  },
  {
    id: "unit-year-unreadable",
    title: "Năm đánh giá ở sheet Đơn vị ghi “năm nay”",
    build: data((wb) => setUnitValue(wb, "Năm đánh giá", "năm nay")),
    exit: 0,
    issues: [{ code: "invalidYear", severity: "error", sheet: UNIT, row: 5, column: "Giá trị", columnLetter: "B" }],
  },
  {
    id: "unit-type-unknown",
    title: "Loại đơn vị ghi ngoài danh sách (“Trường tư thục quốc tế”)",
    build: data((wb) => setUnitValue(wb, "Loại đơn vị", "Trường tư thục quốc tế")),
    // Every chỉ tiêu that depends on the type would otherwise be “Không áp dụng”: refused (issue 11).
    exit: 2,
    issues: [{ code: "unknownUnitValue", severity: "error", sheet: UNIT, row: 3, column: "Giá trị", columnLetter: "B" }],
  },
  {
    id: "formula-na",
    title: "Công thức VLOOKUP trả #N/A ở cột Công dân học tập",
    build: () =>
      xlsx(clean(), (book) => {
        const ws = sheet(book, ROSTER);
        ws.getCell("G3").value = { formula: "VLOOKUP(C3,'Danh sách CDHT'!A:B,2,FALSE)", result: { error: "#N/A" } };
        ws.getCell("G5").value = { formula: "VLOOKUP(C5,'Danh sách CDHT'!A:B,2,FALSE)", result: { error: "#N/A" } };
      }),
    exit: 0,
    issues: [
      { code: "formulaError", severity: "warning", sheet: ROSTER, row: 3, column: "Công dân học tập", columnLetter: "G" },
      { code: "formulaError", severity: "warning", sheet: ROSTER, row: 5, column: "Công dân học tập", columnLetter: "G" },
    ],
  },
  {
    id: "formula-ref",
    title: "Công thức có lỗi #REF! ở cột Họ và tên của Khen thưởng (sheet nguồn đã bị xoá)",
    build: () =>
      xlsx(clean(), (book) => {
        sheet(book, AWARDS).getCell("B4").value = { formula: "VLOOKUP(A4,#REF!,2,FALSE)", result: { error: "#REF!" } };
      }),
    exit: 0,
    // The row still joins by its Mã, so figures are unchanged.
    sameAsClean: true,
    issues: [{ code: "formulaError", severity: "warning", sheet: AWARDS, row: 4, column: "Họ và tên", columnLetter: "B" }],
  },
  {
    id: "formula-error-rows",
    title: "Công thức kéo xuống thừa: 5 dòng chỉ có #N/A dưới dữ liệu Chứng chỉ",
    build: () =>
      xlsx(clean(), (book) => {
        const ws = sheet(book, CERTS);
        for (let r = 10; r <= 14; r++) ws.getCell(`B${r}`).value = { formula: `VLOOKUP(A${r},'${ROSTER}'!B:C,2,FALSE)`, result: { error: "#N/A" } };
      }),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "errorOnlyRows", severity: "warning", sheet: CERTS, row: 10 }],
  },
  {
    id: "formula-values",
    title: "Ô là công thức có kết quả đúng (=IF(…,\"Có\",\"Không\"))",
    build: () =>
      xlsx(clean(), (book) => {
        const ws = sheet(book, ROSTER);
        for (let r = 2; r <= MEMBERS_LAST; r++) ws.getCell(`G${r}`).value = { formula: `IF(LEN(C${r})>0,"Có","Không")`, result: "Có" };
      }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "yes-no-outside",
    title: "Có/Không ghi ngoài danh sách (“Có lẽ”, “??”, “đang xét”)",
    build: data((wb) => {
      setCell(wb, ROSTER, 3, "Công dân học tập", "Có lẽ");
      setCell(wb, ROSTER, 4, "Công dân học tập", "??");
      setCell(wb, ROSTER, 6, "Tính vào đánh giá", "đang xét");
    }),
    exit: 0,
    issues: [
      { code: "unknownYesNo", severity: "warning", sheet: ROSTER, row: 3, column: "Công dân học tập", columnLetter: "G" },
      { code: "unknownYesNo", severity: "warning", sheet: ROSTER, row: 4, column: "Công dân học tập", columnLetter: "G" },
      { code: "unknownYesNo", severity: "warning", sheet: ROSTER, row: 6, column: "Tính vào đánh giá", columnLetter: "E" },
    ],
  },
  {
    id: "yes-no-variants",
    title: "Có/Không viết không dấu, TRUE/FALSE, x, 1/0",
    build: data((wb) => {
      const forms: CellValue[] = ["co", true, "x", 1, "CÓ", "Đạt", " có ", "Yes"];
      for (let r = 2; r <= MEMBERS_LAST; r++) setCell(wb, ROSTER, r, "Công dân học tập", forms[r - 2]!);
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "result-outside",
    title: "Kết quả bồi dưỡng ghi “Đang chờ xét”",
    build: data((wb) => setCell(wb, TRAINING, 7, "Kết quả", "Đang chờ xét")),
    exit: 0,
    issues: [{ code: "unknownResult", severity: "warning", sheet: TRAINING, row: 7, column: "Kết quả", columnLetter: "E" }],
  },
  {
    id: "choice-outside",
    title: "Loại chứng chỉ và Nhóm bồi dưỡng ngoài danh sách",
    build: data((wb) => {
      setCell(wb, CERTS, 5, "Loại", "Chứng chỉ nghề");
      setCell(wb, TRAINING, 8, "Nhóm", "Nâng cao");
    }),
    exit: 0,
    issues: [
      { code: "unknownChoice", severity: "warning", sheet: CERTS, row: 5, column: "Loại", columnLetter: "C" },
      { code: "unknownChoice", severity: "warning", sheet: TRAINING, row: 8, column: "Nhóm", columnLetter: "D" },
    ],
  },
  {
    id: "rich-text-names",
    title: "Họ tên có định dạng từng chữ (rich text) và khoảng trắng không ngắt",
    build: () =>
      xlsx(clean(), (book) => {
        const ws = sheet(book, ROSTER);
        for (let r = 2; r <= MEMBERS_LAST; r++) {
          const name = memberName(r - 2);
          const [ho, ...rest] = name.split(" ");
          ws.getCell(`C${r}`).value = { richText: [{ text: ho!, font: { bold: true } }, { text: "\u00a0" + rest.join("  ") }] };
        }
      }),
    exit: 0,
    sameAsClean: true,
  },

  // ── Members ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "duplicate-member-name",
    title: "Một người ghi hai lần trong Thành viên, không có Mã",
    build: () => {
      const wb = clean();
      removeColumn(wb, ROSTER, "Mã");
      // Same name, different data (a row identical to row 4 would be merged with a warning instead).
      addRow(wb, ROSTER, { STT: 9, "Họ và tên": memberName(2), "Chức vụ": "Tổ trưởng", "Tính vào đánh giá": "Có", "Công dân học tập": "Có" });
      return xlsx(wb);
    },
    exit: 0,
    issues: [{ code: "duplicateMember", severity: "error", sheet: ROSTER, row: 10, column: "Họ và tên", columnLetter: "B" }],
  },
  {
    id: "duplicate-member-code",
    title: "Hai người cùng Mã trong Thành viên",
    build: data((wb) => setCell(wb, ROSTER, 6, "Mã", memberCode(1))),
    exit: 0,
    issues: [{ code: "duplicateMemberCode", severity: "error", sheet: ROSTER, row: 6, column: "Mã", columnLetter: "B" }],
  },
  {
    id: "unknown-member-awards",
    title: "Khen thưởng ghi người không có trong Thành viên",
    build: data((wb) => addRow(wb, AWARDS, { Mã: "CB999", "Họ và tên": "Người Không Có Tên", "Danh hiệu": "Lao động tiên tiến", Năm: 2025 })),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "unknownMember", severity: "warning", sheet: AWARDS, row: 10, column: "Họ và tên", columnLetter: "B" }],
  },
  {
    id: "unknown-member-certificates",
    title: "Chứng chỉ ghi họ tên gõ không dấu, không có Mã",
    build: data((wb) => addRow(wb, CERTS, { "Họ và tên": "Nguyen Van An", Loại: "Tin học", "Ngày cấp": 2024 })),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "unknownMember", severity: "warning", sheet: CERTS, row: 10, column: "Họ và tên", columnLetter: "B" }],
  },
  {
    id: "unknown-member-training",
    title: "Bồi dưỡng ghi Mã không có trong Thành viên và không ghi họ tên",
    build: data((wb) => addRow(wb, TRAINING, { Mã: "CB777", "Chương trình": "BDTX", Nhóm: "Bắt buộc", "Kết quả": "Hoàn thành", Năm: 2025 })),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "unknownMember", severity: "warning", sheet: TRAINING, row: 18, column: "Mã", columnLetter: "A" }],
  },
  {
    id: "name-code-mismatch",
    title: "Khen thưởng: Mã của người này, họ tên của người khác",
    build: data((wb) => setCell(wb, AWARDS, 3, "Họ và tên", memberName(5))),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "nameCodeMismatch", severity: "warning", sheet: AWARDS, row: 3, column: "Họ và tên", columnLetter: "B" }],
  },
  {
    id: "missing-name-row",
    title: "Dòng Thành viên có dữ liệu nhưng trống họ tên",
    build: data((wb) => addRow(wb, ROSTER, { STT: 9, "Chức vụ": "Giáo viên", "Công dân học tập": "Có" })),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "missingName", severity: "warning", sheet: ROSTER, row: 10, column: "Họ và tên", columnLetter: "C" }],
  },
  {
    id: "names-nfd-case-spacing",
    title: "Họ tên ở Khen thưởng, Chứng chỉ, Bồi dưỡng gõ NFD, khác hoa thường, thừa khoảng trắng (không có Mã)",
    build: () => {
      const wb = clean();
      for (const name of [ROSTER, AWARDS, CERTS, TRAINING]) removeColumn(wb, name, "Mã");
      for (const name of [AWARDS, CERTS, TRAINING]) {
        for (const row of sheetOf(wb, name).rows.slice(1)) row[0] = "  " + NFD(String(row[0])).toUpperCase().replace(/ /g, "   ") + " ";
      }
      return xlsx(wb);
    },
    exit: 0,
    sameAsClean: true,
  },

  // ── Size and shape ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "blank-rows-50000",
    title: "50.000 dòng trống sau dữ liệu (STT đánh sẵn, ô họ tên chỉ có dấu cách)",
    build: () =>
      xlsx(clean(), (book) => {
        const ws = sheet(book, ROSTER);
        for (let r = MEMBERS_LAST + 1; r <= MEMBERS_LAST + 50_000; r++) {
          const row = ws.getRow(r);
          row.getCell(1).value = r - 1;
          if (r % 2 === 0) row.getCell(3).value = " ";
        }
      }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "blank-rows-between",
    title: "Dòng trống xen giữa dữ liệu",
    build: data((wb) => {
      const rows = sheetOf(wb, ROSTER).rows;
      rows.splice(4, 0, [], [null, null, "   "]);
    }),
    exit: 0,
    sameAsClean: true,
  },
  {
    id: "self-assessment-bad",
    title: "Tự đánh giá: chỉ tiêu ghi “abc” và một chỉ tiêu ghi hai lần",
    build: data((wb) => {
      setCell(wb, SELF, 3, "Chỉ tiêu", "abc");
      setCell(wb, SELF, 5, "Chỉ tiêu", "Chỉ tiêu 1.1");
    }),
    exit: 0,
    issues: [
      { code: "invalidIndicator", severity: "warning", sheet: SELF, row: 3, column: "Chỉ tiêu", columnLetter: "A" },
      { code: "duplicateIndicator", severity: "warning", sheet: SELF, row: 5, column: "Chỉ tiêu", columnLetter: "A" },
    ],
  },
  {
    id: "unit-no-header",
    title: "Sheet Đơn vị không có dòng tiêu đề Thông tin | Giá trị",
    build: data((wb) => void sheetOf(wb, UNIT).rows.shift()),
    exit: 0,
    sameAsClean: true,
    issues: [{ code: "missingUnitHeader", severity: "info", sheet: UNIT }],
  },
  {
    id: "unit-missing-year-row",
    title: "Sheet Đơn vị thiếu dòng Năm đánh giá",
    build: data((wb) => {
      const rows = sheetOf(wb, UNIT).rows;
      rows.splice(rows.findIndex((r) => r[0] === "Năm đánh giá"), 1);
    }),
    // Every share counts the evaluated year's rows: without it nothing can be counted. Refused.
    exit: 2,
    issues: [{ code: "missingUnitRow", severity: "error", sheet: UNIT }],
  },
];
