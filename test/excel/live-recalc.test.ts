/**
 * The live Phụ lục's recalculation through the Excel fake, at 5,000 members: Excel runs JavaScript once per
 * DVHT.* cell, handing it the ranges the cell names. Written by the Office.js adapter, the live Phụ lục has
 * one such cell (DVHT.EVALUATE on the hidden results sheet); every other live cell is INDEX/MATCH into its
 * spill. So a recalculation is one evaluation: counted here, and its time printed beside one evaluation's
 * (no timing is asserted). Each INDEX cell must show what the Phụ lục without custom functions shows.
 */
import { performance } from "node:perf_hooks";
import { writeAppendixInExcel } from "../../src/excel/appendix";
import { invoke } from "../../src/functions/catalog";
import { rangesToWorkbook } from "../../src/functions/impl";
import * as assess from "../../src/workbook/assess";
import type { DvhtFunctionId } from "../../src/workbook/dvht-functions";
import { LIVE_RESULTS_SHEET } from "../../src/workbook/live";
import { FakeContext, fakeUnit, parseAddress } from "../helpers/fake-excel";

const MEMBERS = 5000;

/** Splits a formula's argument list at top-level commas (not inside quotes or parentheses). */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === quoted) quoted = text[i + 1] === quoted ? (i++, quoted) : null;
    } else if (ch === '"' || ch === "'") quoted = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** A reference "'Sheet'!$A$1:$G$10" or "'Sheet'!$A:$A" → the sheet and the rectangle. */
function reference(fake: FakeContext, text: string) {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(text.trim());
  if (!m) return undefined;
  const sheet = fake.sheet(m[1]!.replace(/''/g, "'"));
  if (!sheet) throw new Error(`no sheet in ${text}`);
  return { sheet, rect: parseAddress(m[2]!) };
}

/** An argument as Excel hands it to a custom function: a range's values, a literal, or null when empty. */
function argument(fake: FakeContext, text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  const ref = reference(fake, t);
  if (!ref) throw new Error(`argument not understood: ${t}`);
  const { sheet, rect } = ref;
  return sheet.slice(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  formula: string;
}

function formulaCells(fake: FakeContext): FormulaCell[] {
  return fake.sheets.flatMap((ws) =>
    ws.cells.flatMap((row, r) => (row ?? []).flatMap((v, c) => (ws.isFormula(r, c) ? [{ sheet: ws.name, row: r, col: c, formula: String(v).slice(1) }] : []))),
  );
}

/**
 * Excel's recalculation, as far as JavaScript is concerned: each DVHT.* cell called once with its ranges.
 * Excel gathers a cell's ranges before it calls the function; `js` is the time spent in the calls.
 */
function recalculate(fake: FakeContext): { spills: Map<string, unknown[][]>; dvhtCells: number; js: number } {
  const spills = new Map<string, unknown[][]>();
  let dvhtCells = 0;
  let js = 0;
  for (const cell of formulaCells(fake)) {
    const m = /^DVHT\.([A-Z]+)\((.*)\)$/s.exec(cell.formula);
    if (!m) {
      expect(cell.formula).not.toMatch(/DVHT\./); // a DVHT call nested in another formula would be missed
      continue;
    }
    dvhtCells++;
    const args = splitArgs(m[2]!).map((a) => argument(fake, a));
    const start = performance.now();
    const result = invoke(m[1] as DvhtFunctionId, args);
    js += performance.now() - start;
    if (Array.isArray(result)) spills.set(`${cell.sheet}!${cell.row},${cell.col}`, result as unknown[][]);
  }
  return { spills, dvhtCells, js };
}

/** INDEX(col range, MATCH("key", key range, 0)) over the spilled results. */
function indexValue(formula: string, spill: unknown[][]): unknown {
  const m = /^INDEX\('(?:[^']|'')+'!\$([A-Z]+):\$[A-Z]+,MATCH\("((?:[^"]|"")*)",'(?:[^']|'')+'!\$A:\$A,0\)\)$/.exec(formula);
  if (!m) throw new Error(`not a results lookup: ${formula}`);
  const column = m[1]!.charCodeAt(0) - 65;
  const key = m[2]!.replace(/""/g, '"');
  const row = spill.find((r) => String(r[0]).toLocaleLowerCase("vi") === key.toLocaleLowerCase("vi"));
  if (!row) return "#N/A";
  return row[column];
}

test(`a recalculation of the live Phụ lục at ${MEMBERS.toLocaleString("vi-VN")} members is one evaluation`, async () => {
  const live = fakeUnit(MEMBERS);
  const written = await writeAppendixInExcel(live.context, true);
  expect(written.live).toBe(true);
  expect(live.sheet(LIVE_RESULTS_SHEET)!.visibility).toBe("Hidden");

  // A first recalculation warms the JIT; each measured one follows an edit, as a recalculation in Excel
  // does, and is interleaved with a bare evaluation of the same ranges (the engine alone, without turning
  // ranges into sheets), so that load from other processes falls on both. The fastest of five each.
  recalculate(live);
  const evaluations = jest.spyOn(assess, "assessWorkbookData");
  const wholes: number[] = [];
  const ones: number[] = [];
  let last: ReturnType<typeof recalculate> | undefined;
  for (let i = 0; i < 5; i++) {
    edit(live);
    const bare = () => {
      const args = evaluateArgs(live);
      const data = rangesToWorkbook({ unit: args[0], roster: args[1], awards: args[2], certificates: args[3], training: args[4], selfAssessment: args[5] });
      const once = performance.now();
      assess.assessWorkbook(data);
      ones.push(performance.now() - once);
    };
    // Which runs first pays for the garbage the edit left: alternate.
    if (i % 2 === 0) bare();
    const before = evaluations.mock.calls.length;
    last = recalculate(live);
    expect(evaluations.mock.calls.length - before).toBe(1);
    wholes.push(last.js);
    if (i % 2 === 1) bare();
    expect(last.dvhtCells).toBe(1);
  }
  evaluations.mockRestore();
  const { spills, dvhtCells } = last!;
  const whole = Math.min(...wholes);
  const one = Math.min(...ones);
  process.stdout.write(
    `live Phụ lục, ${MEMBERS} members: recalculation (JavaScript) ${whole.toFixed(0)} ms = ${(whole / one).toFixed(2)}× one evaluation (${one.toFixed(0)} ms); ${dvhtCells} DVHT cell, 1 evaluation per recalculation\n`,
  );

  // Every live cell shows what the Phụ lục without custom functions, written after the same edit, shows.
  const plain = fakeUnit(MEMBERS);
  edit(plain);
  await writeAppendixInExcel(plain.context, false);
  const spill = spills.get(`${LIVE_RESULTS_SHEET}!0,0`)!;
  const lookups = formulaCells(live).filter((c) => c.formula.startsWith("INDEX("));
  expect(lookups.length).toBeGreaterThan(20);
  const mismatches = lookups.flatMap((c) => {
    const got = indexValue(c.formula, spill);
    const want = plain.sheet(c.sheet)!.cells[c.row]![c.col];
    const same = typeof got === "number" && typeof want === "number" ? Math.abs(got - want) < 1e-12 : got === want;
    return same ? [] : [`${c.sheet}!R${c.row + 1}C${c.col + 1}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`];
  });
  expect(mismatches).toEqual([]);
}, 120_000);

/** A clerk's edit: the second member's Công dân học tập flips. */
function edit(fake: FakeContext): void {
  const roster = fake.sheet("Thành viên")!;
  const flag = roster.cells[0]!.indexOf("Công dân học tập");
  roster.cells[2]![flag] = roster.cells[2]![flag] === "Có" ? "Không" : "Có";
}

/** The arguments of the one DVHT.EVALUATE cell, as Excel hands them over. */
function evaluateArgs(fake: FakeContext): unknown[] {
  const cell = formulaCells(fake).find((c) => c.formula.startsWith("DVHT.EVALUATE("))!;
  return splitArgs(cell.formula.slice("DVHT.EVALUATE(".length, -1)).map((a) => argument(fake, a));
}
