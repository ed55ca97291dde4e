/**
 * Properties of the points-based rule sets (TT22/2020) over random rosters and random points per item
 * (shapes.ts): the total is the sum of the items' points, each counted only within 0 and its maximum
 * (Điều 5), each group's the sum of its items; the xếp loại is the band of the total (Điều 6 khoản 3) and
 * more points never give a lower band. Seeded (SEED in arbitraries.ts).
 */
import fc from "fast-check";
import { evaluate } from "../../src/engine/evaluate";
import { RULE_SETS } from "../../src/rules";
import type { RuleSet } from "../../src/rules/types";
import { SEED, toInput } from "./arbitraries";
import { fullShape, maxPointsOf, memberUnitSpec } from "./shapes";

fc.configureGlobal({ seed: SEED, numRuns: 80 });
beforeAll(() => console.info(`fast-check seed ${SEED} (FC_SEED=… to replay another)`));

const pointsBased = RULE_SETS.filter((r) => r.scoring !== undefined);
const cases = pointsBased.map((r) => [r.id, r] as const);

/** The points an item counts: those written when within 0 and the maximum, else none (hand rule, in halves). */
function counted(rules: RuleSet, id: string, written: number | null | undefined): number {
  return written === null || written === undefined || written < 0 || written > maxPointsOf(rules, id) ? 0 : written;
}

/** Bands by rank, lowest first, so that “higher band” is a comparison of numbers. */
function bandRank(rules: RuleSet, grade: string): number {
  const ascending = [...rules.scoring!.bands].sort((a, b) => a.min - b.min);
  return ascending.findIndex((b) => b.grade === grade);
}

test("there is a points-based rule set, and its generator gives points and a roster", () => {
  expect(pointsBased.length).toBeGreaterThan(0);
  for (const rules of pointsBased) {
    const samples = fc.sample(memberUnitSpec(rules), { seed: SEED, numRuns: 50 });
    expect(samples.filter((s) => fullShape(rules, toInput(s))).length).toBeGreaterThan(25);
  }
});

test.each(cases)("%s: total = sum of the items' points within their maxima; each group the sum of its items", (_id, rules) => {
  let outside = 0;
  const grades = new Set<string>();
  fc.assert(
    fc.property(memberUnitSpec(rules, 10), (spec) => {
      const evaluation = evaluate(toInput(spec), rules);
      // Exact in halves: sums of halves are exact in floating point.
      const byItem = new Map(spec.committee.map((c) => [c.id, counted(rules, c.id, c.points)]));
      outside += spec.committee.filter((c) => typeof c.points === "number" && byItem.get(c.id) === 0 && c.points !== 0).length;
      for (const criterion of evaluation.criteria) {
        const own = rules.indicators.filter((i) => i.criterion === criterion.id);
        expect(criterion.points).toBe(own.reduce((sum, i) => sum + byItem.get(i.id)!, 0));
      }
      const total = [...byItem.values()].reduce((a, b) => a + b, 0);
      expect(evaluation.scoring!.points).toBe(total);
      expect(evaluation.scoring!.maxPoints).toBe(rules.scoring!.maxTotal);
      // The band is the highest whose minimum the total reaches.
      const band = [...rules.scoring!.bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min)!;
      expect(evaluation.scoring!.grade).toBe(band.grade);
      grades.add(band.grade);
      // Points-based: no mức độ.
      expect(evaluation.overall.level).toBeNull();
    }),
  );
  expect(outside).toBeGreaterThan(0); // points outside 0–max were generated and left out
  expect(grades.size).toBeGreaterThanOrEqual(3); // totals fell in several bands, near their edges
});

test.each(cases)("%s: more points on one item (within its maximum) never give a lower band", (_id, rules) => {
  fc.assert(
    fc.property(memberUnitSpec(rules, 5), fc.nat(), fc.integer({ min: 1, max: 50 }), (spec, which, halves) => {
      const before = evaluate(toInput(spec), rules);
      const better = structuredClone(spec);
      const row = better.committee[which % better.committee.length]!;
      const now = counted(rules, row.id, row.points);
      row.points = Math.min(maxPointsOf(rules, row.id), now + halves / 2);
      const after = evaluate(toInput(better), rules);
      expect(after.scoring!.points).toBeGreaterThanOrEqual(before.scoring!.points);
      expect(bandRank(rules, after.scoring!.grade)).toBeGreaterThanOrEqual(bandRank(rules, before.scoring!.grade));
    }),
  );
});
