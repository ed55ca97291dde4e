/**
 * JSON.stringify(value, null, 2), given out in pieces: `dvht evaluate --json` at 100,000 members is a
 * 26-million-character text (every member who does not meet a chỉ tiêu is listed), and holding it whole,
 * then a copy with its newline, then its UTF-8 bytes, cost more memory than reading the workbook. The
 * pieces concatenated are exactly JSON.stringify's text (a property test holds them to it).
 */
import type { Output } from "./output";

/** Containers this deep or deeper are stringified whole: small enough, and far fewer pieces. */
const WHOLE_FROM_DEPTH = 3;

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  const pad = "  ".repeat(depth);
  if (!isContainer(value) || depth >= WHOLE_FROM_DEPTH) {
    const text = JSON.stringify(value, null, 2);
    yield depth > 0 && text.includes("\n") ? text.replace(/\n/g, "\n" + pad) : text;
    return;
  }
  const inner = pad + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield (i > 0 ? ",\n" : "\n") + inner;
      const item: unknown = value[i];
      if (isOmitted(item)) yield "null";
      else yield* jsonChunks(item, depth + 1);
    }
    yield "\n" + pad + "]";
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !isOmitted(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, item] of entries) {
    yield (first ? "\n" : ",\n") + inner + JSON.stringify(key) + ": ";
    first = false;
    yield* jsonChunks(item, depth + 1);
  }
  yield "\n" + pad + "}";
}

/** The chunks joined into pieces of about `size` characters, for writing. */
export function* batched(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let batch = "";
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= size) {
      yield batch;
      batch = "";
    }
  }
  if (batch !== "") yield batch;
}

/**
 * `value` as JSON.stringify(value, null, 2) and a newline: in pieces where the output takes them, unless
 * the caller knows the text is small (`whole`): one JSON.stringify is then faster than the pieces.
 */
export function writeJson(output: Output, value: unknown, options: { whole?: boolean } = {}): void {
  if (!output.write || options.whole) {
    output.out(JSON.stringify(value, null, 2));
    return;
  }
  for (const piece of batched(jsonChunks(value))) output.write(piece);
  output.write("\n");
}
