/** The wrapped-line count of row-heights.ts, held to its definition: split at line breaks, code points per segment. */
import fc from "fast-check";
import { lines } from "../../src/workbook/row-heights";

function byDefinition(text: string, widthUnits: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor((widthUnits * 1.15 * 12) / fontSize));
  return text.split("\n").reduce((sum, segment) => sum + Math.max(1, Math.ceil([...segment].length / perLine)), 0);
}

const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.array(fc.constantFrom("a", "ễ", "\n", "😀", "\ud800", "\udc00", " "), { maxLength: 80 }).map((cs) => cs.join("")),
);

it("counts what splitting at line breaks and counting code points counts, on any text", () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 80 }), fc.constantFrom(10, 11, 12, 14), (t, width, size) => {
      expect(lines(t, width, size)).toBe(byDefinition(t, width, size));
    }),
    { numRuns: 2000 },
  );
});
