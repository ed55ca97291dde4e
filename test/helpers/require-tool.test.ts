/** A missing tool skips its tests on a developer's machine and fails the run under CI=true. */
import { requireTool } from "./require-tool";

test("available: run", () => {
  expect(requireTool(true, "chromium", "apt-get install -y chromium", { CI: "true" })).toBe(true);
});

test("missing outside CI: skip, with a warning", () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  expect(requireTool(false, "chromium", "apt-get install -y chromium", {})).toBe(false);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining("chromium"));
  warn.mockRestore();
});

test("missing under CI=true: the suite fails", () => {
  expect(() => requireTool(false, "LibreOffice", "apt-get install -y libreoffice-calc", { CI: "true" })).toThrow(/CI=true.*LibreOffice/);
});
