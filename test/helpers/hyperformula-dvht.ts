/**
 * The DVHT.* functions registered in HyperFormula (test-only, GPL: never shipped) so a workbook's formulas
 * are recalculated by a real formula engine calling the same implementation as Excel does.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import * as impl from "../../src/functions/impl";

function plain(value: unknown): unknown {
  if (value === EmptyValue || value === undefined || value === null) return "";
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(plain));
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

type Impl = (...args: unknown[]) => unknown;

const FUNCTIONS: Record<string, { arity: number; optional: number; run: Impl }> = {
  "DVHT.RATIO": { arity: 1, optional: 0, run: (f) => impl.ratio(f) },
  "DVHT.COUNT": { arity: 1, optional: 0, run: (f) => impl.count(f) },
  "DVHT.LEVEL": { arity: 4, optional: 2, run: (i, v, r, u) => impl.level(i, v, r, u) },
  "DVHT.THRESHOLD": { arity: 4, optional: 2, run: (i, l, r, u) => impl.threshold(i, l, r, u) },
  "DVHT.CRITERION": { arity: 2, optional: 1, run: (l, r) => impl.criterion(l, r) },
  "DVHT.OVERALL": { arity: 2, optional: 1, run: (l, r) => impl.overall(l, r) },
  "DVHT.TEXT": { arity: 3, optional: 2, run: (i, r, l) => impl.text(i, r, l) },
  "DVHT.CITE": { arity: 2, optional: 1, run: (i, r) => impl.cite(i, r) },
  "DVHT.INDICATOR": {
    arity: 8,
    optional: 2,
    run: (id, unit, roster, awards, certificates, training, selfAssessment, what) =>
      impl.indicatorOf(id, { unit, roster, awards, certificates, training, selfAssessment }, what),
  },
};

class DvhtPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, f]) => [
      name,
      {
        method: "call",
        parameters: Array.from({ length: f.arity }, (_, i) => ({
          argumentType: FunctionArgumentType.ANY,
          ...(i >= f.arity - f.optional ? { optionalArg: true } : {}),
        })),
      },
    ]),
  );

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(ast: any, state: any) {
    const name = ast.procedureName as string;
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      try {
        return FUNCTIONS[name]!.run(...args.map(plain)) as string | number;
      } catch (error) {
        return new CellError(ErrorType.VALUE, (error as Error).message);
      }
    });
  }
}

let registered = false;
export function registerDvht(): void {
  if (registered) return;
  const names = Object.fromEntries(Object.keys(FUNCTIONS).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(DvhtPlugin, { enGB: names, enUS: names });
  registered = true;
}
