/**
 * A small fake of the Office.js objects the adapter uses, in memory, counting context.sync() calls.
 * Loaded properties are readable only after a sync, as in Excel, so a read before sync fails the test.
 */
import type { ExcelContext } from "../../src/excel/context";
import { buildWorkbook } from "./workbook-builder";

type Grid = unknown[][];

class FakeRange {
  private loaded = false;
  isNullObject = false;
  format = {
    font: {} as Record<string, unknown>,
    fill: {} as Record<string, unknown>,
    borders: { getItem: (_edge: string) => ({ style: "" }) },
    columnWidth: 0,
  } as Record<string, unknown>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    readonly rowIndex: number,
    readonly columnIndex: number,
    readonly rowCount: number,
    readonly columnCount: number,
  ) {}
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
    this.ctx.ops++;
    this.sheet.put(this.rowIndex, this.columnIndex, v);
  }
  set formulas(v: Grid) {
    this.ctx.ops++;
    this.sheet.put(this.rowIndex, this.columnIndex, v);
  }
  set numberFormat(_v: Grid) {
    this.ctx.ops++;
  }
  merge() {
    this.sheet.merges++;
  }
  unmerge() {}
  clear() {
    this.sheet.cells = [];
  }
}

class FakeWorksheet {
  cells: Grid = [];
  merges = 0;
  visibility = "Visible";
  freezePanes = { freezeRows: (_n: number) => undefined, unfreeze: () => undefined };
  constructor(
    private readonly ctx: FakeContext,
    public name: string,
  ) {}
  slice(r: number, c: number, rows: number, cols: number): Grid {
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.cells[r + i]?.[c + j] ?? ""));
  }
  put(r: number, c: number, v: Grid) {
    v.forEach((row, i) => row.forEach((x, j) => ((this.cells[r + i] ??= [])[c + j] = x)));
  }
  getUsedRangeOrNullObject() {
    const rows = this.cells.length;
    const cols = Math.max(0, ...this.cells.map((r) => r?.length ?? 0));
    const range = new FakeRange(this.ctx, this, 0, 0, rows, cols);
    range.isNullObject = rows === 0;
    return range;
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  getRange(_address?: string) {
    return new FakeRange(this.ctx, this, 0, 0, 0, 0);
  }
  load() {
    return this;
  }
}

export class FakeContext {
  syncs = 0;
  ops = 0;
  pending: (() => void)[] = [];
  sheets: FakeWorksheet[] = [];
  tables: { name: string; sheet: FakeWorksheet; top: number; rows: number; cols: number }[] = [];

  constructor(data: { name: string; rows: unknown[][] }[]) {
    for (const s of data) {
      const ws = new FakeWorksheet(this, s.name);
      ws.cells = s.rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : v instanceof Date ? 45000 : v)));
      this.sheets.push(ws);
    }
  }

  sheet(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  async sync(): Promise<void> {
    this.syncs++;
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
      getItem: (name: string) => ctx.sheet(name)!,
      add: (name: string) => {
        if (ctx.sheet(name)) throw new Error(`sheet ${name} exists`);
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
 * A fake workbook of a canonical unit with `members` people (the roster grown past the builder's 1,000
 * names with distinct coded rows), for the sync-count test and the bench.
 */
export function fakeUnit(members: number, extra: { name: string; rows: unknown[][] }[] = []): FakeContext {
  const fake = new FakeContext([...buildWorkbook({ members: Math.min(members, 1000) }).sheets, ...extra]);
  if (members > 1000) {
    const roster = fake.sheet("Thành viên")!;
    const template = roster.cells[1]!;
    const codeCol = roster.cells[0]!.indexOf("Mã");
    const nameCol = roster.cells[0]!.indexOf("Họ và tên");
    for (let i = 1000; i < members; i++) {
      const row = template.slice();
      row[codeCol] = `CB${i + 1}`;
      row[nameCol] = `Người số ${i + 1}`;
      roster.cells.push(row);
    }
  }
  return fake;
}
