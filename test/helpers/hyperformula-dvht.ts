/**
 * The DVHT.* functions registered in HyperFormula (test-only, GPL: never shipped) so a workbook's formulas
 * are recalculated by a real formula engine calling the same implementation as Excel does. The
 * registration derives from the one declaration (src/workbook/dvht-functions.ts via src/functions/catalog.ts):
 * names, arity, optional parameters, and a matrix result spilled into a fixed area (HyperFormula must know
 * a spill's size before it computes; Excel does not), padded with empty text.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { CATALOG, invoke } from "../../src/functions/catalog";
import type { DvhtFunctionId } from "../../src/workbook/dvht-functions";

/** The area a matrix result spills into: enough rows for every rule set's results table. */
export const SPILL = { width: 6, height: 80 };

/** How many times each function ran, for tests that count evaluations per recalculation. */
export const calls = new Map<string, number>();

function plain(value: unknown): unknown {
  if (value === EmptyValue || value === undefined || value === null) return "";
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(plain));
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function padded(rows: unknown[][]): (string | number | boolean)[][] {
  if (rows.length > SPILL.height || rows.some((r) => r.length > SPILL.width)) throw new Error(`a result of ${rows.length} rows does not fit the test's spill area`);
  return Array.from({ length: SPILL.height }, (_, r) => Array.from({ length: SPILL.width }, (_, c) => (rows[r]?.[c] ?? "") as string | number | boolean));
}

const byName = new Map(CATALOG.map((f) => [`DVHT.${f.id}`, f]));

class DvhtPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    CATALOG.map((f) => [
      `DVHT.${f.id}`,
      {
        method: "call",
        ...(f.result.dimensionality === "matrix" ? { sizeOfResultArrayMethod: "spillSize", vectorizationForbidden: true } : {}),
        parameters: f.parameters.map((p) => ({
          argumentType: FunctionArgumentType.ANY,
          ...(p.optional ? { optionalArg: true } : {}),
        })),
      },
    ]),
  );

  spillSize(): ArraySize {
    return new ArraySize(SPILL.width, SPILL.height);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(ast: any, state: any) {
    const name = ast.procedureName as string;
    const fn = byName.get(name)!;
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      try {
        const result = invoke(fn.id as DvhtFunctionId, args.map(plain));
        return fn.result.dimensionality === "matrix" ? SimpleRangeValue.onlyValues(padded(result as unknown[][])) : (result as string | number);
      } catch (error) {
        return new CellError(ErrorType.VALUE, (error as Error).message);
      }
    });
  }
}

let registered = false;
export function registerDvht(): void {
  if (registered) return;
  const names = Object.fromEntries(CATALOG.map((f) => [`DVHT.${f.id}`, `DVHT.${f.id}`]));
  HyperFormula.registerFunctionPlugin(DvhtPlugin, { enGB: names, enUS: names });
  registered = true;
}
