/**
 * Properties through the reader (WorkbookData → readAssessment → evaluate): the figures do not depend on
 * the order of the rows in any sheet, nor on how each name is written in each row — NFC or NFD, upper or
 * lower case, extra or non-breaking spaces; and for every rule set that reads a roster (TT24 xã, huyện,
 * tỉnh; TT22 with its points), a generated unit read from its sheets gives the engine's own figures.
 * Seeded (SEED in arbitraries.ts).
 */
import fc from "fast-check";
import { assessWorkbook } from "../../src/workbook/assess";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { memberName } from "../helpers/workbook-builder";
import { evaluate } from "../../src/engine/evaluate";
import { RULE_SETS } from "../../src/rules";
import { figures, memberSpec, SEED, toInput, toWorkbook } from "./arbitraries";
import { toMemberWorkbook } from "./member-workbook";
import { fullShape, memberUnitSpec, readsMembers } from "./shapes";
import { reorderDataRows, TYPING_VARIANTS } from "./reader-variations";

fc.configureGlobal({ seed: SEED, numRuns: 60 });
beforeAll(() => console.info(`fast-check seed ${SEED} (FC_SEED=… to replay another)`));

const members = fc.array(memberSpec, { minLength: 1, maxLength: 15 });

function figuresOf(workbook: WorkbookData) {
  const assessment = assessWorkbook(workbook);
  expect(assessment.evaluation).not.toBeNull();
  return figures(assessment.evaluation!);
}

const VARIANTS = TYPING_VARIANTS;

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
      const reordered = reorderDataRows(workbook, keys);
      expect(figuresOf(reordered)).toEqual(figuresOf(workbook));
    }),
  );
});

// ── Every rule set that reads a roster, with its own unit, Người học and points (member-workbook.ts) ──

const memberRuleSets = RULE_SETS.filter(readsMembers).map((r) => [r.id, r] as const);

function assessed(workbook: WorkbookData, ruleSetId: string) {
  const assessment = assessWorkbook(workbook, { ruleSetId });
  expect(assessment.evaluation === null ? assessment.issues.filter((i) => i.severity === "error") : []).toEqual([]);
  return assessment.evaluation!;
}

test.each(memberRuleSets)("%s: read from its sheets, a generated unit gives the engine's figures", (id, rules) => {
  let full = 0;
  fc.assert(
    fc.property(memberUnitSpec(rules, 10), (spec) => {
      const input = toInput(spec);
      if (fullShape(rules, input)) full++;
      const read = assessed(toMemberWorkbook(rules, spec), id);
      const direct = evaluate(input, rules);
      expect(figures(read)).toEqual(figures(direct));
      expect(read.scoring).toEqual(direct.scoring);
    }),
    { numRuns: 25 },
  );
  expect(full).toBeGreaterThan(0);
});

test.each(memberRuleSets)("%s: names in NFC or NFD, any case, any spacing, rows in any order give the same figures", (id, rules) => {
  fc.assert(
    fc.property(
      memberUnitSpec(rules, 10),
      fc.array(fc.nat(VARIANTS.length - 1), { minLength: 1, maxLength: 40 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 100 }),
      (spec, styles, keys) => {
        let n = 0;
        const written = (i: number) => VARIANTS[styles[n++ % styles.length]!]!(memberName(i));
        const plain = toMemberWorkbook(rules, spec);
        const varied = toMemberWorkbook(rules, spec, written);
        const reordered: WorkbookData = {
          sheets: varied.sheets.map((sheet) => {
            if (sheet.name === "Đơn vị") return sheet;
            const [header, ...rows] = sheet.rows;
            const order = rows.map((row, k) => ({ row, key: keys[k % keys.length]! + k / 1000 }));
            order.sort((a, b) => a.key - b.key);
            return { name: sheet.name, rows: [header!, ...order.map((o) => o.row)] };
          }),
        };
        const a = assessed(plain, id);
        const b = assessed(reordered, id);
        expect(figures(b)).toEqual(figures(a));
        expect(b.scoring).toEqual(a.scoring);
      },
    ),
    { numRuns: 25 },
  );
});
