/**
 * functions.json as custom-functions-metadata-plugin generates it from src/functions/functions.ts (the same
 * generator the webpack build runs) says what the one declaration of the DVHT functions says: every
 * function, its parameters (names, order, optional, scalar or range), its result; Vietnamese descriptions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DVHT_FUNCTIONS } from "../../src/workbook/dvht-functions";

interface Param { name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }
interface Fn { id: string; name: string; description: string; parameters: Param[]; result: { type?: string; dimensionality?: string } }

/** What the one declaration (src/workbook/dvht-functions.ts) says each function takes and returns. */
const EXPECTED: Record<string, string[]> = Object.fromEntries(DVHT_FUNCTIONS.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional ? "?" : ""))]));

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

  test.each(DVHT_FUNCTIONS.map((f) => [f.id, f] as const))("%s: the JSDoc's dimensionality and result agree with the declaration", (id, declared) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => p.dimensionality ?? "scalar")).toEqual(declared.parameters.map((p) => p.dimensionality));
    expect(f.result.dimensionality ?? "scalar").toBe(declared.result.dimensionality);
    expect(f.result.type ?? "any").toBe(declared.result.type);
  });

  test("each wrapper in functions.ts calls its own declaration with every parameter, in order", () => {
    const source = readFileSync(join(__dirname, "..", "..", "src", "functions", "functions.ts"), "utf8");
    const blocks = source.split("@customfunction ").slice(1);
    expect(blocks).toHaveLength(DVHT_FUNCTIONS.length);
    for (const block of blocks) {
      const id = /^([A-Z]+)/.exec(block)![1]!;
      const declared = DVHT_FUNCTIONS.find((f) => f.id === id)!;
      const call = /invoke\("([A-Z]+)", \[([^\]]*)\]\)/.exec(block);
      expect([id, call?.[1]]).toEqual([id, id]);
      expect(call![2]!.split(",").map((a) => a.trim())).toEqual(declared.parameters.map((p) => p.name));
    }
  });

  test("the sample expectations still hold: ranges are matrices and EVALUATE spills a matrix", () => {
    const byId = new Map(functions.map((f) => [f.id, f]));
    expect(byId.get("RATIO")!.parameters[0]!.dimensionality).toBe("matrix");
    expect(byId.get("EVALUATE")!.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
    expect(byId.get("EVALUATE")!.result.dimensionality).toBe("matrix");
    expect(byId.get("LEVEL")!.result.type).toBe("string");
    expect(byId.get("RATIO")!.result.type).toBe("number");
  });
});
