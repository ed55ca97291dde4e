/**
 * The blank input workbook written by `dvht template`: one sheet per spec in src/workbook/schema.ts, with
 * exactly the canonical sheet names and headers, bold frozen header row, the spec's widths, drop-down lists
 * from each column's `choices`, and each header's hint as a cell note.
 */
import * as ExcelJS from "exceljs";
import { readsCommunitySheet } from "../engine/rule-set-fit";
import { COMMUNITY_SHEET, MEMBER_UNITS_SHEET } from "../workbook/community-schema";
import { SCALES } from "../rules/scales";
import type { RuleSet } from "../rules/types";
import {
  SELF_ASSESSMENT_SHEET,
  TABLE_SHEETS,
  UNIT_SHEET,
  type ColumnSpec,
  type KeyValueSheetSpec,
  type TableSheetSpec,
} from "../workbook/schema";
import { unitRowsFor } from "../workbook/template-models";
import { columnLetter } from "../workbook/workbook-data";
import { saveWorkbook } from "./file-io";
import { TEMPLATE_LIST_SHEET } from "./marker-names";
import { defaultFont, DEFAULT_DATE_FORMAT, DEFAULT_FONT_NAME, DEFAULT_FONT_SIZE } from "./styles";

/** Data rows that get the drop-down lists (row 1 is the header). */
export const TEMPLATE_LAST_ROW = 1000;

const HEADER_FILL = "FFDDEBF7";
const UNIT_KEY_WIDTH = 36;
const UNIT_VALUE_WIDTH = 42;
/** Excel's limit on an inline list ("a,b,c") in data validation. */
const INLINE_LIST_MAX = 255;

export interface TemplateOptions {
  /**
   * The rule set the template is for: its input sheets (`Cộng đồng` only when a chỉ tiêu reads it), the
   * `Đơn vị` rows it may read, with Quy định and Cấp công nhận filled in.
   */
  ruleSet?: RuleSet;
}

const TIER_WORDS: Record<RuleSet["tier"], string> = { xa: "xã", huyen: "huyện", tinh: "tỉnh" };

/** `Cộng đồng` as a key/value sheet for the template: yes/no and scale rows get drop-down lists. */
function communityKeyValue(): KeyValueLike {
  return {
    keyHeader: COMMUNITY_SHEET.keyHeader,
    valueHeader: COMMUNITY_SHEET.valueHeader,
    rows: COMMUNITY_SHEET.rows.map((r) => ({
      label: r.label,
      required: true,
      hint: r.hint,
      choices: r.value.kind === "yesNo" ? ["Có", "Không"] : r.value.kind === "scale" ? SCALES[r.value.scale].steps.map((s) => s.name) : undefined,
    })),
  };
}

export function buildTemplateWorkbook(options: TemplateOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "dvht";
  const lists = new ListSource(workbook);
  const ruleSet = options.ruleSet;
  const unitRows = unitRowsFor(ruleSet);
  const unit = writeUnitSheet(workbook.addWorksheet(UNIT_SHEET.name), { ...UNIT_SHEET, rows: unitRows }, lists);
  if (ruleSet) {
    unit.getCell(rowOf(unitRows, "regulation"), 2).value = ruleSet.regulation.short;
    unit.getCell(rowOf(unitRows, "tier"), 2).value = TIER_WORDS[ruleSet.tier];
  }
  if (ruleSet?.input === "community") {
    // TT25 cấp huyện and tỉnh read their communes or districts, not the citizens' figures (issue 12.7).
    if (readsCommunitySheet(ruleSet)) writeUnitSheet(workbook.addWorksheet(COMMUNITY_SHEET.name), communityKeyValue(), lists);
    if (ruleSet.tier !== "xa") writeTableSheet(workbook.addWorksheet(MEMBER_UNITS_SHEET.name), MEMBER_UNITS_SHEET, lists);
    writeTableSheet(workbook.addWorksheet(SELF_ASSESSMENT_SHEET.name), SELF_ASSESSMENT_SHEET, lists);
  } else {
    for (const spec of TABLE_SHEETS) writeTableSheet(workbook.addWorksheet(spec.name), spec, lists);
  }
  lists.moveLast();
  return workbook;
}

function rowOf(rows: KeyValueSheetSpec["rows"], field: string): number {
  return rows.findIndex((r) => r.field === field) + 2;
}

/** Write the template; an existing file is kept unless `overwrite` is set. */
export async function writeTemplate(path: string, options: { overwrite?: boolean } & TemplateOptions = {}): Promise<void> {
  await saveWorkbook(buildTemplateWorkbook(options), path, { overwrite: options.overwrite ?? false });
}

/** What the template needs of a key/value sheet (Đơn vị, Cộng đồng). */
interface KeyValueLike {
  keyHeader: string;
  valueHeader: string;
  rows: { label: string; required: boolean; hint: string; choices?: string[] }[];
}

function writeUnitSheet(ws: ExcelJS.Worksheet, spec: KeyValueLike, lists: ListSource): ExcelJS.Worksheet {
  setColumn(ws, 1, UNIT_KEY_WIDTH);
  setColumn(ws, 2, UNIT_VALUE_WIDTH);
  writeHeader(ws, [spec.keyHeader, spec.valueHeader]);
  spec.rows.forEach((row, i) => {
    const r = i + 2;
    const label = ws.getCell(r, 1);
    label.value = row.label;
    label.font = { ...defaultFont(), bold: row.required };
    const note = noteText(row.required, row.hint);
    if (note) label.note = note;
    if (row.choices) addList(ws, `B${r}`, row.choices, lists, row.hint);
  });
  freezeHeader(ws);
  return ws;
}

function writeTableSheet(ws: ExcelJS.Worksheet, spec: TableSheetSpec, lists: ListSource): void {
  spec.columns.forEach((col, i) => {
    const column = setColumn(ws, i + 1, col.width);
    if (isDateColumn(col)) column.numFmt = DEFAULT_DATE_FORMAT;
  });
  writeHeader(ws, spec.columns.map((c) => c.header));
  spec.columns.forEach((col, i) => {
    const note = noteText(col.required, col.hint);
    if (note) ws.getCell(1, i + 1).note = note;
    if (col.choices) {
      const letter = columnLetter(i);
      addList(ws, `${letter}2:${letter}${TEMPLATE_LAST_ROW}`, col.choices, lists, col.hint);
    }
  });
  freezeHeader(ws);
}

function setColumn(ws: ExcelJS.Worksheet, index: number, width: number): ExcelJS.Column {
  const column = ws.getColumn(index);
  column.width = width;
  column.font = defaultFont();
  return column;
}

function writeHeader(ws: ExcelJS.Worksheet, headers: string[]): void {
  headers.forEach((header, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = header;
    cell.font = { name: DEFAULT_FONT_NAME, size: DEFAULT_FONT_SIZE, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    const thin = { style: "thin" as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  });
}

function freezeHeader(ws: ExcelJS.Worksheet): void {
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
}

function noteText(required: boolean, hint: string | undefined): string | undefined {
  const parts = [required ? "Bắt buộc." : "", hint ? capitalise(hint) + "." : ""].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

function isDateColumn(col: ColumnSpec): boolean {
  return col.field === "issued";
}

/** ExcelJS has worksheet.dataValidations but does not declare it. */
interface DataValidationsHolder {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * A drop-down list that warns (not blocks) on other values: the reader accepts more spellings than the
 * list shows ("x" for Có, values typed without diacritics).
 */
function addList(ws: ExcelJS.Worksheet, address: string, choices: string[], lists: ListSource, hint: string | undefined): void {
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [lists.formula(choices)],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Giá trị ngoài danh sách",
    error: truncate(`Nên chọn một trong: ${choices.join("; ")}.`, 225),
  };
  if (hint) {
    validation.showInputMessage = true;
    validation.prompt = truncate(capitalise(hint), 250);
  }
  (ws as unknown as DataValidationsHolder).dataValidations.add(address, validation);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/**
 * Inline lists where Excel allows them; longer lists, or lists with a comma in an item, go to the hidden
 * sheet TEMPLATE_LIST_SHEET (created only when needed; the reader skips it).
 */
class ListSource {
  private sheet: ExcelJS.Worksheet | undefined;
  private columns = 0;
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  formula(choices: string[]): string {
    const inline = choices.join(",");
    if (inline.length <= INLINE_LIST_MAX && !choices.some((c) => /[,"]/.test(c))) return `"${inline}"`;
    this.sheet ??= this.workbook.addWorksheet(TEMPLATE_LIST_SHEET, { state: "hidden" });
    const col = ++this.columns;
    choices.forEach((choice, i) => (this.sheet!.getCell(i + 1, col).value = choice));
    const letter = columnLetter(col - 1);
    return `'${TEMPLATE_LIST_SHEET}'!$${letter}$1:$${letter}$${choices.length}`;
  }

  /** Keep the list sheet (if any) after the visible sheets. */
  moveLast(): void {
    if (!this.sheet) return;
    const ordered = this.sheet as ExcelJS.Worksheet & { orderNo: number };
    ordered.orderNo = Math.max(...this.workbook.worksheets.map((ws) => (ws as typeof ordered).orderNo)) + 1;
  }
}
