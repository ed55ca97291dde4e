/**
 * Properties through the reader (WorkbookData → readAssessment → evaluate): the figures do not depend on
 * the order of the rows in any sheet, nor on how each name is written in each row — NFC or NFD, upper or
 * lower case, extra or non-breaking spaces. Seeded (SEED in arbitraries.ts).
 */
import fc from "fast-check";
import { assessWorkbook } from "../../src/workbook/assess";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { memberName } from "../helpers/workbook-builder";
import { figures, memberSpec, SEED, toWorkbook } from "./arbitraries";

fc.configureGlobal({ seed: SEED, numRuns: 60 });

const members = fc.array(memberSpec, { minLength: 1, maxLength: 15 });

function figuresOf(workbook: WorkbookData) {
  const assessment = assessWorkbook(workbook);
  expect(assessment.evaluation).not.toBeNull();
  return figures(assessment.evaluation!);
}

/** How a name may be typed: each keeps the person the same for dvht. */
const VARIANTS: ((name: string) => string)[] = [
  (s) => s,
  (s) => s.normalize("NFD"),
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => `  ${s.replace(/ /g, "   ")} `,
  (s) => s.replace(/ /g, "\u00a0"),
  (s) => s.normalize("NFD").toUpperCase().replace(/ /g, "  "),
];

test("names written in NFC or NFD, in any case, with any spacing, give the same figures", () => {
  fc.assert(
    fc.property(members, fc.array(fc.nat(VARIANTS.length - 1), { minLength: 1, maxLength: 40 }), (specs, styles) => {
      let n = 0;
      const written = (i: number) => VARIANTS[styles[n++ % styles.length]!]!(memberName(i));
      expect(figuresOf(toWorkbook(specs, written))).toEqual(figuresOf(toWorkbook(specs)));
    }),
  );
});

test("the order of data rows in every sheet gives the same figures", () => {
  fc.assert(
    fc.property(members, fc.array(fc.nat(), { minLength: 1, maxLength: 400 }), (specs, keys) => {
      const workbook = toWorkbook(specs);
      const reordered: WorkbookData = {
        sheets: workbook.sheets.map((sheet) => {
          if (sheet.name === "Đơn vị") return sheet;
          const [header, ...rows] = sheet.rows;
          const order = rows.map((row, k) => ({ row, key: keys[k % keys.length]! + k / 1000 }));
          order.sort((a, b) => a.key - b.key);
          return { name: sheet.name, rows: [header!, ...order.map((o) => o.row)] };
        }),
      };
      expect(figuresOf(reordered)).toEqual(figuresOf(workbook));
    }),
  );
});
