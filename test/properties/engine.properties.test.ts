/**
 * Properties of the engine over random inputs, each rule set fed the shape it reads (shapes.ts): ratios stay
 * in [0, 1]; row order does not matter; a member not counted changes no figure; a tiêu chí's level is the
 * minimum over its applicable chỉ tiêu, and the unit's the minimum over its tiêu chí (TT24 Điều 8, Điều 9
 * khoản 4); a gap's `needed` is the smallest count that reaches the threshold. The last test proves, by
 * counting, that every rule set had inputs with data of its own shape. Seeded (SEED in arbitraries.ts); a
 * failure prints the seed and the counterexample.
 */
import fc from "fast-check";
import { evaluate } from "../../src/engine/evaluate";
import type { AssessmentInput } from "../../src/engine/input";
import type { Outcome } from "../../src/engine/result";
import { RULE_SETS } from "../../src/rules";
import { addMember, figures, memberSpec, SEED, YEAR, type MemberSpec, type UnitSpec, toInput } from "./arbitraries";
import { generatedFor, noteGenerated } from "./coverage";
import { anyCase, memberUnitSpec, readsMembers, rulesOf } from "./shapes";

fc.configureGlobal({ seed: SEED, numRuns: 70 });
beforeAll(() => console.info(`fast-check seed ${SEED} (FC_SEED=… to replay another)`));

function minOutcome(outcomes: Outcome[]): Outcome {
  const applicable = outcomes.filter((o) => o !== null) as number[];
  return applicable.length === 0 ? null : (Math.min(...applicable) as Outcome);
}

/** A deterministic shuffle (Fisher–Yates with a small LCG), so the permutation shrinks with its seed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test("every ratio is in [0, 1], with 0 ≤ numerator ≤ denominator", () => {
  fc.assert(
    fc.property(anyCase, ({ id, input }) => {
      noteGenerated("ratios", id, input);
      const evaluation = evaluate(input, rulesOf(id));
      for (const indicator of evaluation.indicators) {
        for (const figure of [indicator, ...indicator.parts]) {
          if (figure.ratio !== null) {
            expect(figure.ratio).toBeGreaterThanOrEqual(0);
            expect(figure.ratio).toBeLessThanOrEqual(1);
          }
          if (figure.numerator !== null && figure.denominator !== null) {
            expect(Number.isInteger(figure.numerator)).toBe(true);
            expect(figure.numerator).toBeGreaterThanOrEqual(0);
            expect(figure.numerator).toBeLessThanOrEqual(figure.denominator);
          }
        }
      }
    }),
  );
});

test("the order of rows (members, awards, certificates, training, ratings, member units) changes no figure", () => {
  fc.assert(
    fc.property(anyCase, fc.integer(), ({ id, input }, seed) => {
      noteGenerated("row order", id, input);
      const rules = rulesOf(id);
      const reordered: AssessmentInput = {
        ...input,
        members: shuffled(input.members, seed),
        awards: shuffled(input.awards, seed + 1),
        certificates: shuffled(input.certificates, seed + 2),
        trainings: shuffled(input.trainings, seed + 3),
        selfAssessments: shuffled(input.selfAssessments, seed + 4),
        ...(input.memberUnits ? { memberUnits: shuffled(input.memberUnits, seed + 5) } : {}),
      };
      const before = evaluate(input, rules);
      const after = evaluate(reordered, rules);
      expect(figures(after)).toEqual(figures(before));
      expect(after.scoring).toEqual(before.scoring);
    }),
  );
});

test("a tiêu chí's level is the minimum over its applicable chỉ tiêu; the unit's over its tiêu chí", () => {
  fc.assert(
    fc.property(anyCase, ({ id, input }) => {
      noteGenerated("minimum", id, input);
      const evaluation = evaluate(input, rulesOf(id));
      for (const criterion of evaluation.criteria) {
        const own = evaluation.indicators.filter((i) => i.criterion === criterion.id);
        expect(criterion.level).toBe(minOutcome(own.map((i) => i.level)));
        expect(criterion.applicable).toEqual(own.filter((i) => i.level !== null).map((i) => i.id));
      }
      expect(evaluation.overall.level).toBe(minOutcome(evaluation.criteria.map((c) => c.level)));
    }),
  );
});

/** A threshold as the gap shows it (“70%”, “97,5%”, “19/20”) as an exact fraction. */
function fraction(text: string): { num: number; den: number } {
  const percent = /^(\d+)(?:,(\d+))?%$/.exec(text);
  if (percent) {
    const decimals = percent[2] ?? "";
    return { num: Number(percent[1]! + decimals), den: 100 * 10 ** decimals.length };
  }
  const ratio = /^(\d+)\/(\d+)$/.exec(text)!;
  return { num: Number(ratio[1]), den: Number(ratio[2]) };
}

test("a gap's `needed` is the smallest k with (n + k)/d at or above the next level's threshold", () => {
  let checked = 0;
  fc.assert(
    fc.property(anyCase, ({ id, input }) => {
      noteGenerated("gaps", id, input);
      const rules = rulesOf(id);
      for (const indicator of evaluate(input, rules).indicators) {
        const rule = rules.indicators.find((r) => r.id === indicator.id)!;
        for (const gap of indicator.gaps ?? []) {
          if (gap.next === null) continue;
          const { numerator: n, denominator: d, needed: k, level } = gap.next;
          const part = rule.parts.find((p) => p.id === gap.partId)!;
          const requirement = part.levels[level]!;
          // The threshold shown is the rule's own, or one of its variants' (vùng khó khăn, after the reform).
          const allowed = [requirement.threshold, ...(requirement.variants ?? []).map((v) => v.threshold)].map((t) => fraction(t!.replace(".", ",")));
          const t = fraction(gap.next.threshold);
          expect(allowed.some((a) => a.num * t.den === t.num * a.den)).toBe(true);
          expect(Number.isInteger(k) && k >= 0 && k <= d - n).toBe(true);
          expect((n + k) * t.den >= t.num * d).toBe(true);
          if (k > 0) expect((n + k - 1) * t.den < t.num * d).toBe(true);
          expect(gap.next.target).toBe(n + k);
          if (gap.partId === indicator.id && gap.subject !== "memberUnits") expect(n).toBe(gap.numerator);
          checked++;
        }
      }
    }),
  );
  expect(checked).toBeGreaterThan(0);
});

// ── Rule sets that read a roster (TT24 xã, huyện, tỉnh; TT22) ──

const memberRuleSets = RULE_SETS.filter(readsMembers).map((r) => r.id);
const memberCase = fc.constantFrom(...memberRuleSets).chain((id) => memberUnitSpec(rulesOf(id)).map((spec) => ({ id, spec })));

test("a member who is not counted changes no figure, whatever is recorded for them", () => {
  fc.assert(
    fc.property(memberCase, memberSpec, fc.nat(), ({ id, spec }, extra, at) => {
      const rules = rulesOf(id);
      const input = toInput(spec);
      noteGenerated("not counted", id, input);
      const withExcluded = toInput(spec);
      addMember(withExcluded, { ...extra, counted: false }, "excluded", 1000, "Người Không Tính");
      // Anywhere in the roster, not only last.
      const member = withExcluded.members.pop()!;
      withExcluded.members.splice(at % (withExcluded.members.length + 1), 0, member);
      const before = evaluate(input, rules);
      const after = evaluate(withExcluded, rules);
      const { members: m0, ...base } = figures(before);
      const { members: m1, ...other } = figures(after);
      expect(other).toEqual(base);
      expect(after.scoring).toEqual(before.scoring);
      expect(m1).toEqual({ total: m0.total + 1, counted: m0.counted, excluded: m0.excluded + 1 });
    }),
  );
});

/** Ways a member can gain a qualification: each can only help. */
type Gain = (m: MemberSpec) => void;
const gain: fc.Arbitrary<{ name: string; apply: Gain }> = fc.oneof(
  fc.constantFrom("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua toàn quốc").map((title) => ({
    name: `danh hiệu ${title} năm ${YEAR}`,
    apply: (m: MemberSpec) => void m.awards.push({ title, year: YEAR }),
  })),
  fc.constantFrom("Ngoại ngữ", "Tiếng dân tộc thiểu số", "Tin học").map((category) => ({
    name: `chứng chỉ ${category}`,
    apply: (m: MemberSpec) => void m.certificates.push({ category, issuedYear: YEAR - 1 }),
  })),
  fc.constantFrom("Bắt buộc", "Chuyển đổi số", "Tự chọn").map((group) => ({
    name: `hoàn thành mọi chương trình ${group} năm ${YEAR}`,
    apply: (m: MemberSpec) => {
      const own = m.trainings.filter((t) => t.group === group && t.year === YEAR);
      if (own.length === 0) m.trainings.push({ group, completed: true, year: YEAR });
      else own.forEach((t) => (t.completed = true));
    },
  })),
  fc.constant({ name: "đạt Công dân học tập", apply: (m: MemberSpec) => void (m.learningCitizen = true) }),
  fc.constant({ name: "không bị kỷ luật", apply: (m: MemberSpec) => void (m.discipline = null) }),
);

/** Each level of `before` is not above the same level of `after`, and applicability is the same. */
function notLowered(before: ReturnType<typeof evaluate>, after: ReturnType<typeof evaluate>): void {
  const pairs: [Outcome, Outcome][] = [
    ...before.indicators.map((i, k): [Outcome, Outcome] => [i.level, after.indicators[k]!.level]),
    ...before.criteria.map((c, k): [Outcome, Outcome] => [c.level, after.criteria[k]!.level]),
    [before.overall.level, after.overall.level],
  ];
  for (const [was, now] of pairs) {
    expect(now === null).toBe(was === null); // applicability does not depend on the data
    if (was !== null) expect(now).toBeGreaterThanOrEqual(was);
  }
}

test("a member gaining a qualification never lowers a chỉ tiêu, a tiêu chí or the unit (TT22: never changes the points)", () => {
  fc.assert(
    fc.property(memberCase, fc.nat(), gain, ({ id, spec }, which, g) => {
      const rules = rulesOf(id);
      const input = toInput(spec);
      noteGenerated("member gains", id, input);
      const before = evaluate(input, rules);
      const better: UnitSpec = structuredClone(spec);
      g.apply(better.members[which % better.members.length]!);
      const after = evaluate(toInput(better), rules);
      notLowered(before, after);
      // TT22 Điều 8 khoản 1 điểm b: the committee gives the points; the roster is evidence beside them.
      expect(after.scoring).toEqual(before.scoring);
    }),
  );
});

test("more Người học đạt Công dân học tập never lowers a level (TT24 cấp tỉnh, cơ sở giáo dục cấp tỉnh)", () => {
  const tinh = RULE_SETS.filter((r) => readsMembers(r) && r.tier === "tinh" && !r.scoring);
  let withLearners = 0;
  for (const rules of tinh) {
    fc.assert(
      fc.property(memberUnitSpec(rules, 8), fc.integer({ min: 1, max: 50 }), (spec, more) => {
        const input = toInput(spec);
        noteGenerated("learners", rules.id, input);
        const { learners, learnerCitizens } = input.unit;
        if (learners === null || learnerCitizens === null) return;
        withLearners++;
        const better = toInput(spec);
        better.unit.learnerCitizens = Math.min(learners, learnerCitizens + more);
        notLowered(evaluate(input, rules), evaluate(better, rules));
      }),
    );
  }
  expect(tinh.length).toBeGreaterThan(0);
  expect(withLearners).toBeGreaterThan(0);
});

test("every rule set in RULE_SETS had generated inputs with data of its own shape", () => {
  for (const rules of RULE_SETS) {
    const bySuite = generatedFor(rules.id);
    // Counted, not assumed: a rule set fed only inputs it does not read would have no entry. The
    // properties over every rule set must each have reached this one with full data.
    const missing = ["ratios", "row order", "minimum", "gaps"].filter((suite) => !bySuite.get(suite));
    expect({ id: rules.id, missing }).toEqual({ id: rules.id, missing: [] });
  }
});
