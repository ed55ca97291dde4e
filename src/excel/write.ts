/**
 * SheetModels → Excel through Office.js, in one batch: the sheet names and dvht's marker are loaded (two
 * context.sync() calls), then every model's values or formulas, number formats, styles, merges, widths and
 * frozen rows are queued and sent together, with an extra sync only when a batch nears Excel on the web's
 * 5 MB request limit. A sheet dvht did not create is never overwritten (src/workbook/sheet-plan.ts).
 */
import type { CellStyle, ModelCell, SheetModel } from "../workbook/sheet-model";
import { MARKER_HEADER, MARKER_SHEET_NAME, planSheets } from "../workbook/sheet-plan";
import { alternativeSheetName, sanitizeSheetName, sheetNameKey } from "../workbook/sheet-names";
import { fingerprintOfFormulas, fingerprintOfModel } from "./fingerprint";
import { columnLetter, type CellValue } from "../workbook/workbook-data";
import { PAYLOAD_LIMIT_BYTES, payloadSize, type ExcelContext } from "./context";

export interface WriteOptions {
  /** false on hosts without custom functions: write each formula's cached value instead. Default true. */
  formulas?: boolean;
  /** Hide the written sheets (dvht's settings sheet). */
  hidden?: boolean;
  /** Hide these of the written sheets, by model name (the live Phụ lục's results sheet). */
  hiddenSheets?: string[];
}

export interface WriteResult {
  written: string[];
  /**
   * Sheets kept because they are not (or no longer) as dvht wrote them — changed since, or a sheet of the
   * same name dvht did not write — with the name the new sheet got beside it.
   */
  kept: { sheet: string; writtenAs: string }[];
  /** context.sync() calls made. */
  syncs: number;
}

const FONT = "Times New Roman";
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
/** Excel's column width is in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function plain(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "object") return value.error;
  // A text that looks like a formula stays text, and so does one that starts with the text mark itself
  // (Excel would take "'x" for the text "x").
  if (typeof value === "string" && /^[=+\-@']/.test(value)) return "'" + value;
  return value;
}

function cellInput(mc: ModelCell | null | undefined, formulas: boolean): string | number | boolean {
  if (!mc) return "";
  if (formulas && mc.formula !== undefined) return "=" + mc.formula.replace(/^=/, "");
  return plain(mc.value);
}

function styleKey(style: CellStyle | undefined): string {
  return style ? JSON.stringify(style) : "";
}

function applyStyle(range: Excel.Range, style: CellStyle, width: number, height: number): void {
  const f = range.format;
  f.font.name = FONT;
  f.font.size = style.fontSize ?? 12;
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.align) f.horizontalAlignment = ALIGN[style.align];
  if (style.verticalAlign) f.verticalAlignment = VALIGN[style.verticalAlign];
  if (style.wrap) f.wrapText = true;
  if (style.fill) f.fill.color = "#" + style.fill;
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...(width > 1 ? ["InsideVertical"] : []), ...(height > 1 ? ["InsideHorizontal"] : [])];
    for (const edge of edges) f.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
  }
}

/** What one queued format costs in a request, generously: font, alignment, wrap, fill and up to six borders. */
const STYLE_PAYLOAD_BYTES = 600;

interface StyleRectangle {
  top: number;
  bottom: number;
  left: number;
  right: number;
  style: CellStyle;
}

/**
 * The model's styled cells as rectangles: each row's runs of equally styled cells, a run extended down over
 * the rows below that have the very same run (same columns, same style).
 */
function styleRectangles(model: SheetModel, width: number): StyleRectangle[] {
  const done: StyleRectangle[] = [];
  let open = new Map<string, StyleRectangle>();
  model.rows.forEach((row, r) => {
    const next = new Map<string, StyleRectangle>();
    let c = 0;
    while (c < width) {
      const style = row[c]?.style;
      const key = styleKey(style);
      let end = c + 1;
      while (end < width && styleKey(row[end]?.style) === key) end++;
      if (style) {
        const id = `${c}:${end - 1}:${key}`;
        const above = open.get(id);
        if (above) {
          above.bottom = r;
          open.delete(id);
          next.set(id, above);
        } else {
          next.set(id, { top: r, bottom: r, left: c, right: end - 1, style });
        }
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

/** Queues one model into a worksheet; calls `flush` when the queued payload nears the limit. */
async function queueModel(ws: Excel.Worksheet, model: SheetModel, formulas: boolean, budget: { bytes: number; flush: () => Promise<void> }): Promise<void> {
  let width = model.columnWidths.length;
  for (const row of model.rows) width = Math.max(width, row.length);
  if (width === 0 || model.rows.length === 0) return;

  // Values and number formats in row blocks, each one 2-D array per property.
  let start = 0;
  while (start < model.rows.length) {
    let end = start;
    let bytes = 0;
    while (end < model.rows.length && (end === start || budget.bytes + bytes < PAYLOAD_LIMIT_BYTES)) {
      for (let c = 0; c < width; c++) {
        const mc = model.rows[end]![c];
        bytes += payloadSize(cellInput(mc, formulas)) + payloadSize(mc?.style?.numberFormat ?? "General");
      }
      end++;
    }
    const block = model.rows.slice(start, end);
    const range = ws.getRangeByIndexes(start, 0, block.length, width);
    range.numberFormat = block.map((row) => Array.from({ length: width }, (_, c) => row[c]?.style?.numberFormat ?? "General"));
    range.formulas = block.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c], formulas)));
    budget.bytes += bytes;
    start = end;
    if (budget.bytes >= PAYLOAD_LIMIT_BYTES) await budget.flush();
  }

  // Styles: one format per rectangle of equally styled cells, so a list of 20,000 alike rows costs a few
  // formats, not one per row; the budget is checked after each, so formats never pile past the limit.
  for (const rect of styleRectangles(model, width)) {
    const height = rect.bottom - rect.top + 1;
    const across = rect.right - rect.left + 1;
    applyStyle(ws.getRangeByIndexes(rect.top, rect.left, height, across), rect.style, across, height);
    budget.bytes += STYLE_PAYLOAD_BYTES;
    if (budget.bytes >= PAYLOAD_LIMIT_BYTES) await budget.flush();
  }
  for (const m of model.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  model.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = w * POINTS_PER_CHARACTER;
  });
  if (model.frozenRows) ws.freezePanes.freezeRows(model.frozenRows);
  if (budget.bytes >= PAYLOAD_LIMIT_BYTES) await budget.flush();
}

/** Column B's header in the marker, as the command line writes it. */
const FINGERPRINT_HEADER = "Dấu kiểm nội dung";

/** Names of dvht's marker candidates (the marker is found by its A1, under "dvht" or "dvht_2", …). */
function isMarkerName(name: string): boolean {
  return new RegExp(`^${MARKER_SHEET_NAME}(_\\d+)?$`, "i").test(name);
}

export async function writeSheetModels(context: ExcelContext, models: SheetModel[], options: WriteOptions = {}): Promise<WriteResult> {
  const formulas = options.formulas ?? true;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  // One sync loads the marker candidates and every sheet a model may replace (its name or a “(dvht)”
  // variant), so that the fingerprints the marker holds can be checked without a sync per sheet.
  const wanted = wantedKeys(models, worksheets.items.length);
  const used = (ws: Excel.Worksheet, what: string) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load(what);
    return { ws, range };
  };
  const candidates = worksheets.items.filter((ws) => isMarkerName(ws.name)).map((ws) => used(ws, "values"));
  const contents = worksheets.items.filter((ws) => wanted.has(sheetNameKey(ws.name))).map((ws) => used(ws, "formulas,rowIndex,columnIndex"));
  if (candidates.length > 0 || contents.length > 0) await sync();
  const marker = candidates.find((c) => !c.range.isNullObject && c.range.values[0]?.[0] === MARKER_HEADER);
  const listed = marker ? marker.range.values.slice(1).filter((r) => String(r[0] ?? "") !== "") : [];
  const now = new Map(contents.map(({ ws, range }) => [sheetNameKey(ws.name), range.isNullObject ? fingerprintOfFormulas([], 0, 0) : fingerprintOfFormulas(range.formulas, range.rowIndex, range.columnIndex)]));
  // dvht's sheets still as dvht wrote them; a listed sheet without a fingerprint (an older dvht) is not
  // trusted. A listed sheet no model wants is not touched this time: it stays listed as it was, and is
  // checked on the run that wants to replace it.
  const trusted = new Map<string, string>();
  for (const [name, fingerprint] of listed) {
    const key = sheetNameKey(String(name));
    if (typeof fingerprint !== "string" || fingerprint === "") continue;
    if (!wanted.has(key) || now.get(key) === fingerprint) trusted.set(key, fingerprint);
  }
  const owned = listed.map((r) => String(r[0])).filter((n) => trusted.has(sheetNameKey(n)));
  const existing = worksheets.items.map((ws) => ws.name);
  const markerName = marker?.ws.name ?? freeName(existing);
  const plan = planSheets(existing, owned, models.map((m) => m.name), [markerName]);
  const existingKeys = new Set(existing.map(sheetNameKey));
  const kept = plan.sheets
    .map((target, i) => ({ sheet: sanitizeSheetName(models[i]!.name), writtenAs: target.name }))
    .filter((k) => k.sheet !== k.writtenAs && existingKeys.has(sheetNameKey(k.sheet)));

  context.application.suspendApiCalculationUntilNextSync();
  const budget = {
    bytes: 0,
    flush: async () => {
      await sync();
      budget.bytes = 0;
      context.application.suspendApiCalculationUntilNextSync();
    },
  };
  for (let i = 0; i < models.length; i++) {
    const target = plan.sheets[i]!;
    let ws: Excel.Worksheet;
    if (target.replace) {
      ws = worksheets.getItem(target.name);
      const all = ws.getRange();
      all.unmerge();
      all.clear("All");
      // clear() keeps column widths: a column the new model does not size would keep the old model's.
      all.format.useStandardWidth = true;
      ws.freezePanes.unfreeze();
    } else {
      ws = worksheets.add(target.name);
    }
    if (options.hidden || options.hiddenSheets?.includes(models[i]!.name)) ws.visibility = "Hidden";
    await queueModel(ws, models[i]!, formulas, budget);
  }

  // The marker: A1 the header, then every sheet dvht owns with its fingerprint (column B, as the command
  // line writes it: src/xlsx/marker.ts); very hidden.
  for (let i = 0; i < models.length; i++) {
    const model = models[i]!;
    trusted.set(sheetNameKey(plan.sheets[i]!.name), fingerprintOfModel(model, (r, c) => cellInput(model.rows[r]?.[c], formulas)));
  }
  const markerSheet = marker ? marker.ws : worksheets.add(markerName);
  const old = marker ? marker.range.values.length : 0;
  const names = plan.marker;
  const column = [
    [MARKER_HEADER, FINGERPRINT_HEADER],
    ...names.map((n) => [n, trusted.get(sheetNameKey(n)) ?? ""]),
    ...Array.from({ length: Math.max(0, old - names.length - 1) }, () => ["", ""]),
  ];
  markerSheet.getRangeByIndexes(0, 0, column.length, 2).values = column;
  markerSheet.visibility = "VeryHidden";
  await sync();
  return { written: plan.sheets.map((s) => s.name), kept, syncs };
}

/** Keys of every name a model may be written under: its own, then “(dvht)”, “(dvht 2)”, … */
function wantedKeys(models: SheetModel[], sheets: number): Set<string> {
  const keys = new Set<string>();
  for (const m of models) {
    const base = sanitizeSheetName(m.name);
    keys.add(sheetNameKey(base));
    for (let n = 1; n <= sheets + models.length; n++) keys.add(sheetNameKey(alternativeSheetName(base, n)));
  }
  return keys;
}

function freeName(existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  let name = MARKER_SHEET_NAME;
  for (let n = 2; taken.has(name.toLocaleLowerCase("vi")); n++) name = `${MARKER_SHEET_NAME}_${n}`;
  return name;
}
