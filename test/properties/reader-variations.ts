import type { WorkbookData } from "../../src/workbook/workbook-data";

/**
 * How a clerk may type the same word or name — NFC or NFD, any case, extra or non-breaking spaces: each
 * means the same to dvht, so the reader properties write labels and names through one of these.
 */
export const TYPING_VARIANTS: ((text: string) => string)[] = [
  (s) => s,
  (s) => s.normalize("NFD"),
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => `  ${s.replace(/ /g, "   ")} `,
  (s) => s.replace(/ /g, "\u00a0"),
  (s) => s.normalize("NFD").toUpperCase().replace(/ /g, "  "),
];

/**
 * The workbook with the data rows of every sheet but `Đơn vị` (a label | value sheet whose order is its
 * meaning) put in the order `keys` give; header rows stay on top. The reader must not care.
 */
export function reorderDataRows(workbook: WorkbookData, keys: number[]): WorkbookData {
  return {
    sheets: workbook.sheets.map((sheet) => {
      if (sheet.name === "Đơn vị") return sheet;
      const [header, ...rows] = sheet.rows;
      const order = rows.map((row, k) => ({ row, key: keys[k % keys.length]! + k / 1000 }));
      order.sort((a, b) => a.key - b.key);
      return { name: sheet.name, rows: [header!, ...order.map((o) => o.row)] };
    }),
  };
}
