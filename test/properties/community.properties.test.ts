/**
 * Properties of the “Cộng đồng học tập” rule sets (TT25/2023) over random `Cộng đồng` figures and
 * `Đơn vị thành viên` levels (shapes.ts): better figures never lower a level; a xã thuộc vùng khó khăn is
 * never judged more strictly on 5.2 (Điều 6, 7 khoản 5 điểm b); 4.1 of cấp huyện, cấp tỉnh is monotone in
 * the member units' levels and equals the level computed here by hand from the 90% rule (Điều 11/12,
 * 16/17 khoản 4 điểm a). Seeded (SEED in arbitraries.ts).
 */
import fc from "fast-check";
import { evaluate } from "../../src/engine/evaluate";
import type { Evaluation, Outcome } from "../../src/engine/result";
import { RULE_SETS } from "../../src/rules";
import { SCALES } from "../../src/rules/scales";
import { SEED } from "./arbitraries";
import { communitySpec, fullShape, measureKinds, toCommunityInput, type CommunitySpec } from "./shapes";

fc.configureGlobal({ seed: SEED, numRuns: 80 });
beforeAll(() => console.info(`fast-check seed ${SEED} (FC_SEED=… to replay another)`));

const community = RULE_SETS.filter((r) => r.input === "community");
const xa = community.filter((r) => measureKinds(r).has("communityShare"));
const withMemberUnits = community.filter((r) => measureKinds(r).has("memberUnitsShare"));

function levels(e: Evaluation): Outcome[] {
  return [...e.indicators.map((i) => i.level), ...e.criteria.map((c) => c.level), e.overall.level];
}

function expectNotLower(before: Evaluation, after: Evaluation): void {
  const was = levels(before);
  levels(after).forEach((now, k) => {
    expect(now === null).toBe(was[k] === null);
    if (was[k] !== null) expect(now).toBeGreaterThanOrEqual(was[k]!);
  });
}

test("the generators give each TT25 rule set data of its shape", () => {
  expect(xa.length).toBeGreaterThan(0);
  expect(withMemberUnits.length).toBeGreaterThan(0);
  for (const rules of community) {
    const samples = fc.sample(communitySpec(rules), { seed: SEED, numRuns: 50 });
    expect(samples.filter((s) => fullShape(rules, toCommunityInput(s))).length).toBeGreaterThan(25);
  }
});

/** Ways the commune's figures can improve. */
const improvement = fc.oneof(
  fc.record({ count: fc.constantFrom("learningCitizens" as const, "trainedCitizens" as const, "universityCitizens" as const), more: fc.integer({ min: 1, max: 2000 }) }).map(({ count, more }) => ({
    name: `${count} + ${more}`,
    apply: (s: CommunitySpec) => {
      const u = s.unit;
      if (u[count] !== null && u[count] !== undefined) u[count] = Math.min(u.population!, u[count]! + more);
    },
  })),
  fc.constantFrom("pcgdPrimary" as const, "pcgdLowerSecondary" as const, "literacy" as const).map((field) => ({
    name: `${field} một mức cao hơn`,
    apply: (s: CommunitySpec) => {
      const steps = SCALES[field === "literacy" ? "literacyLevel" : "pcgdLevel"].steps.map((x) => x.name);
      const at = steps.indexOf(s.unit[field] ?? "");
      s.unit[field] = steps[Math.min(steps.length - 1, at + 1)]!;
    },
  })),
  fc.constant({ name: "đạt phổ cập mầm non", apply: (s: CommunitySpec) => void (s.unit.pcgdPreschool = true) }),
  fc.nat().map((k) => ({
    name: `Tổ đánh giá ghi Đạt có minh chứng ở dòng ${k}`,
    apply: (s: CommunitySpec) => {
      const row = s.committee[k % s.committee.length]!;
      row.claimed = "Đạt";
      row.evidence = `MC-${row.id}`;
    },
  })),
);

test.each(xa.map((r) => [r.id, r] as const))("%s: better figures of the commune never lower a level", (_id, rules) => {
  fc.assert(
    fc.property(communitySpec(rules), improvement, (spec, better) => {
      const improved = structuredClone(spec);
      better.apply(improved);
      expectNotLower(evaluate(toCommunityInput(spec), rules), evaluate(toCommunityInput(improved), rules));
    }),
  );
});

test.each(xa.map((r) => [r.id, r] as const))("%s: 5.2 for a xã thuộc vùng khó khăn is never stricter than for another xã", (_id, rules) => {
  const varied = rules.indicators.filter((i) => i.parts.some((p) => Object.values(p.levels).some((l) => l?.variants?.some((v) => v.when.disadvantagedArea))));
  expect(varied.map((i) => i.id)).toContain("5.2");
  let differed = 0;
  fc.assert(
    fc.property(communitySpec(rules), (spec) => {
      const plain = structuredClone(spec);
      plain.unit.disadvantagedArea = false;
      const hard = structuredClone(spec);
      hard.unit.disadvantagedArea = true;
      const a = evaluate(toCommunityInput(plain), rules);
      const b = evaluate(toCommunityInput(hard), rules);
      expectNotLower(a, b);
      for (const indicator of varied) {
        const la = a.indicators.find((i) => i.id === indicator.id)!.level;
        const lb = b.indicators.find((i) => i.id === indicator.id)!.level;
        if (la !== lb) differed++;
      }
    }),
  );
  // The thresholds do differ somewhere in what was generated: the property is not vacuous.
  expect(differed).toBeGreaterThan(0);
});

/** 4.1 by hand: mức độ k when at least 90% of member units are recognised at mức độ k or above. */
function handLevel41(units: (string | null)[]): Outcome {
  const d = units.length;
  const atLeast = (k: number) => units.filter((u) => u !== null && Number(u.replace("Mức độ ", "")) >= k).length;
  if (atLeast(1) * 10 < 9 * d) return 0;
  return atLeast(2) * 10 >= 9 * d ? 2 : 1;
}

test.each(withMemberUnits.map((r) => [r.id, r] as const))("%s: 4.1 is the 90% rule over the member units, computed by hand", (_id, rules) => {
  const seen = new Set<Outcome>();
  fc.assert(
    fc.property(communitySpec(rules), (spec) => {
      const level = evaluate(toCommunityInput(spec), rules).indicators.find((i) => i.id === "4.1")!.level;
      expect(level).toBe(handLevel41(spec.memberUnits));
      seen.add(level);
    }),
  );
  // Every outcome was reached by some generated input.
  expect([...seen].sort()).toEqual([0, 1, 2]);
});

test.each(withMemberUnits.map((r) => [r.id, r] as const))("%s: raising a member unit's level, or adding one at the top, never lowers 4.1 nor the unit", (_id, rules) => {
  const steps = SCALES.recognitionLevel.steps.map((s) => s.name);
  fc.assert(
    fc.property(communitySpec(rules), fc.nat(), fc.boolean(), (spec, which, add) => {
      const better = structuredClone(spec);
      if (add) better.memberUnits.splice(which % (better.memberUnits.length + 1), 0, steps[steps.length - 1]!);
      else {
        const k = which % better.memberUnits.length;
        const at = better.memberUnits[k] === null ? -1 : steps.indexOf(better.memberUnits[k]!);
        better.memberUnits[k] = steps[Math.min(steps.length - 1, at + 1)]!;
      }
      expectNotLower(evaluate(toCommunityInput(spec), rules), evaluate(toCommunityInput(better), rules));
    }),
  );
});
