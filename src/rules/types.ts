/**
 * The shape of rule data: a regulation's criteria (tiêu chí) and indicators (chỉ tiêu) as cited records.
 *
 * The engine reads these records and knows only a handful of measure kinds; it never tests an indicator
 * id. Every threshold carries the article it comes from and the basis on which dvht encodes it
 * (read in the text, secondary source, or an assumption listed in `assumptions.ts`).
 */

/** Where a rule comes from: read in the regulation's text, secondary sources, or dvht's own assumption. */
export type Basis = "text" | "secondary" | "assumption";

/** Loại đơn vị, as listed in the `Đơn vị` sheet. */
export type UnitType =
  | "coQuanHanhChinh"
  | "donViSuNghiepCongLap"
  | "mamNonCongLap"
  | "phoThong"
  | "giaoDucNgheNghiep"
  | "giaoDucThuongXuyen"
  | "toChucKinhTe";

/** Cấp học cao nhất of a school (decides whether its learners count, TT24 Điều 2 khoản 8). */
export type SchoolLevel = "mamNon" | "tieuHoc" | "thcs" | "thpt";

/** Cấp công nhận: the level of government that recognises the unit. */
export type RecognitionTier = "xa" | "huyen" | "tinh";

/** A level of recognition: 1 = mức độ 1, 2 = mức độ 2. Level 0 (Không đạt) is an outcome, not a rule. */
export type LevelNo = 1 | 2;

/**
 * A threshold written as the regulation writes it ("90%") or as an exact fraction ("19/20").
 * Parsed once into integers so that comparisons are exact: numerator·den ≥ num·denominator.
 */
export type ThresholdText = `${number}%` | `${number}/${number}`;

/** A condition on the unit; every field given must match. */
export interface UnitCondition {
  unitTypes?: UnitType[];
  schoolLevels?: SchoolLevel[];
  /** Công lập: cơ quan nhà nước or đơn vị sự nghiệp công lập. */
  publicSector?: boolean;
}

/** "all", or a list of conditions of which at least one must hold. */
export type Applicability = "all" | UnitCondition[];

/** What a member must have to be counted in the numerator of a member share. */
export type MemberPredicate =
  /** No disciplinary measure in the `Kỷ luật` column. */
  | { kind: "noDiscipline" }
  /** Completed every programme of this group in the evaluated year (and had at least one). */
  | { kind: "completedAllOfGroup"; group: string }
  /** Completed at least one programme of this group in the evaluated year. */
  | { kind: "completedAnyOfGroup"; group: string }
  /** Holds a certificate of one of these categories. */
  | { kind: "hasCertificate"; categories: string[] }
  /** Holds, for the evaluated year, a title at or above `min` on the named scale. */
  | { kind: "titleAtLeast"; scale: ScaleId; min: string }
  /** A yes/no column of the roster is yes. */
  | { kind: "rosterFlag"; field: "learningCitizen" };

/** Unit attributes the `Đơn vị` sheet provides, on an ordinal scale or as yes/no. */
export type OrdinalAttribute = "collectiveTitle" | "digitalTransformation";
export type FlagAttribute = "vetAccredited";

/** Named ordinal scales (danh hiệu thi đua, mức chuyển đổi số). */
export type ScaleId = "individualTitle" | "collectiveTitle" | "digitalTransformation4725";

/** How an indicator part is measured. */
export type Measure =
  /** Share of counted members satisfying a predicate. */
  | { kind: "memberShare"; predicate: MemberPredicate; describe: string }
  /** Share of the unit's learners (Người học) who satisfy the indicator, from the `Đơn vị` sheet. */
  | { kind: "learnerShare"; describe: string }
  /** A unit attribute on an ordinal scale, compared with a minimum per level. */
  | { kind: "unitOrdinal"; attribute: OrdinalAttribute; scale: ScaleId; describe: string }
  /** A unit attribute that is yes or no. */
  | { kind: "unitFlag"; attribute: FlagAttribute; describe: string }
  /** Judged by the unit's Tổ đánh giá in the `Tự đánh giá` sheet, with minh chứng. */
  | { kind: "committee"; describe: string };

/** What one level requires of one part of an indicator. */
export interface LevelRequirement {
  /** The regulation's wording at this level (verbatim where basis is "text"). */
  text: string;
  /** For shares: the minimum ratio. */
  threshold?: ThresholdText;
  /** For ordinal measures: the minimum value on the scale. */
  minimum?: string;
  /** Where the requirement comes from: "Điều 6 khoản 2 điểm a". */
  cite: string;
  basis: Basis;
  /** Ids from assumptions.ts when basis is "assumption". */
  assumptions?: string[];
  /** Unit types for which this level requires the part; default: the part's own applicability. */
  appliesTo?: Applicability;
}

/** A part of an indicator. Most indicators have one; 3.1 has Thành viên and Người học parts. */
export interface IndicatorPart {
  id: string;
  label: string;
  measure: Measure;
  appliesTo: Applicability;
  levels: Partial<Record<LevelNo, LevelRequirement>>;
}

export interface IndicatorRule {
  /** "2.5" */
  id: string;
  /** "2" */
  criterion: string;
  /** A short title for tables. */
  title: string;
  parts: IndicatorPart[];
}

export interface CriterionRule {
  id: string;
  title: string;
  cite: string;
}

export interface Regulation {
  /** "Thông tư 24/2023/TT-BGDĐT" */
  name: string;
  /** "TT24/2023" */
  short: string;
  signed: string;
  /** The date the regulation took effect (ISO). */
  effective: string;
  /** The date it stopped applying, if repealed. */
  repealed?: string;
}

export interface LevelDefinition {
  level: LevelNo;
  /** The outcome's label: "Đạt mức độ 1". */
  label: string;
  /** The level's name inside a sentence: "mức độ 1". */
  name: string;
  /** The article that sets the condition of recognition at this level. */
  cite: string;
}

export interface RuleSet {
  /** "tt24-2023/huyen" */
  id: string;
  /** "Đơn vị học tập" cấp huyện theo Thông tư 24/2023/TT-BGDĐT */
  title: string;
  regulation: Regulation;
  /** Other texts that shaped this rule set (amendments, decisions). */
  amendedBy?: { name: string; effective: string; note: string; basis: Basis }[];
  /** Who decides on recognition, and under which article. */
  authority: { text: string; cite: string; basis: Basis };
  tier: RecognitionTier;
  /** The date from which this rule set applies (may be later than the regulation's for a derived set). */
  validFrom: string;
  validUntil?: string;
  levels: LevelDefinition[];
  criteria: CriterionRule[];
  indicators: IndicatorRule[];
}
