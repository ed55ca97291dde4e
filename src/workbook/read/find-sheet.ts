/**
 * Which sheet of the workbook is which: each sheet name is matched against every spec's name and
 * aliases (case, spaces, NFC/NFD, then without diacritics). A spec matched by two sheets uses the better
 * match (canonical name before alias), then the first, and says so.
 */
import { ROSTER_SHEET, TABLE_SHEETS, UNIT_SHEET } from "../schema";
import type { SheetData, WorkbookData } from "../workbook-data";
import { buildMatcher, matcherFor } from "./match";
import { IssueLog, quoteList } from "./issue-log";

export interface SheetSpecLike {
  name: string;
  aliases: string[];
  required: boolean;
}

export const ALL_SHEET_SPECS: SheetSpecLike[] = [UNIT_SHEET, ...TABLE_SHEETS];

/** Column headers of a table sheet, for the "add this sheet" fix. */
function headersOf(spec: SheetSpecLike): string {
  if (spec === UNIT_SHEET) return `“${UNIT_SHEET.keyHeader}” và “${UNIT_SHEET.valueHeader}”`;
  const table = TABLE_SHEETS.find((t) => t === spec);
  return table ? quoteList(table.columns.map((c) => c.header)) : "";
}

/**
 * The workbook's sheet for each spec (by the spec's canonical name), or none. Missing required sheets
 * are errors; a spec matched by two sheets is a warning.
 */
export function findSheets(workbook: WorkbookData, log: IssueLog, specs: SheetSpecLike[] = ALL_SHEET_SPECS): Map<string, SheetData> {
  const match = matcherFor(specs, findSheets, () => buildMatcher(specs.map((s) => ({ value: s, names: [s.name, ...s.aliases] }))));
  const candidates = new Map<SheetSpecLike, { sheet: SheetData; rank: number }[]>();
  for (const sheet of workbook.sheets) {
    const hit = match(sheet.name);
    if (!hit) continue;
    const list = candidates.get(hit.value) ?? [];
    list.push({ sheet, rank: hit.rank });
    candidates.set(hit.value, list);
  }

  const found = new Map<string, SheetData>();
  for (const spec of specs) {
    const list = candidates.get(spec);
    if (!list || list.length === 0) {
      if (spec.required) {
        log.add({
          severity: "error",
          code: "missingSheet",
          sheet: spec.name,
          message: `Thiếu sheet “${spec.name}”.` + (spec === ROSTER_SHEET ? " Không có danh sách thành viên thì không tính được tỷ lệ nào." : ""),
          fix: `Thêm sheet tên “${spec.name}” với dòng tiêu đề ${headersOf(spec)}, hoặc chạy \`dvht template\` để tạo sổ mẫu rồi chép dữ liệu vào.` +
            (spec.aliases.length > 0 ? ` Tên sheet cũng được chấp nhận: ${quoteList(spec.aliases)}.` : ""),
        });
      }
      continue;
    }
    let best = list[0]!;
    for (const c of list) if (c.rank < best.rank) best = c;
    found.set(spec.name, best.sheet);
    if (list.length > 1) {
      const others = list.filter((c) => c !== best).map((c) => c.sheet.name);
      log.add({
        severity: "warning",
        code: "duplicateSheet",
        sheet: best.sheet.name,
        message: `Có nhiều sheet cùng là “${spec.name}”: “${best.sheet.name}” và ${quoteList(others)}. dvht chỉ đọc sheet “${best.sheet.name}”.`,
        fix: `Gộp dữ liệu vào sheet “${best.sheet.name}” và đổi tên hoặc xoá ${others.length > 1 ? "các sheet" : "sheet"} ${quoteList(others)}.`,
      });
    }
  }
  return found;
}
