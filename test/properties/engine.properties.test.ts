/**
 * Properties of the engine over random units (test/properties/arbitraries.ts), for every rule set:
 * ratios stay in [0, 1]; a member gaining a qualification never lowers a level; row order does not
 * matter; a member not counted (Tính vào đánh giá = Không) changes no figure; a tiêu chí's level is the
 * minimum over its applicable chỉ tiêu, and the unit's the minimum over its tiêu chí (TT24 Điều 8, Điều 9
 * khoản 4). Seeded (SEED in arbitraries.ts); a failure prints the seed and the counterexample.
 */
import fc from "fast-check";
import { evaluate } from "../../src/engine/evaluate";
import type { AssessmentInput } from "../../src/engine/input";
import type { Outcome } from "../../src/engine/result";
import { RULE_SETS } from "../../src/rules";
import { addMember, figures, memberSpec, SEED, toInput, unitSpec, YEAR, type MemberSpec, type UnitSpec } from "./arbitraries";

fc.configureGlobal({ seed: SEED, numRuns: 100 });

/** Rule sets by id, so that a counterexample prints the id rather than the whole rule set. */
const ruleSet = fc.constantFrom(...RULE_SETS.map((r) => r.id));
const rulesOf = (id: string) => RULE_SETS.find((r) => r.id === id)!;

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
    fc.property(unitSpec(), ruleSet, (spec, id) => {
      const rules = rulesOf(id);
      const evaluation = evaluate(toInput(spec), rules);
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

test("a member gaining a qualification never lowers a chỉ tiêu, a tiêu chí or the unit", () => {
  fc.assert(
    fc.property(unitSpec(), ruleSet, fc.nat(), gain, (spec, id, which, g) => {
      const rules = rulesOf(id);
      const before = evaluate(toInput(spec), rules);
      const better: UnitSpec = structuredClone(spec);
      g.apply(better.members[which % better.members.length]!);
      const after = evaluate(toInput(better), rules);
      const pairs: [Outcome, Outcome][] = [
        ...before.indicators.map((i, k): [Outcome, Outcome] => [i.level, after.indicators[k]!.level]),
        ...before.criteria.map((c, k): [Outcome, Outcome] => [c.level, after.criteria[k]!.level]),
        [before.overall.level, after.overall.level],
      ];
      for (const [was, now] of pairs) {
        expect(now === null).toBe(was === null); // applicability does not depend on members
        if (was !== null) expect(now).toBeGreaterThanOrEqual(was);
      }
    }),
  );
});

test("the order of rows (members, awards, certificates, training) changes no figure", () => {
  fc.assert(
    fc.property(unitSpec(), ruleSet, fc.integer(), (spec, id, seed) => {
      const rules = rulesOf(id);
      const input = toInput(spec);
      const reordered: AssessmentInput = {
        ...input,
        members: shuffled(input.members, seed),
        awards: shuffled(input.awards, seed + 1),
        certificates: shuffled(input.certificates, seed + 2),
        trainings: shuffled(input.trainings, seed + 3),
        selfAssessments: shuffled(input.selfAssessments, seed + 4),
      };
      expect(figures(evaluate(reordered, rules))).toEqual(figures(evaluate(input, rules)));
    }),
  );
});

test("a member who is not counted changes no figure, whatever is recorded for them", () => {
  fc.assert(
    fc.property(unitSpec(), ruleSet, memberSpec, fc.nat(), (spec, id, extra, at) => {
      const rules = rulesOf(id);
      const input = toInput(spec);
      const withExcluded = toInput(spec);
      addMember(withExcluded, { ...extra, counted: false }, "excluded", 1000, "Người Không Tính");
      // Anywhere in the roster, not only last.
      const member = withExcluded.members.pop()!;
      withExcluded.members.splice(at % (withExcluded.members.length + 1), 0, member);
      const { members: m0, ...base } = figures(evaluate(input, rules));
      const { members: m1, ...other } = figures(evaluate(withExcluded, rules));
      expect(other).toEqual(base);
      expect(m1).toEqual({ total: m0.total + 1, counted: m0.counted, excluded: m0.excluded + 1 });
    }),
  );
});

test("a tiêu chí's level is the minimum over its applicable chỉ tiêu; the unit's over its tiêu chí", () => {
  fc.assert(
    fc.property(unitSpec(), ruleSet, (spec, id) => {
      const rules = rulesOf(id);
      const evaluation = evaluate(toInput(spec), rules);
      for (const criterion of evaluation.criteria) {
        const own = evaluation.indicators.filter((i) => i.criterion === criterion.id);
        expect(criterion.level).toBe(minOutcome(own.map((i) => i.level)));
        expect(criterion.applicable).toEqual(own.filter((i) => i.level !== null).map((i) => i.id));
      }
      expect(evaluation.overall.level).toBe(minOutcome(evaluation.criteria.map((c) => c.level)));
    }),
  );
});
