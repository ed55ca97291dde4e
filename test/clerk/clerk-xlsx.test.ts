/**
 * Clerk workbooks as real .xlsx files: the roster kept as an Excel table with its totals row shown (a
 * count under Họ và tên, “Tổng” in the first column), merged title rows above it, and a signature block
 * below. The file is read by the CLI's path and must be byte-identical afterwards.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadAndAssess } from "../../src/cli/load";
import { buildWorkbookFromData } from "../../src/xlsx/write-data";
import { freshDir } from "../helpers/tmp";
import { clerkWorkbook, fullMembers } from "./clerk-workbook";

const dir = freshDir("clerk-xlsx");
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

interface TableShape {
  titleRows: number;
  signature: boolean;
  /** The totals row as a clerk may set it up: a count under Họ và tên, or only words that read like a name. */
  totals?: "count" | "words";
}

async function rosterAsTable(file: string, options: TableShape): Promise<void> {
  const members = fullMembers(20);
  const book = buildWorkbookFromData(clerkWorkbook({ members }));
  const old = book.getWorksheet("Thành viên")!;
  book.removeWorksheet(old.id);
  const ws = book.addWorksheet("Thành viên");
  if (options.titleRows > 0) {
    ws.getCell("A1").value = "TRƯỜNG TIỂU HỌC KIM ĐỒNG";
    ws.mergeCells("A1:F1");
    ws.getCell("A2").value = "DANH SÁCH THÀNH VIÊN NĂM HỌC 2024-2025";
    ws.mergeCells("A2:F2");
  }
  const top = options.titleRows + 1;
  ws.addTable({
    name: "tblThanhVien",
    ref: `A${top}`,
    headerRow: true,
    totalsRow: true,
    columns: [
      options.totals === "words" ? { name: "STT", totalsRowLabel: "Số lượng" } : { name: "STT", totalsRowLabel: "Tổng" },
      options.totals === "words"
        ? { name: "Họ và tên", totalsRowLabel: "Giáo viên và nhân viên" }
        : ({ name: "Họ và tên", totalsRowFunction: "count", totalsRowResult: 20 } as never),
      { name: "Chức vụ" },
      { name: "Tính vào đánh giá" },
      { name: "Kỷ luật" },
      { name: "Công dân học tập", totalsRowFunction: "countNums", totalsRowResult: 0 } as never,
    ],
    rows: members.map((m, i) => [i + 1, m.name, "Giáo viên", "Có", null, "Có"]),
  });
  if (options.signature) {
    // Header at `top`, 20 rows, the totals row at top + 21; two rows below, the signature block.
    const sign = top + 23;
    ws.getCell(`B${sign}`).value = "Người lập biểu";
    ws.getCell(`E${sign}`).value = "HIỆU TRƯỞNG";
    ws.getCell(`B${sign + 1}`).value = "(Ký, ghi rõ họ tên)";
    ws.getCell(`B${sign + 4}`).value = "Trần Thị Lập";
    ws.getCell(`E${sign + 4}`).value = "Nguyễn Văn Trưởng";
  }
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
}

test.each<[string, TableShape]>([
  ["table only", { titleRows: 0, signature: false }],
  ["title rows, table with totals row, signature block", { titleRows: 2, signature: true }],
  ["a totals row holding only words that read like a name (“Giáo viên và nhân viên”)", { titleRows: 2, signature: false, totals: "words" }],
])("roster as an Excel table with its totals row (%s): 20 members, not 21; the file is unchanged", async (label, options) => {
  const file = path.join(dir, `${label.replace(/\W+/g, "-")}.xlsx`);
  await rosterAsTable(file, options);
  const before = sha256(file);
  const assessed = await loadAndAssess(file);
  expect(sha256(file)).toBe(before);
  expect(assessed.input.members).toHaveLength(20);
  const ind = assessed.evaluation.indicators.find((i) => i.id === "2.5")!;
  expect([ind.numerator, ind.denominator, ind.level]).toEqual([20, 20, 2]);
  // The totals row sits right under the 20 data rows: Excel row (header row) + 21.
  const totalsRow = options.titleRows + 1 + 21;
  // The file's table part says which row is the totals row: excluded as such, not guessed from its content.
  expect(assessed.issues.filter((i) => i.code === "tableTotalsRow").map((i) => [i.sheet, i.row])).toEqual([["Thành viên", totalsRow]]);
  expect(assessed.issues.filter((i) => i.code === "tableTrailer").map((i) => [i.sheet, i.row])).toEqual(options.signature ? [["Thành viên", totalsRow + 2]] : []);
  expect(assessed.issues.filter((i) => i.code === "nothingRecorded" || i.code === "missingName")).toEqual([]);
});
