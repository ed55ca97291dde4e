/**
 * The DVHT.* functions, declared once: name, parameters (in order, which are optional, scalar or range,
 * what each reads), result type. Everything else derives from this table — the wrappers' argument handling
 * (src/functions/catalog.ts), the formulas the live Phụ lục writes (live.ts), the HyperFormula registration
 * of the tests, and the metadata test, which checks that the JSDoc `@customfunction` declarations in
 * src/functions/functions.ts (what custom-functions-metadata-plugin reads) say the same.
 *
 * Pure data (no Excel): the core writes formulas from it, the adapters bind implementations to it.
 */

/** How a parameter arrives: one value, or a range as a 2-D array. */
export type Dimensionality = "scalar" | "matrix";

/** What a parameter is read as (src/functions/arguments.ts holds the readers). */
export type Reads =
  | "indicatorId"
  | "ruleSet"
  | "unitType"
  | "levelNo"
  /** A share, Đạt/Không đạt, a scale step, or member units' levels: by what the chỉ tiêu measures. */
  | "figure"
  /** Có/Không cells. */
  | "flags"
  /** Level labels (Đạt mức độ 2, Không đạt, Không áp dụng). */
  | "levels"
  /** An input sheet or table, its header row included. */
  | "inputRange"
  /** dvht's “Ghép cột” settings rows. */
  | "mapping"
  /** mức, số đạt, tổng số or tỷ lệ. */
  | "field";

export interface DvhtParameter {
  name: string;
  dimensionality: Dimensionality;
  optional: boolean;
  reads: Reads;
}

export interface DvhtFunction {
  /** The id without the namespace: "LEVEL". */
  id: string;
  parameters: readonly DvhtParameter[];
  result: { type: "number" | "string" | "any"; dimensionality: Dimensionality };
}

export const DVHT_NAMESPACE = "DVHT";

const p = (name: string, reads: Reads, dimensionality: Dimensionality = "scalar", optional = false): DvhtParameter => ({ name, reads, dimensionality, optional });
const opt = (name: string, reads: Reads, dimensionality: Dimensionality = "scalar"): DvhtParameter => p(name, reads, dimensionality, true);

const INPUT_RANGES = [
  p("unit", "inputRange", "matrix"),
  p("roster", "inputRange", "matrix"),
  p("awards", "inputRange", "matrix"),
  p("certificates", "inputRange", "matrix"),
  p("training", "inputRange", "matrix"),
  opt("selfAssessment", "inputRange", "matrix"),
];

export const DVHT_FUNCTIONS = [
  { id: "RATIO", parameters: [p("flags", "flags", "matrix")], result: { type: "number", dimensionality: "scalar" } },
  { id: "COUNT", parameters: [p("flags", "flags", "matrix")], result: { type: "string", dimensionality: "scalar" } },
  {
    id: "LEVEL",
    parameters: [p("indicator", "indicatorId"), p("value", "figure", "matrix"), opt("ruleSet", "ruleSet"), opt("unitType", "unitType")],
    result: { type: "string", dimensionality: "scalar" },
  },
  {
    id: "THRESHOLD",
    parameters: [p("indicator", "indicatorId"), p("level", "levelNo"), opt("ruleSet", "ruleSet"), opt("unitType", "unitType")],
    result: { type: "any", dimensionality: "scalar" },
  },
  { id: "CRITERION", parameters: [p("levels", "levels", "matrix"), opt("ruleSet", "ruleSet")], result: { type: "string", dimensionality: "scalar" } },
  { id: "OVERALL", parameters: [p("levels", "levels", "matrix"), opt("ruleSet", "ruleSet")], result: { type: "string", dimensionality: "scalar" } },
  { id: "TEXT", parameters: [p("indicator", "indicatorId"), opt("ruleSet", "ruleSet"), opt("level", "levelNo")], result: { type: "string", dimensionality: "scalar" } },
  { id: "CITE", parameters: [p("indicator", "indicatorId"), opt("ruleSet", "ruleSet")], result: { type: "string", dimensionality: "scalar" } },
  {
    id: "EVALUATE",
    parameters: [...INPUT_RANGES, opt("mapping", "mapping", "matrix")],
    result: { type: "any", dimensionality: "matrix" },
  },
  {
    id: "INDICATOR",
    parameters: [p("id", "indicatorId"), ...INPUT_RANGES, opt("what", "field")],
    result: { type: "any", dimensionality: "scalar" },
  },
] as const satisfies readonly DvhtFunction[];

export type DvhtFunctionId = (typeof DVHT_FUNCTIONS)[number]["id"];

export function dvhtFunction(id: DvhtFunctionId): DvhtFunction {
  return DVHT_FUNCTIONS.find((f) => f.id === id)!;
}

/** A text as a formula's string literal. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A call of a DVHT function as formula text (without “=”), its arguments given by parameter name as
 * formula text (a reference, a literal). A missing required argument throws; missing optional arguments
 * at the end are left out, those before a given one are written empty.
 */
export function dvhtFormula(id: DvhtFunctionId, args: Readonly<Record<string, string | null | undefined>>): string {
  const fn = dvhtFunction(id);
  const known = new Set(fn.parameters.map((q) => q.name));
  for (const name of Object.keys(args)) if (!known.has(name)) throw new Error(`${DVHT_NAMESPACE}.${id} has no parameter ${name}`);
  const written = fn.parameters.map((q) => {
    const a = args[q.name];
    if ((a === undefined || a === null || a === "") && !q.optional) throw new Error(`${DVHT_NAMESPACE}.${id}: ${q.name} is required`);
    return a ?? "";
  });
  while (written.length > 0 && written[written.length - 1] === "") written.pop();
  return `${DVHT_NAMESPACE}.${id}(${written.join(",")})`;
}
