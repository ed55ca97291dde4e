/** A fresh folder under test-output/ for one test file's outputs. */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export function freshDir(name: string): string {
  const dir = path.resolve(__dirname, "..", "..", "test-output", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
