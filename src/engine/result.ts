/** What the engine returns: every indicator's figures and level, each criterion, the unit, the issues. */
import type { Basis, LevelNo } from "../rules/types";
import type { PartGap } from "./gaps";
import type { DataIssue } from "./issues";
import type { UnitInfo } from "./input";

/** 0 = Không đạt, 1 = Đạt mức độ 1, 2 = Đạt mức độ 2, null = Không áp dụng. */
export type Outcome = 0 | LevelNo | null;

/** The rows behind a figure: those that count and those that do not. */
export interface RowRefs {
  sheet: string;
  qualifying: number[];
  notQualifying: number[];
}

export interface PartResult {
  id: string;
  label: string;
  /** Whether the part is required at each level for this unit. */
  requiredAt: Partial<Record<LevelNo, boolean>>;
  /** Whether the part meets each level where it is required. */
  metAt: Partial<Record<LevelNo, boolean>>;
  numerator: number | null;
  denominator: number | null;
  /** Unrounded numerator / denominator. */
  ratio: number | null;
  /** For attributes and committee ratings: the value the level was decided on. */
  value: string | null;
  rows: RowRefs | null;
  /** One Vietnamese line about this part. */
  explanation: string;
}

export interface IndicatorResult {
  id: string;
  criterion: string;
  title: string;
  level: Outcome;
  /** The deciding part's figures: the first part that fails the level not reached, else the first with figures. */
  numerator: number | null;
  denominator: number | null;
  ratio: number | null;
  explanation: string;
  /** The article that decided the level, with the regulation ("Điều 7 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT"). */
  citation: string;
  basis: Basis;
  /** Ids of assumptions the result rests on (src/rules/assumptions.ts). */
  assumptions: string[];
  parts: PartResult[];
  /** Points-based rule sets (TT22/2020): the committee's points for the item and its maximum. */
  points?: number;
  maxPoints?: number;
  /**
   * Share parts only: who does not count (with the reason and row) and how many more the next level needs
   * (src/engine/gaps.ts). Set by evaluate() on every indicator, empty when it has no share part.
   */
  gaps?: PartGap[];
}

export interface CriterionResult {
  id: string;
  title: string;
  level: Outcome;
  /** Ids of the indicators that apply to the unit. */
  applicable: string[];
  /** Points-based rule sets: the group's total and maximum. */
  points?: number;
  maxPoints?: number;
}

/** The xếp loại of a points-based evaluation (TT22/2020 Điều 6). */
export interface ScoringResult {
  points: number;
  maxPoints: number;
  grade: string;
  /** The band's article with the regulation. */
  citation: string;
}

/**
 * The procedure beside the result (TT24 Điều 5/11 khoản 3–4): the unit's mức độ 1 recognition, whether
 * mức độ 2 may be asked for yet, and how long a recognition is kept. Present when the rule set has one.
 */
export interface ProcedureResult {
  /** `Ngày công nhận mức độ 1` (ISO) and its decision number, as written in `Đơn vị`. */
  level1RecognisedOn: string | null;
  level1Decision: string | null;
  /** The last day the held mức độ 1 recognition is kept (ISO), when its date is known. */
  level1ValidUntil: string | null;
  /** Whole months from the mức độ 1 decision to the filing deadline, and the months required. */
  monthsHeld: number | null;
  monthsRequired: number | null;
  /** The filing deadline of the evaluated year (ISO). */
  filingBy: string | null;
  /** How long a recognition is kept, and the article. */
  validityMonths: number;
  validityCite: string;
  /** When the data reach mức độ 2: true, false (too early), null (date unknown, or not at mức độ 2). */
  upgradeAllowed: boolean | null;
  /** A sentence to show next to the overall result when mức độ 2 cannot yet be asked for. */
  note: string | null;
}

export interface Evaluation {
  ruleSet: { id: string; title: string; regulation: string };
  unit: UnitInfo;
  members: { total: number; counted: number; excluded: number };
  indicators: IndicatorResult[];
  criteria: CriterionResult[];
  /** `note`: what the procedure says next to the level (mức độ 2 reached before mức độ 1 was held 12 months). */
  overall: { level: Outcome; label: string; note?: string };
  /** The recognition procedure's facts (TT24), when the rule set has them. */
  procedure?: ProcedureResult;
  issues: DataIssue[];
  /** Present when the rule set is points-based: total points and xếp loại. */
  scoring?: ScoringResult;
  /** The community's figures (TT25): số công dân, instead of members. */
  community?: { population: number | null };
}
