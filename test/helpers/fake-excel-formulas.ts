/**
 * Range.formulas read back from the fake Excel (test/helpers/fake-excel.ts keeps cells as Excel's
 * `formulas` shows them — constants, and formulas as their “=…” text — but only offers `values` to read).
 * Kept apart from fake-excel.ts, which another change is editing; call once before using the fake.
 */
import { FakeContext } from "./fake-excel";

export function enableFormulasRead(): void {
  const fake = new FakeContext([{ name: "x", rows: [["a"]] }]);
  const proto = Object.getPrototypeOf(fake.sheet("x")!.getUsedRangeOrNullObject()) as object;
  const own = Object.getOwnPropertyDescriptor(proto, "formulas");
  const values = Object.getOwnPropertyDescriptor(proto, "values");
  if (!own?.set || !values?.get || own.get) return;
  Object.defineProperty(proto, "formulas", { configurable: true, set: own.set, get: values.get });
}
