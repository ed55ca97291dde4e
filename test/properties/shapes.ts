/**
 * Generators of engine input for each rule set, in the shape that rule set reads (what its measure kinds
 * ask for, read from the rule data, not from its id): a roster with awards, certificates and training
 * (TT24, TT22 evidence); Người học for the units that have them; the `Cộng đồng` figures of a commune
 * (TT25 cấp xã); the `Đơn vị thành viên` levels (TT25 cấp huyện, cấp tỉnh); the committee's ratings; and
 * the committee's points per item within and now and then outside each maximum (TT22).
 *
 * `dataKinds` says which of a rule set's measure kinds an input has real data for, so that a test can count
 * (not assume) that every rule set was exercised with data of its shape.
 */
import fc from "fast-check";
import type { AssessmentInput, MemberUnit, UnitInfo } from "../../src/engine/input";
import { RULE_SETS } from "../../src/rules";
import { SCALES } from "../../src/rules/scales";
import type { Measure, RuleSet, UnitType } from "../../src/rules/types";
import { PROVINCIAL_INSTITUTION_TYPES } from "../../src/rules/types";
import { INPUT_NAMES } from "../../src/workbook/input-names";
import { committeeOf, memberSpec, toInput, unitInfo, YEAR, type UnitSpec } from "./arbitraries";

export const rulesOf = (id: string): RuleSet => RULE_SETS.find((r) => r.id === id)!;

/** The measure kinds a rule set reads, points items' evidence included. */
export function measureKinds(rules: RuleSet): Set<Measure["kind"]> {
  const kinds = new Set<Measure["kind"]>();
  for (const indicator of rules.indicators) {
    for (const part of indicator.parts) {
      kinds.add(part.measure.kind);
      if (part.measure.kind === "points" && part.measure.evidence) kinds.add(part.measure.evidence.kind);
    }
  }
  return kinds;
}

/** Ids of the chỉ tiêu the committee rates or gives points to. */
function committeeIds(rules: RuleSet, kind: "committee" | "points"): string[] {
  return rules.indicators.filter((i) => i.parts.some((p) => p.measure.kind === kind)).map((i) => i.id);
}

/** The measure kinds an input holds real data for (a counted member, citizens, member units, points…). */
export function dataKinds(rules: RuleSet, input: AssessmentInput): Set<Measure["kind"]> {
  const has = new Set<Measure["kind"]>();
  const u = input.unit;
  for (const kind of measureKinds(rules)) {
    const present: Record<Measure["kind"], boolean> = {
      memberShare: input.members.some((m) => m.counted),
      learnerShare: (u.learners ?? 0) > 0 && u.learnerCitizens !== null,
      unitOrdinal: true,
      unitFlag: true,
      committee: input.selfAssessments.some((s) => s.claimed !== null),
      communityShare: (u.population ?? 0) > 0 && u.learningCitizens != null && u.trainedCitizens != null && u.universityCitizens != null,
      memberUnitsShare: (input.memberUnits ?? []).length > 0,
      points: input.selfAssessments.some((s) => s.points !== null && s.points !== undefined),
    };
    if (present[kind]) has.add(kind);
  }
  return has;
}

/** Whether an input has data for every measure kind its rule set reads. */
export function fullShape(rules: RuleSet, input: AssessmentInput): boolean {
  return dataKinds(rules, input).size === measureKinds(rules).size;
}

/** A generated case: the rule set's id (printed in a counterexample) and an input of its shape. */
export interface Case {
  id: string;
  input: AssessmentInput;
}

// ── Members (TT24 xã, huyện, tỉnh; TT22) ──

const PROVINCIAL: readonly UnitType[] = PROVINCIAL_INSTITUTION_TYPES;

/** Người học near the 95% and 97% thresholds, or anywhere. */
const learners = fc.record({
  learners: fc.integer({ min: 1, max: 3000 }),
  permille: fc.oneof(fc.constant(1000), fc.integer({ min: 930, max: 1000 }), fc.integer({ min: 0, max: 1000 })),
});

/** A unit with members for a members rule set; at cấp tỉnh often a provincial institution with Người học. */
export function memberUnitSpec(rules: RuleSet, maxMembers = 25): fc.Arbitrary<UnitSpec> {
  const tier = rules.tier;
  const points = committeeIds(rules, "points");
  const unit = fc
    .record({
      unit: unitInfo,
      provincial: fc.option(fc.constantFrom(...PROVINCIAL), { freq: 2 }),
      learners,
    })
    .map(({ unit, provincial, learners: l }): UnitInfo => {
      // As a clerk's valid sheet reads: Công lập written (the reader refuses a unit whose type does not
      // imply it), and the cấp tỉnh institutions only at cấp tỉnh (TT24 Điều 2 khoản 2).
      const u: UnitInfo = { ...unit, tier, year: rules.scoring ? 2023 : YEAR, publicSector: unit.publicSector ?? true };
      if (u.type !== null && PROVINCIAL.includes(u.type) && tier !== "tinh") u.type = "phoThong";
      // A school's cấp học decides whether its Người học count (Điều 2 khoản 8): the reader asks for it.
      if (u.type === "phoThong" && u.schoolLevel === null) u.schoolLevel = "tieuHoc";
      if (tier === "tinh" && provincial !== null) {
        u.type = provincial;
        u.learners = l.learners;
        u.learnerCitizens = Math.floor((l.learners * l.permille) / 1000);
      }
      return u;
    });
  const committee =
    points.length > 0
      ? fc.tuple(...points.map((id) => itemPoints(rules, id)))
      : committeeOf(committeeIds(rules, "committee"));
  return fc.record({ unit, members: fc.array(memberSpec, { minLength: 1, maxLength: maxMembers }), committee });
}

/** The maximum points of a TT22 item, from the rule data. */
export function maxPointsOf(rules: RuleSet, id: string): number {
  const measure = rules.indicators.find((i) => i.id === id)!.parts[0]!.measure;
  return measure.kind === "points" ? measure.maxPoints : 0;
}

/** The committee's points for one item: mostly in halves from 0 to the maximum, now and then blank or outside. */
function itemPoints(rules: RuleSet, id: string) {
  const max = maxPointsOf(rules, id);
  return fc.record({
    id: fc.constant(id),
    claimed: fc.constant<string | null>(null),
    evidence: fc.constant<string | null>(`MC-${id}`),
    points: fc.oneof(
      { weight: 6, arbitrary: fc.constant<number | null>(max) },
      { weight: 12, arbitrary: fc.integer({ min: 0, max: 2 * max }).map((h) => h / 2) },
      { weight: 1, arbitrary: fc.constantFrom<number | null>(null, -1, max + 0.5, max + 5) },
    ),
  });
}

// ── Cộng đồng (TT25 cấp xã) ──

/** A count of citizens out of `population`, near the thresholds (10–15%, 40–60%, 60–80%) or anywhere; now and then blank. */
const share = (low: number, high: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: low, max: high }) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 1000 }) },
    { weight: 1, arbitrary: fc.constant(-1) },
  );
const level = (scale: "pcgdLevel" | "literacyLevel") =>
  fc.oneof({ weight: 9, arbitrary: fc.constantFrom<string | null>(...SCALES[scale].steps.map((s) => s.name)) }, { weight: 1, arbitrary: fc.constant(null) });

export interface CommunitySpec {
  unit: UnitInfo;
  committee: { id: string; claimed: string | null; evidence: string | null }[];
  /** Recognition of each member commune (district), or null when not recognised; empty at cấp xã. */
  memberUnits: (string | null)[];
}

function communityUnit(rules: RuleSet): fc.Arbitrary<UnitInfo> {
  return fc
    .record({
      population: fc.integer({ min: 1, max: 20_000 }),
      learning: share(550, 850),
      trained: share(380, 650),
      university: share(80, 170),
      disadvantagedArea: fc.constantFrom<boolean | null>(true, false, null),
      pcgdPreschool: fc.constantFrom<boolean | null>(true, true, true, false, null),
      pcgdPrimary: level("pcgdLevel"),
      pcgdLowerSecondary: level("pcgdLevel"),
      literacy: level("literacyLevel"),
      provincialUniversity: fc.constantFrom<boolean | null>(true, false, null),
      year: fc.constantFrom(2024, YEAR),
    })
    .map(({ population, learning, trained, university, year, ...u }) => {
      const count = (permille: number) => (permille < 0 ? null : Math.floor((population * permille) / 1000));
      return {
        name: "Địa phương thử",
        type: null,
        tier: rules.tier,
        year,
        regulation: null,
        publicSector: null,
        schoolLevel: null,
        collectiveTitle: null,
        digitalTransformation: null,
        vetAccredited: null,
        learners: null,
        learnerCitizens: null,
        population,
        learningCitizens: count(learning),
        trainedCitizens: count(trained),
        universityCitizens: count(university),
        ...u,
        rows: {},
        communityRows: {},
      };
    });
}

const RECOGNITION = SCALES.recognitionLevel.steps.map((s) => s.name);
/** A member unit's recognition: mostly recognised (so that shares land near 90%), at times not. */
const recognition = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<string | null>(...RECOGNITION, RECOGNITION[RECOGNITION.length - 1]!) },
  { weight: 1, arbitrary: fc.constant<string | null>(null) },
);

export function communitySpec(rules: RuleSet): fc.Arbitrary<CommunitySpec> {
  const withMembers = measureKinds(rules).has("memberUnitsShare");
  return fc.record({
    unit: communityUnit(rules),
    committee: committeeOf(committeeIds(rules, "committee")),
    memberUnits: withMembers ? fc.array(recognition, { minLength: 1, maxLength: 40 }) : fc.constant([]),
  });
}

export function toCommunityInput(spec: CommunitySpec): AssessmentInput {
  const memberUnits: MemberUnit[] = spec.memberUnits.map((recognition, i) => ({ row: i + 2, name: `Đơn vị ${i + 1}`, recognition }));
  return {
    names: INPUT_NAMES,
    unit: structuredClone(spec.unit),
    members: [],
    awards: [],
    certificates: [],
    trainings: [],
    selfAssessments: spec.committee.map((c, i) => ({ indicatorId: c.id, row: i + 2, claimed: c.claimed, evidence: c.evidence, description: null, strengths: null, weaknesses: null, plan: null })),
    ...(spec.memberUnits.length > 0 ? { memberUnits } : {}),
    sheetsPresent: { community: true, roster: false },
    ambiguousKeys: new Set(),
  };
}

/** Whether a rule set reads a roster of members (TT24, TT22) rather than community figures (TT25). */
export function readsMembers(rules: RuleSet): boolean {
  return (rules.input ?? "members") === "members";
}

/** An input of the rule set's own shape. */
export function caseFor(id: string): fc.Arbitrary<Case> {
  const rules = rulesOf(id);
  return readsMembers(rules)
    ? memberUnitSpec(rules).map((spec) => ({ id, input: toInput(spec) }))
    : communitySpec(rules).map((spec) => ({ id, input: toCommunityInput(spec) }));
}

/** Any rule set with an input of its shape. */
export const anyCase: fc.Arbitrary<Case> = fc.constantFrom(...RULE_SETS.map((r) => r.id)).chain(caseFor);
