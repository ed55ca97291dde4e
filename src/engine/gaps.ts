/**
 * “Who, and how many more”: for every share part of a chỉ tiêu, who does not count (with the reason and
 * the row to look at) and how many more must count to reach the next level. The next level's threshold
 * comes from the rule data, resolved for this unit; the count is exact: the smallest k with
 * (numerator + k)/denominator ≥ threshold, i.e. (numerator + k)·den ≥ num·denominator — the same integer
 * comparison that decided the level (threshold.ts). 2.4 at 25/43 needs 31/43 for 70%: 6 more.
 */
import type { IndicatorPart, IndicatorRule, LevelNo, LevelRequirement, RuleSet } from "../rules/types";
import { resolveRequirement } from "./applicability";
import { shortCite } from "./explain";
import { formatInteger, formatPercent } from "./format";
import type { Member } from "./input";
import { memberUnitCounts, type MeasureContext } from "./measures";
import type { IndicatorResult, PartResult } from "./result";
import { scaleRank } from "./scale";
import { ShortfallReasons, type NotMeeting } from "./shortfall-reasons";
import { parseThreshold, thresholdValue, type Fraction } from "./threshold";

export type { NotMeeting } from "./shortfall-reasons";

/** Who a share counts. */
export type GapSubject = "members" | "learners" | "citizens" | "memberUnits";

const SUBJECT_WORD: Record<GapSubject, string> = {
  members: "thành viên",
  learners: "người học",
  citizens: "công dân",
  memberUnits: "đơn vị thành viên",
};

/** The next level of a part and what it takes. */
export interface LevelGap {
  level: LevelNo;
  /** “mức độ 2”. */
  levelName: string;
  /** The rule's threshold as written (“70%”). */
  threshold: string;
  /** “Điều 7 khoản 2 điểm d, TT24/2023”. */
  cite: string;
  /** Those that count towards this level now (member units: at or above the level's minimum). */
  numerator: number;
  denominator: number;
  /** How many more must count: the smallest k with (numerator + k)/denominator ≥ threshold. */
  needed: number;
  /** numerator + needed. */
  target: number;
}

export interface PartGap {
  partId: string;
  label: string;
  subject: GapSubject;
  numerator: number | null;
  denominator: number | null;
  /** The highest level the part meets on its own (0: none). */
  reached: 0 | LevelNo;
  /** The first level required of this unit that the part does not meet; null when none is left or no figures. */
  next: LevelGap | null;
  /** Every level required of this unit is met. */
  topReached: boolean;
  /**
   * Who does not count, in roster order (member units: below the next level's minimum, else the top's);
   * null for parts given only as counts (người học, công dân).
   */
  notMeeting: NotMeeting[] | null;
  /** One Vietnamese sentence: “Cần thêm 6 thành viên đạt (31/43, ngưỡng 70%) để lên mức độ 2 (Điều 7 khoản 2 điểm d, TT24/2023).” */
  line: string;
}

/**
 * The smallest k ≥ 0 with (numerator + k)/denominator ≥ threshold, computed on integers. Never more than
 * denominator − numerator for a threshold ≤ 100%. A zero denominator has no gap to close: 0.
 */
export function neededToReach(numerator: number, denominator: number, threshold: Fraction): number {
  if (denominator <= 0) return 0;
  const shortBy = threshold.num * denominator - numerator * threshold.den; // in units of 1/den
  if (shortBy <= 0) return 0;
  return Math.floor((shortBy + threshold.den - 1) / threshold.den);
}

function subjectOf(part: IndicatorPart): GapSubject | null {
  switch (part.measure.kind) {
    case "memberShare":
      return "members";
    case "learnerShare":
      return "learners";
    case "communityShare":
      return "citizens";
    case "memberUnitsShare":
      return "memberUnits";
    default:
      return null;
  }
}

/** The highest level met in order, stopping at the first required level not met. */
function reachedLevel(part: PartResult, ruleSet: RuleSet): 0 | LevelNo {
  let reached: 0 | LevelNo = 0;
  for (const { level } of ruleSet.levels) {
    if (!part.requiredAt[level]) continue;
    if (!part.metAt[level]) break;
    reached = level;
  }
  return reached;
}

function firstUnmet(part: PartResult, ruleSet: RuleSet): LevelNo | null {
  return ruleSet.levels.find((l) => part.requiredAt[l.level] && !part.metAt[l.level])?.level ?? null;
}

function lineFor(gap: Omit<PartGap, "line">, ruleSet: RuleSet): string {
  const who = SUBJECT_WORD[gap.subject];
  if (gap.numerator === null || gap.denominator === null || gap.denominator === 0) {
    return `Chưa có số liệu ${who} để tính số còn thiếu.`;
  }
  if (gap.topReached) {
    const top = ruleSet.levels.find((l) => l.level === gap.reached)?.name ?? `mức độ ${gap.reached}`;
    return `Đã đạt ${top}, mức cao nhất.`;
  }
  const next = gap.next!;
  const aim = gap.reached === 0 ? `để chỉ tiêu đạt ${next.levelName}` : `để lên ${next.levelName}`;
  return `Cần thêm ${formatInteger(next.needed)} ${who} đạt (${formatInteger(next.target)}/${formatInteger(next.denominator)}, ngưỡng ${next.threshold}) ${aim} (${next.cite}).`;
}

interface GapContext {
  ruleSet: RuleSet;
  ctx: MeasureContext;
  reasons: ShortfallReasons;
  membersByRow: Map<number, Member>;
}

function requirementAt(rulePart: IndicatorPart, level: LevelNo, g: GapContext): LevelRequirement | undefined {
  const requirement = rulePart.levels[level];
  return requirement ? resolveRequirement(requirement, g.ctx.input.unit) : undefined;
}

function partGap(part: PartResult, rulePart: IndicatorPart, subject: GapSubject, g: GapContext): PartGap {
  const { ruleSet, ctx } = g;
  const reached = reachedLevel(part, ruleSet);
  const unmet = firstUnmet(part, ruleSet);
  const hasFigures = part.numerator !== null && part.denominator !== null && part.denominator > 0;
  const topReached = hasFigures && unmet === null;
  let next: LevelGap | null = null;
  const requirement = unmet === null ? undefined : requirementAt(rulePart, unmet, g);
  if (hasFigures && unmet !== null && requirement?.threshold !== undefined) {
    const threshold = parseThreshold(requirement.threshold);
    const denominator = part.denominator!;
    // Member units count towards a level from that level's minimum recognition; other shares count alike at every level.
    const numerator = subject === "memberUnits" && requirement.minimum !== undefined ? memberUnitCounts(ctx, requirement.minimum) : part.numerator!;
    const needed = neededToReach(numerator, denominator, threshold);
    next = {
      level: unmet,
      levelName: ruleSet.levels.find((l) => l.level === unmet)?.name ?? `mức độ ${unmet}`,
      threshold: requirement.threshold.includes("%") ? formatPercent(thresholdValue(threshold)) : requirement.threshold,
      cite: shortCite(requirement, ruleSet),
      numerator,
      denominator,
      needed,
      target: numerator + needed,
    };
  }

  let notMeeting: NotMeeting[] | null = null;
  if (subject === "members" && rulePart.measure.kind === "memberShare") {
    const predicate = rulePart.measure.predicate;
    notMeeting = (part.rows?.notQualifying ?? [])
      .map((row) => g.membersByRow.get(row))
      .filter((m): m is Member => m !== undefined)
      .map((m) => g.reasons.explain(m, predicate));
  } else if (subject === "memberUnits") {
    // Below the next level's minimum; when every level is met, below the top level's.
    const top = [...ruleSet.levels].reverse().find((l) => part.requiredAt[l.level]);
    const minimum = requirement?.minimum ?? (top ? requirementAt(rulePart, top.level, g)?.minimum : undefined);
    notMeeting = unitsBelow(minimum, g);
  }
  const gap = { partId: part.id, label: part.label, subject, numerator: part.numerator, denominator: part.denominator, reached, next, topReached, notMeeting };
  return { ...gap, line: lineFor(gap, ruleSet) };
}

/** Member units recognised below `minimum` (unrecognised ones included), with what they are recognised at. */
function unitsBelow(minimum: string | undefined, g: GapContext): NotMeeting[] {
  const min = minimum === undefined ? 0 : scaleRank("recognitionLevel", minimum) ?? Infinity;
  const result: NotMeeting[] = [];
  for (const u of g.ctx.input.memberUnits ?? []) {
    const rank = u.recognition === null ? -1 : scaleRank("recognitionLevel", u.recognition) ?? -1;
    if (rank >= min) continue;
    const reason =
      rank < 0 ? "chưa được công nhận" : `được công nhận “${u.recognition}”, chưa đạt “${minimum}”`;
    result.push({ name: u.name, reason, sheet: g.ctx.input.names.sheets.memberUnits, row: u.row });
  }
  return result;
}

/**
 * The gaps of every share part the unit is assessed on, for one indicator already evaluated. Parts that
 * do not apply are not in `result.parts` and so get none; non-share parts get none.
 */
function indicatorGaps(result: IndicatorResult, rule: IndicatorRule, g: GapContext): PartGap[] {
  const gaps: PartGap[] = [];
  for (const part of result.parts) {
    if (!ruleSetRequires(part, g.ruleSet)) continue;
    const rulePart = rule.parts.find((p) => p.id === part.id);
    const subject = rulePart ? subjectOf(rulePart) : null;
    if (!rulePart || subject === null) continue;
    gaps.push(partGap(part, rulePart, subject, g));
  }
  return gaps;
}

function ruleSetRequires(part: PartResult, ruleSet: RuleSet): boolean {
  return ruleSet.levels.some((l) => part.requiredAt[l.level]);
}

/**
 * Every indicator with its `gaps` field set (an empty list when it has no share part), for evaluate().
 * Reasons come from the same facts the measures used; nothing is decided again.
 */
export function withGaps(indicators: IndicatorResult[], ruleSet: RuleSet, ctx: MeasureContext): IndicatorResult[] {
  const g: GapContext = {
    ruleSet,
    ctx,
    reasons: new ShortfallReasons(ctx.input, ctx.rows),
    membersByRow: new Map(ctx.input.members.map((m) => [m.row, m])),
  };
  const rules = new Map(ruleSet.indicators.map((r) => [r.id, r]));
  return indicators.map((result) => {
    const rule = rules.get(result.id);
    return { ...result, gaps: rule ? indicatorGaps(result, rule, g) : [] };
  });
}
