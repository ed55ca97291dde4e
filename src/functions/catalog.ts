/**
 * The implementations of the DVHT functions declared in src/workbook/dvht-functions.ts, bound by id, and
 * the one way to call them: `invoke` takes the arguments as a host passes them (Excel: optional ones as
 * null or undefined, a scalar parameter possibly as a 1×1 range) and hands each implementation exactly its
 * declared parameters — a scalar as one value, a missing optional as null. The Excel wrappers
 * (functions.ts) and the tests' HyperFormula registration both go through it.
 */
import { DVHT_FUNCTIONS, type DvhtFunction, type DvhtFunctionId } from "../workbook/dvht-functions";
import { single } from "./arguments";
import * as impl from "./impl";
import { sharedMapping } from "./shared-state";

type Implementation = (...args: unknown[]) => unknown;

const IMPLEMENTATIONS: Record<DvhtFunctionId, Implementation> = {
  RATIO: (flags) => impl.ratio(flags),
  COUNT: (flags) => impl.count(flags),
  LEVEL: (indicator, value, ruleSet, unitType) => impl.level(indicator, value, ruleSet, unitType),
  THRESHOLD: (indicator, level, ruleSet, unitType) => impl.threshold(indicator, level, ruleSet, unitType),
  CRITERION: (levels, ruleSet) => impl.criterion(levels, ruleSet),
  OVERALL: (levels, ruleSet) => impl.overall(levels, ruleSet),
  TEXT: (indicator, ruleSet, level) => impl.text(indicator, ruleSet, level),
  CITE: (indicator, ruleSet) => impl.cite(indicator, ruleSet),
  EVALUATE: (unit, roster, awards, certificates, training, selfAssessment, mapping) =>
    impl.evaluateRanges({ unit, roster, awards, certificates, training, selfAssessment }, impl.mappingOf(mapping) ?? sharedMapping()),
  INDICATOR: (id, unit, roster, awards, certificates, training, selfAssessment, what) =>
    impl.indicatorOf(id, { unit, roster, awards, certificates, training, selfAssessment }, what, sharedMapping()),
};

/** Every declared function with its implementation. */
export const CATALOG: readonly (DvhtFunction & { id: DvhtFunctionId; run: Implementation })[] = DVHT_FUNCTIONS.map((f) => ({
  ...f,
  run: IMPLEMENTATIONS[f.id],
}));

/** Calls a DVHT function with the host's arguments, shaped by its declaration. */
export function invoke(id: DvhtFunctionId, args: readonly unknown[]): unknown {
  const fn = CATALOG.find((f) => f.id === id)!;
  if (args.length > fn.parameters.length) throw new Error(`DVHT.${id} takes ${fn.parameters.length} arguments, got ${args.length}`);
  const shaped = fn.parameters.map((p, i) => {
    const a = args[i];
    if (a === undefined || a === null) return p.optional ? null : a;
    return p.dimensionality === "scalar" ? single(a) : a;
  });
  return fn.run(...shaped);
}
