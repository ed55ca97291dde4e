/**
 * manifest.xml checked offline (the XML schemas are not on npm and the online validator is unreachable):
 * well-formed, every resid defined, the shared runtime on one page, SharedRuntime required, namespace DVHT.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

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

  test("requires the SharedRuntime requirement set", () => {
    const sets = all(all(doc, "Requirements")[0], "Set");
    expect(sets.some((s) => s["@Name"] === "SharedRuntime" && s["@MinVersion"] === "1.1")).toBe(true);
  });

  test("uses only https://localhost:3000 URLs and the icons it names exist", () => {
    const urls = [...defined.values()].filter((v) => /^https?:/.test(v ?? ""));
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
    for (const u of urls.filter((x) => x.includes("/assets/"))) {
      expect(() => readFileSync(join(__dirname, "..", "..", new URL(u).pathname))).not.toThrow();
    }
  });
});
