/**
 * Tests that need a tool the machine may lack (chromium, LibreOffice, poppler) skip where it is missing —
 * saying so — except under CI=true, where a skipped test would pass a run that proved nothing: there the
 * missing tool fails the suite.
 */
export function requireTool(available: boolean, what: string, install: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (available) return true;
  const message = `${what} không có (${install})`;
  if (env.CI === "true") throw new Error(`CI=true: ${message} — các kiểm thử cần nó không được phép bỏ qua trong CI.`);
  console.warn(`${message}: bỏ qua các kiểm thử cần nó.`);
  return false;
}
