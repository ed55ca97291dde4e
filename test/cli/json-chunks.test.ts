/** The pieces `dvht evaluate --json` writes are, joined, exactly JSON.stringify(value, null, 2). */
import fc from "fast-check";
import { batched, jsonChunks } from "../../src/cli/json-chunks";

const joined = (value: unknown) => [...jsonChunks(value)].join("");

it("equals JSON.stringify(value, null, 2) on any JSON value, however deep", () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => expect(joined(value)).toBe(JSON.stringify(value, null, 2))));
});

it.each([
  ["undefined and functions left out of objects, null in arrays", { a: undefined, b: () => 1, c: [undefined, () => 1, 2] }],
  ["a Date through its toJSON, at every depth", { d: new Date(Date.UTC(2025, 4, 15)), e: { f: { g: [new Date(0)] } } }],
  ["NaN and Infinity as null", { n: NaN, i: [Infinity, -Infinity] }],
  ["empty containers", { a: {}, b: [], c: [{}, []] }],
  ["Vietnamese text and characters JSON escapes", { tên: "Nguyễn Thị Hoà\n\t\"x\"\u0001" }],
])("%s", (_, value) => {
  expect(joined(value)).toBe(JSON.stringify(value, null, 2));
});

it("batches keep every character in order", () => {
  const pieces = ["ab", "c", "", "defg", "h"];
  expect([...batched(pieces, 3)]).toEqual(["abc", "defg", "h"]);
  expect([...batched(pieces, 100)].join("")).toBe("abcdefgh");
});
