/**
 * manifest.xml checked offline (the XML schemas are not on npm and the online validator is unreachable):
 * well-formed, every resid defined, the shared runtime on one page, SharedRuntime required where the
 * values-only fallback can still happen, namespace DVHT; and the address a Phòng/Sở builds it for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForAddress, normalizeAddress, requestedAddress } = require("../../scripts/manifest-address") as {
  manifestForAddress: (xml: string, address: string) => string;
  normalizeAddress: (address: string) => string;
  requestedAddress: (env: Record<string, unknown> | undefined, processEnv: Record<string, string | undefined>) => string | null;
};

const xml = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = parser.parse(xml) as any;

/** Every element named `name` anywhere below `node`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function all(node: any, name: string, out: any[] = []): any[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) out.push(...(Array.isArray(value) ? value : [value]));
      all(value, name, out);
    }
  }
  return out;
}

const resources = all(doc, "Resources")[0];
const defined = new Map<string, string>();
for (const kind of ["Image", "Url", "String"]) {
  for (const el of all(resources, kind)) if (el["@id"]) defined.set(el["@id"], el["@DefaultValue"]);
}
const urlOf = (resid: string) => defined.get(resid);

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("is an Excel task pane add-in with the smallest permission that works and a Vietnamese name", () => {
    const app = doc.OfficeApp[0];
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(all(app, "Host").some((h) => h["@Name"] === "Workbook")).toBe(true);
    expect(app.Permissions[0]).toBe("ReadWriteDocument");
    expect(app.DefaultLocale[0]).toBe("vi-VN");
    expect(app.DisplayName[0]["@DefaultValue"]).toMatch(/Đơn vị học tập/);
    expect(app.Description[0]["@DefaultValue"]).toMatch(/chỉ tiêu/);
  });

  test("every resid is defined once in Resources", () => {
    const used = new Set<string>();
    (function walk(node: unknown) {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "@resid") used.add(value as string);
          else walk(value);
        }
      }
    })(doc);
    expect(used.size).toBeGreaterThan(5);
    for (const id of used) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
    const ids = ["Image", "Url", "String"].flatMap((k) => all(resources, k).map((e) => e["@id"]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("Runtime, FunctionFile, Page and the task pane button all point at the shared page", () => {
    const page = "https://localhost:3000/taskpane.html";
    const runtime = all(doc, "Runtime")[0];
    expect(runtime["@lifetime"]).toBe("long");
    expect(urlOf(runtime["@resid"])).toBe(page);
    expect(urlOf(all(doc, "FunctionFile")[0]["@resid"])).toBe(page);
    const customFunctions = all(doc, "ExtensionPoint").find((e) => e["@type"] === "CustomFunctions");
    expect(urlOf(customFunctions.Page[0].SourceLocation[0]["@resid"])).toBe(page);
    expect(urlOf(customFunctions.Script[0].SourceLocation[0]["@resid"])).toBe("https://localhost:3000/functions.js");
    expect(urlOf(customFunctions.Metadata[0].SourceLocation[0]["@resid"])).toBe("https://localhost:3000/functions.json");
    expect(urlOf(customFunctions.Namespace[0]["@resid"])).toBe("DVHT");
    const action = all(doc, "Action").find((a) => a["@type"] === "ShowTaskpane");
    expect(urlOf(action.SourceLocation[0]["@resid"])).toBe(page);
    expect(all(doc, "SourceLocation").find((s) => s["@DefaultValue"])["@DefaultValue"]).toBe(page);
  });

  test("SharedRuntime is required by VersionOverrides only, so Excel without it still opens the task pane", () => {
    const app = doc.OfficeApp[0];
    const base = (app.Requirements ?? []).flatMap((r: unknown) => all(r, "Set"));
    const overrides = all(app.VersionOverrides[0].Requirements, "Set");
    expect(base.map((s: Record<string, string>) => s["@Name"])).not.toContain("SharedRuntime");
    expect(overrides.some((s: Record<string, string>) => s["@Name"] === "SharedRuntime" && s["@MinVersion"] === "1.1")).toBe(true);
    // The base manifest's own page is the task pane: that is what opens where VersionOverrides is ignored.
    expect(app.DefaultSettings[0].SourceLocation[0]["@DefaultValue"]).toBe("https://localhost:3000/taskpane.html");
  });

  /**
   * Office's rule (learn.microsoft.com, manifest “Requirements element”): base requirements unmet → the
   * add-in does not activate; base met but VersionOverrides' unmet → the base manifest only (task pane from
   * “My add-ins”, no ribbon button, no custom functions); both met → everything.
   */
  function activation(supported: Record<string, string>): "không kích hoạt" | "chỉ task pane (ghi giá trị)" | "đầy đủ" {
    // Requirement set versions compare part by part: 1.17 is newer than 1.7.
    const atLeast = (have: string | undefined, need: string) => {
      if (have === undefined) return false;
      const [a, b] = [have.split(".").map(Number), need.split(".").map(Number)];
      return a[0]! !== b[0]! ? a[0]! > b[0]! : (a[1] ?? 0) >= (b[1] ?? 0);
    };
    const meets = (sets: Record<string, string>[]) => sets.every((s) => atLeast(supported[s["@Name"]!], s["@MinVersion"] ?? "1.1"));
    const app = doc.OfficeApp[0];
    if (!meets((app.Requirements ?? []).flatMap((r: unknown) => all(r, "Set")))) return "không kích hoạt";
    return meets(all(app.VersionOverrides[0].Requirements, "Set")) ? "đầy đủ" : "chỉ task pane (ghi giá trị)";
  }
  test.each([
    ["Microsoft 365 (Windows, Mac, web)", { ExcelApi: "1.17", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.4" }, "đầy đủ"],
    ["Excel 2019 bản vĩnh viễn", { ExcelApi: "1.8" }, "chỉ task pane (ghi giá trị)"],
    ["an Excel with ExcelApi 1.12 and no shared runtime", { ExcelApi: "1.12" }, "chỉ task pane (ghi giá trị)"],
    ["Excel trên iPad", { ExcelApi: "1.17" }, "chỉ task pane (ghi giá trị)"],
    ["Excel 2016 MSI", { ExcelApi: "1.2" }, "không kích hoạt"],
  ])("%s: %j → %s", (_name, supported, expected) => {
    expect(activation(supported)).toBe(expected);
  });

  test("the description names every rule set and the help page is the add-in's own", () => {
    const description = doc.OfficeApp[0].Description[0]["@DefaultValue"] as string;
    for (const rule of ["Thông tư 24/2023", "Thông tư 22/2020", "Thông tư 25/2023", "Cộng đồng học tập"]) expect(description).toContain(rule);
    expect(doc.OfficeApp[0].SupportUrl[0]["@DefaultValue"]).toBe("https://localhost:3000/help.html");
    expect(urlOf("GetStarted.LearnMoreUrl")).toBe("https://localhost:3000/help.html");
    expect(() => readFileSync(join(__dirname, "..", "..", "taskpane", "help.html"))).not.toThrow();
  });

  test("uses only https://localhost:3000 URLs and the icons it names exist", () => {
    const urls = [...defined.values()].filter((v) => /^https?:/.test(v ?? ""));
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
    for (const u of urls.filter((x) => x.includes("/assets/"))) {
      expect(() => readFileSync(join(__dirname, "..", "..", new URL(u).pathname))).not.toThrow();
    }
  });
});

describe("the manifest for a Phòng/Sở's own address", () => {
  const address = "https://dvht.phonggd-anbinh.edu.vn/addin";
  const built = manifestForAddress(xml, address + "/");

  test("every URL moves to the public address; no localhost is left; the AppDomain is its origin", () => {
    expect(built).not.toMatch(/localhost/);
    const urls = [...built.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBe([...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].length);
    for (const u of urls) expect(u.startsWith(`${address}/`)).toBe(true);
    expect(built).toContain(`${address}/taskpane.html`);
    expect(built).toContain("<AppDomain>https://dvht.phonggd-anbinh.edu.vn</AppDomain>");
    expect(XMLValidator.validate(built)).toBe(true);
  });

  test.each([
    ["http is refused (Office loads add-ins over https only)", "http://dvht.example.vn"],
    ["not an address", "dvht.example.vn"],
    ["a query string", "https://dvht.example.vn/?a=1"],
  ])("%s", (_name, bad) => {
    expect(() => normalizeAddress(bad)).toThrow(/Địa chỉ add-in/);
  });

  test("--env url wins over DVHT_ADDIN_URL; neither gives none", () => {
    expect(requestedAddress({ url: "https://a.vn" }, { DVHT_ADDIN_URL: "https://b.vn" })).toBe("https://a.vn");
    expect(requestedAddress({}, { DVHT_ADDIN_URL: "https://b.vn" })).toBe("https://b.vn");
    expect(requestedAddress(undefined, {})).toBeNull();
  });

  test("the production build configuration writes that address into dist/manifest.xml", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js") as (env: unknown, argv: unknown) => Promise<{ plugins: { patterns?: { from: string; transform?: (c: Buffer) => Buffer | string }[] }[] }>;
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const resolved = await config({ url: address }, { mode: "production" });
    log.mockRestore();
    const pattern = resolved.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml")!;
    const out = String(pattern.transform!(Buffer.from(xml)));
    expect(out).not.toMatch(/localhost/);
    expect(out).toContain(`<SourceLocation DefaultValue="${address}/taskpane.html"/>`);
  });
});
