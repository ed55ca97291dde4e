/**
 * Start-up (issue 14, item 4): each command loads only what it uses. `dvht --help`, `rules` and `template`
 * never load the reader, the appendix writer or docx; --help and rules do not load ExcelJS at all.
 * Each module below records, through a jest mock that passes the real module on, that it was loaded.
 */
import path from "node:path";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

const mockLoaded = new Set<string>();
jest.mock("exceljs", () => (mockLoaded.add("exceljs"), jest.requireActual("exceljs")));
jest.mock("docx", () => (mockLoaded.add("docx"), jest.requireActual("docx")));
jest.mock("../../src/xlsx/read", () => (mockLoaded.add("reader"), jest.requireActual("../../src/xlsx/read")));
jest.mock("../../src/xlsx/load", () => (mockLoaded.add("loader"), jest.requireActual("../../src/xlsx/load")));
jest.mock("../../src/xlsx/append", () => (mockLoaded.add("appendix writer"), jest.requireActual("../../src/xlsx/append")));

jest.setTimeout(60_000);
const dir = freshDir("lazy-loading");

test("dvht --help and dvht rules load neither ExcelJS, the reader, the writer nor docx", async () => {
  expect((await runCli("--help")).code).toBe(0);
  expect((await runCli("rules")).code).toBe(0);
  expect((await runCli("rules", "tt24-2023/xa")).code).toBe(0);
  expect([...mockLoaded]).toEqual([]);
});

test("dvht template builds with ExcelJS but loads neither the reader, the writer nor docx", async () => {
  const run = await runCli("template", "-o", path.join(dir, "mau.xlsx"));
  expect(run.code).toBe(0);
  expect([...mockLoaded].filter((m) => m !== "exceljs")).toEqual([]);
});

test("dvht evaluate does load the reader (the mocks above do observe loading)", async () => {
  const { SAMPLE_FILE } = await import("../../src/cli/commands/demo");
  expect((await runCli("evaluate", SAMPLE_FILE)).code).toBe(0);
  expect(mockLoaded.has("reader")).toBe(true);
  expect(mockLoaded.has("docx")).toBe(false);
});
