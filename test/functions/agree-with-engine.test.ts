/**
 * One decision, two faces: for every chỉ tiêu part of every rule set with levels, at the boundaries of its
 * thresholds (just below, at, just above), at every step of its scale, for met and not met, and for a unit
 * type it does not ask, DVHT.LEVEL with the figure typed in a cell gives the level the engine gives the
 * same figure measured from a unit's data. A disagreement names the rule set, part and figure.
 */
import type { AssessmentInput, UnitInfo } from "../../src/engine/input";
import { evaluate } from "../../src/engine/evaluate";
import { levelLabel } from "../../src/engine/format";
import { reachedLevel } from "../../src/engine/level-scale";
import { parseThreshold } from "../../src/engine/threshold";
import * as impl from "../../src/functions/impl";
import { RULE_SETS } from "../../src/rules";
import { SCALES } from "../../src/rules/scales";
import type { IndicatorPart, IndicatorRule, RuleSet, UnitCondition, UnitType } from "../../src/rules/types";
import { UNIT_TYPES } from "../../src/workbook/vocabulary";
import { communityInput, memberUnits } from "../helpers/community-input";
import { compliantInput, spoil } from "../helpers/input-builder";

/** Members, learners or citizens behind a share: 100 makes every whole percentage a boundary. */
const N = 100;

interface Case {
  name: string;
  /** What the cell holds: “94/100”, 0.94, “Mức đáp ứng tốt”, a column of member units' levels. */
  cell: unknown;
  /** Puts the same figure into the unit's data. */
  setUp: (input: AssessmentInput) => void;
}

const spelling = (type: UnitType): string => UNIT_TYPES.find((t) => t.value === type)!.spellings[0]!;

/** A unit the part applies to (its first condition), or the given type. */
function unitFor(ruleSet: RuleSet, condition: UnitCondition | undefined, type?: UnitType): Partial<UnitInfo> {
  const chosen = type ?? condition?.unitTypes?.[0] ?? (ruleSet.input === "community" ? "coQuanHanhChinh" : "phoThong");
  return {
    tier: ruleSet.tier,
    type: chosen,
    schoolLevel: chosen === "phoThong" ? (condition?.schoolLevels?.[0] ?? "thpt") : null,
    publicSector: chosen !== "toChucKinhTe",
  };
}

function baseInput(ruleSet: RuleSet, unit: Partial<UnitInfo>): AssessmentInput {
  return ruleSet.input === "community" ? communityInput(ruleSet, unit, memberUnits(20, 0, 20)) : compliantInput(N, unit);
}

function shareCases(part: IndicatorPart, set: (input: AssessmentInput, k: number) => void): Case[] {
  const counts = new Set<number>([0, N]);
  for (const requirement of Object.values(part.levels)) {
    if (!requirement?.threshold) continue;
    const t = parseThreshold(requirement.threshold);
    const at = (t.num * N) / t.den;
    for (const k of [Math.ceil(at) - 1, at, Math.floor(at) + 1]) if (k >= 0 && k <= N) counts.add(Math.round(k));
  }
  return [...counts].flatMap((k) => [
    { name: `${k}/${N}`, cell: `${k}/${N}`, setUp: (input: AssessmentInput) => set(input, k) },
    { name: `${k / N} (số thập phân)`, cell: k / N, setUp: (input: AssessmentInput) => set(input, k) },
  ]);
}

function cases(indicator: IndicatorRule, part: IndicatorPart): Case[] {
  const m = part.measure;
  const unit = (input: AssessmentInput) => input.unit as unknown as Record<string, unknown>;
  switch (m.kind) {
    case "memberShare":
      return shareCases(part, (input, k) => spoil(input, indicator.id, N - k));
    case "learnerShare":
      return shareCases(part, (input, k) => Object.assign(input.unit, { learners: N, learnerCitizens: k }));
    case "communityShare":
      return shareCases(part, (input, k) => Object.assign(unit(input), { population: N, [m.count]: k }));
    case "memberUnitsShare": {
      const pairs = [[20, 20], [18, 18], [18, 17], [17, 17], [19, 0], [20, 18], [20, 19], [0, 0]] as const;
      return pairs.map(([atLeast1, atLeast2]) => {
        const units = memberUnits(20, atLeast1 - atLeast2, atLeast2);
        return {
          name: `${atLeast1}/20 từ mức độ 1, ${atLeast2}/20 mức độ 2`,
          cell: units.map((u) => [u.recognition ?? "Chưa công nhận"]),
          setUp: (input: AssessmentInput) => (input.memberUnits = units),
        };
      });
    }
    case "unitOrdinal":
      return SCALES[m.scale].steps.map((step) => ({ name: step.name, cell: step.name, setUp: (input: AssessmentInput) => (unit(input)[m.attribute] = step.name) }));
    case "unitFlag":
      return [true, false].map((met) => ({ name: met ? "Đạt" : "Không đạt", cell: met ? "Đạt" : "Không đạt", setUp: (input: AssessmentInput) => (unit(input)[m.attribute] = met) }));
    case "committee":
      return ["Đạt", "Không đạt"].map((claimed) => ({
        name: claimed,
        cell: claimed,
        setUp: (input: AssessmentInput) => {
          input.selfAssessments = input.selfAssessments.filter((s) => s.indicatorId !== part.id);
          input.selfAssessments.push({ indicatorId: part.id, row: 99, claimed, evidence: "MC-01", description: null, strengths: null, weaknesses: null, plan: null });
        },
      }));
    case "points":
      return [];
  }
}

interface Row {
  ruleSet: RuleSet;
  part: IndicatorPart;
  type: UnitType;
  unit: Partial<UnitInfo>;
  c: Case;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const ruleSet of RULE_SETS.filter((r) => r.levels.length > 0)) {
    for (const indicator of ruleSet.indicators) {
      for (const part of indicator.parts) {
        const condition = part.appliesTo === "all" ? undefined : part.appliesTo[0];
        const own = unitFor(ruleSet, condition);
        const other = unitFor(ruleSet, undefined, "toChucKinhTe");
        for (const c of cases(indicator, part)) {
          out.push({ ruleSet, part, type: own.type!, unit: own, c });
          out.push({ ruleSet, part, type: "toChucKinhTe", unit: other, c });
        }
      }
    }
  }
  return out;
}

const ROWS = rows();

test("the table covers every part of every rule set with levels", () => {
  const covered = new Set(ROWS.map((r) => `${r.ruleSet.id} ${r.part.id}`));
  const all = RULE_SETS.filter((r) => r.levels.length > 0).flatMap((r) => r.indicators.flatMap((i) => i.parts.map((p) => `${r.id} ${p.id}`)));
  expect([...covered].sort()).toEqual(all.sort());
  expect(ROWS.length).toBeGreaterThan(1000);
});

test.each(ROWS.map((r) => [`${r.ruleSet.id} ${r.part.id} (${spelling(r.type)}): ${r.c.name}`, r] as const))("%s", (_name, row) => {
  const input = baseInput(row.ruleSet, row.unit);
  row.c.setUp(input);
  const evaluation = evaluate(input, row.ruleSet);
  const result = evaluation.indicators.flatMap((i) => i.parts).find((p) => p.id === row.part.id);
  // A part the unit is not asked shows once as its indicator's only part, required at no level.
  const engine = result ? reachedLevel(row.ruleSet.levels, (l) => result.requiredAt[l] === true, (l) => result.metAt[l] === true) : null;
  expect(impl.level(row.part.id, row.c.cell, row.ruleSet.id, spelling(row.type))).toBe(levelLabel(engine, row.ruleSet));
});

describe("TT25 4.1 counts the member units at each level (the engine's rule, now also the function's)", () => {
  const column = (atLeast1: number, atLeast2: number) => memberUnits(20, atLeast1 - atLeast2, atLeast2).map((u) => [u.recognition ?? "Chưa công nhận"]);

  test("19 of 20 communes at mức độ 1 and none at mức độ 2: mức độ 1, not 2", () => {
    expect(impl.level("4.1", column(19, 0), "tt25-2023/huyen")).toBe("Đạt mức độ 1");
  });

  test("18 of 20 at mức độ 2 (90%): mức độ 2; 17 of 20 (85%): mức độ 1 when 18 reach mức độ 1", () => {
    expect(impl.level("4.1", column(18, 18), "tt25-2023/huyen")).toBe("Đạt mức độ 2");
    expect(impl.level("4.1", column(18, 17), "tt25-2023/huyen")).toBe("Đạt mức độ 1");
    expect(impl.level("4.1", column(17, 17), "tt25-2023/huyen")).toBe("Không đạt");
  });

  test("a single share cannot say how many units reached mức độ 2: refused, saying what to give", () => {
    expect(() => impl.level("4.1", "19/20", "tt25-2023/huyen")).toThrow(/vùng mức công nhận/);
    expect(() => impl.level("4.1", [["Mức độ 2"], ["Mức 3"]], "tt25-2023/huyen")).toThrow(/“Mức 3”.*không phải mức công nhận/);
  });
});
