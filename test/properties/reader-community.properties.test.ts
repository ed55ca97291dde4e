/**
 * Properties of TT25 workbooks through the reader (WorkbookData → assessWorkbook): a generated commune,
 * district or province read from its sheets gives the figures the engine gives on the same data; neither
 * the order of rows (`Cộng đồng`, `Tự đánh giá`, `Đơn vị thành viên`) nor how labels and words are typed
 * (NFC or NFD, case, extra or non-breaking spaces) changes them. Seeded (SEED in arbitraries.ts).
 */
import fc from "fast-check";
import { evaluate } from "../../src/engine/evaluate";
import { RULE_SETS } from "../../src/rules";
import type { RuleSet } from "../../src/rules/types";
import { assessWorkbook } from "../../src/workbook/assess";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { figures, SEED } from "./arbitraries";
import { toCommunityWorkbook } from "./community-workbook";
import { communitySpec, fullShape, toCommunityInput } from "./shapes";
import { reorderDataRows, TYPING_VARIANTS } from "./reader-variations";

fc.configureGlobal({ seed: SEED, numRuns: 40 });
beforeAll(() => console.info(`fast-check seed ${SEED} (FC_SEED=… to replay another)`));

const community = RULE_SETS.filter((r) => r.input === "community").map((r) => [r.id, r] as const);

function figuresOf(workbook: WorkbookData, ruleSetId: string) {
  const assessment = assessWorkbook(workbook, { ruleSetId });
  expect(assessment.issues.filter((i) => i.severity === "error" && i.code !== "communityFigureMissing" && i.code !== "memberUnitsMissing")).toEqual([]);
  expect(assessment.evaluation).not.toBeNull();
  return figures(assessment.evaluation!);
}

const VARIANTS = TYPING_VARIANTS;

test.each(community)("%s: read from its sheets, the data give the engine's figures", (id, rules) => {
  let full = 0;
  fc.assert(
    fc.property(communitySpec(rules), (spec) => {
      if (fullShape(rules, toCommunityInput(spec))) full++;
      expect(figuresOf(toCommunityWorkbook(rules, spec), id)).toEqual(figures(evaluate(toCommunityInput(spec), rules)));
    }),
  );
  expect(full).toBeGreaterThan(0);
});

/** Figures without the committee's rating as written (“ĐẠT” is shown as the clerk typed it, and decides alike). */
function decided(f: ReturnType<typeof figures>, rules: RuleSet) {
  const rated = new Set(rules.indicators.filter((i) => i.parts.some((p) => p.measure.kind === "committee")).map((i) => i.id));
  return { ...f, indicators: f.indicators.map((i) => (rated.has(i.id) ? { ...i, parts: i.parts.map(({ value: _shown, ...p }) => p) } : i)) };
}

test.each(community)("%s: labels and words in NFC or NFD, any case, any spacing give the same figures", (id, rules) => {
  fc.assert(
    fc.property(communitySpec(rules), fc.array(fc.nat(VARIANTS.length - 1), { minLength: 1, maxLength: 40 }), (spec, styles) => {
      let n = 0;
      const written = (s: string) => VARIANTS[styles[n++ % styles.length]!]!(s);
      expect(decided(figuresOf(toCommunityWorkbook(rules, spec, written), id), rules)).toEqual(decided(figuresOf(toCommunityWorkbook(rules, spec), id), rules));
    }),
  );
});

test.each(community)("%s: the order of rows in every sheet but `Đơn vị` gives the same figures", (id, rules) => {
  fc.assert(
    fc.property(communitySpec(rules), fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (spec, keys) => {
      const workbook = toCommunityWorkbook(rules, spec);
      const reordered = reorderDataRows(workbook, keys);
      expect(figuresOf(reordered, id)).toEqual(figuresOf(workbook, id));
    }),
  );
});
