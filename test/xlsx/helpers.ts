import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** A path under test-output/xlsx (gitignored), its folder created. */
export function outPath(...parts: string[]): string {
  const file = path.join(__dirname, "..", "..", "test-output", "xlsx", ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
