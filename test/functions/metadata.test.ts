/**
 * functions.json as custom-functions-metadata-plugin generates it from src/functions/functions.ts (the same
 * generator the webpack build runs): every DVHT function, its parameters and Vietnamese descriptions.
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Param { name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }
interface Fn { id: string; name: string; description: string; parameters: Param[]; result: { type?: string; dimensionality?: string } }

const EXPECTED: Record<string, string[]> = {
  RATIO: ["flags"],
  COUNT: ["flags"],
  LEVEL: ["indicator", "value", "ruleSet?", "unitType?"],
  THRESHOLD: ["indicator", "level", "ruleSet?", "unitType?"],
  CRITERION: ["levels", "ruleSet?"],
  OVERALL: ["levels", "ruleSet?"],
  TEXT: ["indicator", "ruleSet?", "level?"],
  CITE: ["indicator", "ruleSet?"],
  EVALUATE: ["unit", "roster", "awards", "certificates", "training", "selfAssessment?", "mapping?"],
  INDICATOR: ["id", "unit", "roster", "awards", "certificates", "training", "selfAssessment?", "what?"],
};

let functions: Fn[];
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "..", "..", "src", "functions", "functions.ts"));
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
}, 60_000);

describe("functions.json", () => {
  test("lists exactly the DVHT functions", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  test.each(Object.entries(EXPECTED))("%s has its parameters, optional ones marked, each described in Vietnamese", (id, params) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => p.name + (p.optional ? "?" : ""))).toEqual(params);
    expect(f.description).toMatch(/[àáảãạăâđêôơưếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ]/i);
    for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
  });

  test("ranges are matrices and EVALUATE spills a matrix", () => {
    const byId = new Map(functions.map((f) => [f.id, f]));
    expect(byId.get("RATIO")!.parameters[0]!.dimensionality).toBe("matrix");
    expect(byId.get("EVALUATE")!.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
    expect(byId.get("EVALUATE")!.result.dimensionality).toBe("matrix");
    expect(byId.get("LEVEL")!.result.type).toBe("string");
    expect(byId.get("RATIO")!.result.type).toBe("number");
  });
});
