/**
 * A small fake of the Office.js objects the adapter uses, in memory, counting context.sync() calls — one
 * that fails like Excel where a writer can go wrong:
 * - a 2-D array written to `values`, `formulas` or `numberFormat` must have exactly the range's rows and
 *   columns (Excel: InvalidArgument); a single value fills the range;
 * - an address that is not A1 notation, indexes outside the sheet, an unknown sheet name, a sheet name
 *   Excel refuses or one already taken (case-insensitively) throw;
 * - a formula longer than 8,192 characters or a text longer than 32,767 throws;
 * - “'” before an input makes it text (and is dropped); “=” before a value makes it a formula;
 * - merging keeps only the top-left value; merges, number formats, fonts, fills, borders, alignments,
 *   column widths and frozen rows are recorded per cell / column, and unknown enum values throw;
 * - loaded properties are readable only after a sync; the used range is the bounding box of non-empty
 *   cells (it may start below A1);
 * - every sync records the size of the cell contents and number formats sent with it (`batches`), as the
 *   writer's own estimator (payloadSize) measures them, so a test can tell a sync a 4 MB batch needed
 *   from one that grows with rows for no reason, and the size of the formats it sent (`formatBatches`).
 */
import { payloadSize, type ExcelContext } from "../../src/excel/context";
import { buildWorkbook } from "./workbook-builder";

type Grid = unknown[][];

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
const MAX_FORMULA = 8_192;
const MAX_TEXT = 32_767;
const HORIZONTAL = new Set(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]);
const VERTICAL = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);
const EDGES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]);
const BORDER_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const VISIBILITY = new Set(["Visible", "Hidden", "VeryHidden"]);

/** Excel's error for a call it refuses. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** What is recorded of a cell's format. */
export interface CellFormat {
  numberFormat?: string;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, string>;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters → 0-based index; undefined when not letters or past XFD. */
function columnIndex(letters: string): number | undefined {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n >= 1 && n <= MAX_COLUMNS ? n - 1 : undefined;
}

/** “B2”, “A1:C3”, “A:A”, “B:D”, “3:5”, with optional “$”; throws on anything else, as Excel does. */
export function parseAddress(address: string): Rect {
  const clean = address.replace(/\$/g, "").toUpperCase();
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const part = (text: string): { row?: number; col?: number } => {
    const m = cell.exec(text);
    if (m) {
      const col = columnIndex(m[1]!);
      const row = Number(m[2]) - 1;
      if (col === undefined || row < 0 || row >= MAX_ROWS) throw new FakeExcelError("InvalidArgument", `address ${address}`);
      return { row, col };
    }
    if (/^[A-Z]{1,3}$/.test(text)) {
      const col = columnIndex(text);
      if (col === undefined) throw new FakeExcelError("InvalidArgument", `address ${address}`);
      return { col };
    }
    if (/^\d{1,7}$/.test(text)) {
      const row = Number(text) - 1;
      if (row < 0 || row >= MAX_ROWS) throw new FakeExcelError("InvalidArgument", `address ${address}`);
      return { row };
    }
    throw new FakeExcelError("InvalidArgument", `address ${address}`);
  };
  const [a, b, ...rest] = clean.split(":");
  if (rest.length > 0 || a === undefined || a === "") throw new FakeExcelError("InvalidArgument", `address ${address}`);
  const p = part(a);
  const q = b === undefined ? p : part(b);
  const wholeColumns = p.row === undefined && q.row === undefined && p.col !== undefined && q.col !== undefined;
  const wholeRows = p.col === undefined && q.col === undefined && p.row !== undefined && q.row !== undefined;
  const cells = p.row !== undefined && p.col !== undefined && q.row !== undefined && q.col !== undefined;
  if (b === undefined && !cells) throw new FakeExcelError("InvalidArgument", `address ${address}`);
  if (!wholeColumns && !wholeRows && !cells) throw new FakeExcelError("InvalidArgument", `address ${address}`);
  const top = wholeColumns ? 0 : Math.min(p.row!, q.row!);
  const bottom = wholeColumns ? MAX_ROWS - 1 : Math.max(p.row!, q.row!);
  const left = wholeRows ? 0 : Math.min(p.col!, q.col!);
  const right = wholeRows ? MAX_COLUMNS - 1 : Math.max(p.col!, q.col!);
  return { top, left, bottom, right };
}

const overlaps = (a: Rect, b: Rect): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

class FakeRange {
  private loaded = false;
  isNullObject = false;
  readonly format: Record<string, unknown>;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    readonly rowIndex: number,
    readonly columnIndex: number,
    readonly rowCount: number,
    readonly columnCount: number,
  ) {
    const each = (apply: (f: CellFormat) => void) => this.sheet.eachFormat(this.rect, apply);
    const range = this;
    /** Every format property set travels in the batch: its size as the writer's estimator counts it. */
    const sent = (...parts: unknown[]): void => {
      for (const part of parts) range.ctx.queuedFormatBytes += payloadSize(part);
    };
    const font = {
      set name(v: string) {
        sent(v);
        each((f) => ((f.font ??= {}).name = v));
      },
      set size(v: number) {
        if (!(v > 0 && v <= 409)) throw new FakeExcelError("InvalidArgument", `font size ${v}`);
        sent(v);
        each((f) => ((f.font ??= {}).size = v));
      },
      set bold(v: boolean) { sent(v); each((f) => ((f.font ??= {}).bold = v)); },
      set italic(v: boolean) { sent(v); each((f) => ((f.font ??= {}).italic = v)); },
    };
    const fill = {
      set color(v: string) {
        if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeExcelError("InvalidArgument", `fill colour ${v}`);
        sent(v);
        each((f) => (f.fill = v.toUpperCase()));
      },
    };
    const borders = {
      getItem(edge: string) {
        if (!EDGES.has(edge)) throw new FakeExcelError("InvalidArgument", `border ${edge}`);
        return {
          set style(v: string) {
            if (!BORDER_STYLES.has(v)) throw new FakeExcelError("InvalidArgument", `border style ${v}`);
            sent(edge, v);
            range.sheet.setBorder(range.rect, edge, v);
          },
        };
      },
    };
    this.format = {
      font,
      fill,
      borders,
      set horizontalAlignment(v: string) {
        if (!HORIZONTAL.has(v)) throw new FakeExcelError("InvalidArgument", `horizontalAlignment ${v}`);
        sent(v);
        each((f) => (f.horizontalAlignment = v));
      },
      set verticalAlignment(v: string) {
        if (!VERTICAL.has(v)) throw new FakeExcelError("InvalidArgument", `verticalAlignment ${v}`);
        sent(v);
        each((f) => (f.verticalAlignment = v));
      },
      set wrapText(v: boolean) { sent(v); each((f) => (f.wrapText = v)); },
      /** Only `true` is meaningful (Office.js): the columns go back to the sheet's standard width. */
      set useStandardWidth(v: boolean) {
        if (v !== true) throw new FakeExcelError("InvalidArgument", "useStandardWidth can only be set to true");
        for (const c of [...range.sheet.columnWidths.keys()]) {
          if (c >= range.columnIndex && c < range.columnIndex + range.columnCount) range.sheet.columnWidths.delete(c);
        }
      },
      set columnWidth(v: number) {
        if (!(v >= 0)) throw new FakeExcelError("InvalidArgument", `columnWidth ${v}`);
        sent(v);
        for (let c = range.columnIndex; c < range.columnIndex + range.columnCount; c++) range.sheet.columnWidths.set(c, v);
      },
    };
  }

  get rect(): Rect {
    return { top: this.rowIndex, left: this.columnIndex, bottom: this.rowIndex + this.rowCount - 1, right: this.columnIndex + this.columnCount - 1 };
  }

  load(_props?: string) {
    this.ctx.pending.push(() => (this.loaded = true));
    return this;
  }
  private check() {
    if (!this.loaded) throw new Error("property read before load + sync");
  }
  get values(): Grid {
    this.check();
    return this.sheet.slice(this.rowIndex, this.columnIndex, this.rowCount, this.columnCount);
  }
  set values(v: Grid) {
    this.write(v, "values");
  }
  /** As Excel shows them: constants, and formulas as their “=…” text, which is how the fake keeps cells. */
  get formulas(): Grid {
    return this.values;
  }
  set formulas(v: Grid) {
    this.write(v, "formulas");
  }
  set numberFormat(v: Grid) {
    this.ctx.ops++;
    this.grid(v, "numberFormat").forEach((row, i) =>
      row.forEach((format, j) => {
        this.ctx.queuedBytes += payloadSize(format);
        if (typeof format !== "string") throw new FakeExcelError("InvalidArgument", `numberFormat ${String(format)}`);
        this.sheet.formatAt(this.rowIndex + i, this.columnIndex + j).numberFormat = format;
      }),
    );
  }
  merge(across = false) {
    if (across) throw new Error("the fake merges whole ranges only");
    if (this.rowCount === 1 && this.columnCount === 1) return;
    this.sheet.merge(this.rect);
  }
  unmerge() {
    this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.rect));
  }
  clear(applyTo: string = "All") {
    if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats") throw new FakeExcelError("InvalidArgument", `clear ${applyTo}`);
    this.sheet.clear(this.rect, applyTo);
  }

  /** The input as a grid of the range's size: exactly its dimensions, or one value for every cell. */
  private grid(v: unknown, what: string): Grid {
    if (!Array.isArray(v)) return Array.from({ length: this.rowCount }, () => Array.from({ length: this.columnCount }, () => v));
    if (v.length !== this.rowCount || v.some((row) => !Array.isArray(row) || row.length !== this.columnCount)) {
      const got = `${v.length}×${Array.isArray(v[0]) ? v[0].length : "?"}`;
      throw new FakeExcelError("InvalidArgument", `${what}: the input array (${got}) does not match the range (${this.rowCount}×${this.columnCount})`);
    }
    return v as Grid;
  }

  private write(v: unknown, what: "values" | "formulas") {
    this.ctx.ops++;
    this.grid(v, what).forEach((row, i) =>
      row.forEach((x, j) => {
        this.ctx.queuedBytes += payloadSize(x);
        if (typeof x === "string") {
          if (x.startsWith("=") && x.length > MAX_FORMULA) throw new FakeExcelError("InvalidArgument", `formula longer than ${MAX_FORMULA}`);
          if (x.length > MAX_TEXT) throw new FakeExcelError("InvalidArgument", `text longer than ${MAX_TEXT}`);
        } else if (x !== null && typeof x === "object") {
          throw new FakeExcelError("InvalidArgument", `${what}: ${JSON.stringify(x)} is not a cell value`);
        }
        // “'” makes the rest text (and is not kept); otherwise "=…" is a formula, kept as written.
        const cell = typeof x === "string" && x.startsWith("'") ? { value: x.slice(1), text: true } : { value: x, text: false };
        this.sheet.set(this.rowIndex + i, this.columnIndex + j, cell.value, cell.text);
      }),
    );
  }
}

class FakeWorksheet {
  /** Cell contents as written: constants, and formulas as their text ("=…"). */
  cells: Grid = [];
  /** Cells whose text starts with "=" but is text (written with a leading “'”). */
  readonly textCells = new Set<string>();
  formats = new Map<string, CellFormat>();
  merges: Rect[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  private visibilityValue = "Visible";
  readonly freezePanes = {
    freezeRows: (n: number) => {
      if (!(n >= 0 && n < MAX_ROWS)) throw new FakeExcelError("InvalidArgument", `freezeRows ${n}`);
      this.frozenRows = n;
    },
    unfreeze: () => {
      this.frozenRows = 0;
    },
  };
  constructor(
    private readonly ctx: FakeContext,
    public name: string,
  ) {}

  get visibility(): string {
    return this.visibilityValue;
  }
  set visibility(v: string) {
    if (!VISIBILITY.has(v)) throw new FakeExcelError("InvalidArgument", `visibility ${v}`);
    this.visibilityValue = v;
  }

  slice(r: number, c: number, rows: number, cols: number): Grid {
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.cells[r + i]?.[c + j] ?? ""));
  }
  set(r: number, c: number, value: unknown, text: boolean) {
    (this.cells[r] ??= [])[c] = value === null || value === undefined ? "" : value;
    if (text) this.textCells.add(`${r},${c}`);
    else this.textCells.delete(`${r},${c}`);
  }
  /** Whether the cell holds a formula (not a text that starts with "="). */
  isFormula(r: number, c: number): boolean {
    const v = this.cells[r]?.[c];
    return typeof v === "string" && v.startsWith("=") && !this.textCells.has(`${r},${c}`);
  }
  formatAt(r: number, c: number): CellFormat {
    const key = `${r},${c}`;
    let f = this.formats.get(key);
    if (!f) this.formats.set(key, (f = {}));
    return f;
  }
  /** The recorded format of a cell ({} when none). */
  format(r: number, c: number): CellFormat {
    return this.formats.get(`${r},${c}`) ?? {};
  }
  eachFormat(rect: Rect, apply: (f: CellFormat) => void) {
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 1_000_000) throw new Error("the fake formats at most 1,000,000 cells at once");
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) apply(this.formatAt(r, c));
  }
  /** A border edge of a range, as Excel draws it onto the cells along that edge. */
  setBorder(rect: Rect, edge: string, style: string) {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const sides: string[] = [];
        if (edge === "EdgeTop" && r === rect.top) sides.push("top");
        if (edge === "EdgeBottom" && r === rect.bottom) sides.push("bottom");
        if (edge === "EdgeLeft" && c === rect.left) sides.push("left");
        if (edge === "EdgeRight" && c === rect.right) sides.push("right");
        if (edge === "InsideVertical") {
          if (c > rect.left) sides.push("left");
          if (c < rect.right) sides.push("right");
        }
        if (edge === "InsideHorizontal") {
          if (r > rect.top) sides.push("top");
          if (r < rect.bottom) sides.push("bottom");
        }
        if (sides.length === 0) continue;
        const f = this.formatAt(r, c);
        for (const side of sides) (f.borders ??= {})[side] = style;
      }
    }
  }
  merge(rect: Rect) {
    // Excel keeps the top-left value of a merged area and drops the others.
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) if (r !== rect.top || c !== rect.left) this.set(r, c, "", false);
    }
    this.merges = [...this.merges.filter((m) => !overlaps(m, rect)), rect];
  }
  clear(rect: Rect, applyTo: string) {
    if (applyTo !== "Formats") {
      for (let r = rect.top; r <= Math.min(rect.bottom, this.cells.length - 1); r++) {
        const row = this.cells[r];
        if (!row) continue;
        for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) this.set(r, c, "", false);
      }
    }
    if (applyTo !== "Contents") {
      for (const key of [...this.formats.keys()]) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) this.formats.delete(key);
      }
      if (applyTo === "All") this.merges = this.merges.filter((m) => !overlaps(m, rect));
    }
  }
  /** The bounding box of non-empty cells, as Excel's used range with valuesOnly. */
  private usedRect(): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === "" || v === null || v === undefined) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    const used = this.usedRect();
    if (!used) {
      const range = new FakeRange(this.ctx, this, 0, 0, 1, 1);
      range.isNullObject = true;
      return range;
    }
    return new FakeRange(this.ctx, this, used.top, used.left, used.bottom - used.top + 1, used.right - used.left + 1);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
    const ints = [r, c, rows, cols].every((n) => Number.isInteger(n));
    if (!ints || r < 0 || c < 0 || rows < 1 || cols < 1 || r + rows > MAX_ROWS || c + cols > MAX_COLUMNS) {
      throw new FakeExcelError("InvalidArgument", `getRangeByIndexes(${r}, ${c}, ${rows}, ${cols})`);
    }
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  /** The whole sheet without an address, else the A1 address. */
  getRange(address?: string) {
    const rect = address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseAddress(address);
    return new FakeRange(this.ctx, this, rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
  }
  load() {
    return this;
  }
}

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    throw new FakeExcelError("InvalidArgument", `sheet name “${name}”`);
  }
}

export class FakeContext {
  syncs = 0;
  /** Estimated bytes of cell contents and number formats queued since the last sync. */
  queuedBytes = 0;
  /** Estimated bytes of formats (fonts, fills, borders, alignments, widths) queued since the last sync. */
  queuedFormatBytes = 0;
  /** For each sync, in order: the estimated bytes of cell contents and number formats it sent. */
  batches: number[] = [];
  /** For each sync, in order: the estimated bytes of the formats it sent. */
  formatBatches: number[] = [];
  ops = 0;
  pending: (() => void)[] = [];
  sheets: FakeWorksheet[] = [];
  tables: { name: string; sheet: FakeWorksheet; top: number; rows: number; cols: number }[] = [];

  constructor(data: { name: string; rows: unknown[][] }[]) {
    for (const s of data) {
      checkSheetName(s.name);
      const ws = new FakeWorksheet(this, s.name);
      ws.cells = s.rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : v instanceof Date ? 45000 : v)));
      this.sheets.push(ws);
    }
  }

  /** The sheet by name, case-insensitively as Excel finds it; undefined when there is none. */
  sheet(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.name.toLocaleLowerCase("vi") === name.toLocaleLowerCase("vi"));
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.batches.push(this.queuedBytes);
    this.formatBatches.push(this.queuedFormatBytes);
    this.queuedBytes = 0;
    this.queuedFormatBytes = 0;
    const pending = this.pending;
    this.pending = [];
    pending.forEach((p) => p());
  }

  get context(): ExcelContext {
    const ctx = this;
    let itemsLoaded = false;
    const worksheets = {
      load: () => ctx.pending.push(() => (itemsLoaded = true)),
      get items() {
        if (!itemsLoaded) throw new Error("worksheets.items read before load + sync");
        return ctx.sheets;
      },
      getItem: (name: string) => {
        const ws = ctx.sheet(name);
        if (!ws) throw new FakeExcelError("ItemNotFound", `no sheet “${name}”`);
        return ws;
      },
      getItemOrNullObject: (name: string) => ctx.sheet(name) ?? { isNullObject: true },
      add: (name: string) => {
        checkSheetName(name);
        if (ctx.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
        const ws = new FakeWorksheet(ctx, name);
        ctx.sheets.push(ws);
        return ws;
      },
    };
    let tablesLoaded = false;
    const tables = {
      load: () => ctx.pending.push(() => (tablesLoaded = true)),
      get items() {
        if (!tablesLoaded) throw new Error("tables.items read before load + sync");
        return ctx.tables.map((t) => ({
          name: t.name,
          worksheet: t.sheet,
          getRange: () => t.sheet.getRangeByIndexes(t.top, 0, t.rows, t.cols),
        }));
      },
    };
    return {
      workbook: { worksheets, tables },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      sync: () => ctx.sync(),
    } as unknown as ExcelContext;
  }
}

/**
 * A fake workbook of a canonical unit with `members` people, for the sync-count test and the bench. Past
 * the builder's 1,000 names, each extra member is a copy of the first member — the roster row and the
 * same award, certificate and training rows, under the member's own code and name — so a large unit
 * meets its share chỉ tiêu like a small one and only the number of rows grows.
 */
export function fakeUnit(members: number, extra: { name: string; rows: unknown[][] }[] = []): FakeContext {
  const fake = new FakeContext([...buildWorkbook({ members: Math.min(members, 1000) }).sheets, ...extra]);
  if (members > 1000) {
    const memberSheets = ["Thành viên", "Khen thưởng", "Chứng chỉ", "Bồi dưỡng"].map((name) => {
      const sheet = fake.sheet(name)!;
      const header = sheet.cells[0]!;
      const codeCol = header.indexOf("Mã");
      const nameCol = header.indexOf("Họ và tên");
      const sttCol = header.indexOf("STT");
      const templateCode = fake.sheet("Thành viên")!.cells[1]![fake.sheet("Thành viên")!.cells[0]!.indexOf("Mã")];
      return { sheet, codeCol, nameCol, sttCol, template: sheet.cells.filter((row) => row[codeCol] === templateCode) };
    });
    for (let i = 1000; i < members; i++) {
      for (const { sheet, codeCol, nameCol, sttCol, template } of memberSheets) {
        for (const t of template) {
          const row = t.slice();
          row[codeCol] = `CB${i + 1}`;
          row[nameCol] = `Người số ${i + 1}`;
          if (sttCol >= 0) row[sttCol] = i + 1;
          sheet.cells.push(row);
        }
      }
    }
  }
  return fake;
}
