/**
 * The fingerprint dvht writes in its marker: the same cells give the same fingerprint whatever order a
 * reader lists them in, and a model's cells hashed as they come (fingerprintInOrder, used when writing)
 * give what the reader's fingerprintCells gives for the written sheet (used to decide a re-run).
 */
import fc from "fast-check";
import { fingerprintCells, fingerprintInOrder, type FingerprintCell } from "../../src/workbook/sheet-fingerprint";

const value = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!") }));
const grid = fc.uniqueArray(
  fc.record({ row: fc.nat(200), col: fc.nat(30), value, formula: fc.option(fc.string(), { nil: undefined }) }),
  { selector: (c) => `${c.row},${c.col}`, maxLength: 60 },
);

const inOrder = (cells: FingerprintCell[]) => [...cells].sort((a, b) => a.row - b.row || a.col - b.col);

it("cells in reading order hashed as they come = the same cells in any order, sorted first", () => {
  fc.assert(
    fc.property(grid, fc.integer(), (cells, seed) => {
      const shuffled = [...cells].sort((a, b) => ((a.row * 31 + a.col) ^ seed) - ((b.row * 31 + b.col) ^ seed));
      expect(fingerprintInOrder(inOrder(cells))).toBe(fingerprintCells(shuffled));
    }),
  );
});

it("a changed value, a moved cell or an added signature changes the fingerprint", () => {
  const cells: FingerprintCell[] = [
    { row: 0, col: 0, value: "Kết luận chung" },
    { row: 2, col: 1, value: 0.95 },
  ];
  const base = fingerprintCells(cells);
  expect(fingerprintCells([{ ...cells[0]!, value: "Kết luận chung (sửa)" }, cells[1]!])).not.toBe(base);
  expect(fingerprintCells([cells[0]!, { ...cells[1]!, row: 3 }])).not.toBe(base);
  expect(fingerprintCells([...cells, { row: 9, col: 0, value: "Nguyễn Văn An" }])).not.toBe(base);
  expect(fingerprintInOrder(cells)).toBe(base);
});
