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
export const UNIT_TYPES = [
  "coQuanHanhChinh",
  "donViSuNghiepCongLap",
  "mamNonCongLap",
  "phoThong",
  "giaoDucNgheNghiep",
  "giaoDucThuongXuyen",
  "coSoGiaoDucDaiHoc",
  "toChucKinhTe",
  // Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh named in TT24/2023 Điều 2 khoản 2 beside the ones above.
  "truongDuBiDaiHoc",
  "truongChuyen",
  "truongNangKhieu",
  "truongNguoiKhuyetTat",
  "truongGiaoDuong",
  "trungTamHoTroGiaoDucHoaNhap",
  // Cơ quan Đảng, Mặt trận, đoàn thể, lực lượng vũ trang, hội (Điều 2 khoản 3, 4): công lập is written, not implied.
  "coQuanDoanThe",
] as const;

export type UnitType = (typeof UNIT_TYPES)[number];

/** Every unit type but the ones named: “(không bao gồm … tổ chức kinh tế)”. */
export function unitTypesExcept(...excluded: UnitType[]): UnitType[] {
  return UNIT_TYPES.filter((t) => !excluded.includes(t));
}

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
  /** Xã thuộc vùng khó khăn (TT25/2023 Điều 6 khoản 5 điểm b), from the `Cộng đồng` sheet. */
  disadvantagedArea?: boolean;
  /**
   * The province has a trường đại học trực thuộc tỉnh (TT25/2023 Điều 16 khoản 3 điểm a), from the `Đơn vị`
   * sheet; a blank cell counts as Có (assumption provincialUniversityAsInput): only a written “Không” lifts it.
   */
  provincialUniversity?: boolean;
  /**
   * The evaluated year ends on or after this date (ISO): a rule that changed mid-way, keyed by the date it
   * took effect (the two-level local government from 01/7/2025).
   */
  evaluatedOnOrAfter?: string;
}

/** "all", or a list of conditions of which at least one must hold. */
export type Applicability = "all" | UnitCondition[];

/** What a member must have to be counted in the numerator of a member share. */
export type MemberPredicate =
  /** No disciplinary measure in the `Kỷ luật` column. */
  | { kind: "noDiscipline" }
  /** Completed every programme of these groups in the evaluated year (and had at least one). */
  | { kind: "completedAllOfGroups"; groups: string[] }
  /** Completed at least one programme of this group in the evaluated year. */
  | { kind: "completedAnyOfGroup"; group: string }
  /** Holds a certificate of one of these categories. */
  | { kind: "hasCertificate"; categories: string[] }
  /** Holds, for the evaluated year, a title at or above `min` on the named scale. */
  | { kind: "titleAtLeast"; scale: ScaleId; min: string }
  /** A yes/no column of the roster is yes. */
  | { kind: "rosterFlag"; field: "learningCitizen" };

/** Unit attributes the `Đơn vị` sheet provides, on an ordinal scale or as yes/no. */
export type OrdinalAttribute =
  | "collectiveTitle"
  | "digitalTransformation"
  | "digitalTransformation4740"
  /** A commune's recognised standard of phổ cập giáo dục tiểu học / THCS and xóa mù chữ (NĐ 20/2014/NĐ-CP). */
  | "pcgdPrimary"
  | "pcgdLowerSecondary"
  | "literacy";
export type FlagAttribute = "vetAccredited" | "pcgdPreschool";

/** Named ordinal scales (danh hiệu thi đua, mức chuyển đổi số, mức phổ cập giáo dục, xóa mù chữ). */
export type ScaleId =
  | "individualTitle"
  | "collectiveTitle"
  | "digitalTransformation4725"
  | "digitalTransformation4740"
  | "pcgdLevel"
  | "literacyLevel"
  | "recognitionLevel";

/** Counts of the `Cộng đồng` sheet that a share of citizens (công dân trong xã) is computed from. */
export type CommunityCount = "learningCitizens" | "trainedCitizens" | "universityCitizens";

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
  | { kind: "committee"; describe: string }
  /** Share of the commune's citizens (số công dân, `Cộng đồng` sheet) counted by one of its figures. */
  | { kind: "communityShare"; count: CommunityCount; describe: string }
  /**
   * Share of member communes (districts) in `Đơn vị thành viên` recognised at or above the requirement's
   * `minimum` on the recognitionLevel scale.
   */
  | { kind: "memberUnitsShare"; describe: string }
  /**
   * Points the committee gives an item (column `Điểm` of `Tự đánh giá`), at most `maxPoints`; `evidence`
   * is a figure computed beside the points (a share of members, a unit attribute), never deciding them.
   */
  | { kind: "points"; maxPoints: number; describe: string; evidence?: EvidenceMeasure };

/** What may stand beside a point as evidence. */
export type EvidenceMeasure =
  | { kind: "memberShare"; predicate: MemberPredicate; describe: string }
  | { kind: "unitOrdinal"; attribute: OrdinalAttribute; scale: ScaleId; describe: string };

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
  /**
   * The same level asked differently of some units (TT25 5.2 for a xã thuộc vùng khó khăn): the first
   * variant whose `when` matches the unit replaces threshold, minimum, text, cite and basis.
   */
  variants?: RequirementVariant[];
}

export interface RequirementVariant {
  when: UnitCondition;
  text: string;
  threshold?: ThresholdText;
  minimum?: string;
  cite: string;
  basis: Basis;
  assumptions?: string[];
}

/** A part of an indicator. Most indicators have one; 3.1 has Thành viên and Người học parts. */
export interface IndicatorPart {
  id: string;
  label: string;
  measure: Measure;
  appliesTo: Applicability;
  levels: Partial<Record<LevelNo, LevelRequirement>>;
  /** For a points item (TT22/2020): its wording and article; its `levels` are then empty. */
  item?: { text: string; cite: string; basis: Basis; assumptions?: string[] };
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
  /** For a points-based rule set: the group's maximum (TT22/2020 Điều 5: 30, 30, 40). */
  maxPoints?: number;
}

/** A xếp loại band of a points-based rule set: total points from `min` (inclusive). */
export interface GradeBand {
  grade: string;
  min: number;
  text: string;
  cite: string;
  basis: Basis;
}

/** How a points-based rule set grades a unit (TT22/2020 Điều 6). */
export interface Scoring {
  maxTotal: number;
  /** Who gives points below the maximum, and where the text says so (TT22/2020 Điều 8 khoản 1 điểm b). */
  pointsBy?: { text: string; cite: string; basis: Basis };
  /** Highest band first; the last band has min 0. */
  bands: GradeBand[];
  cite: string;
}

/** What a rule set recognises: an “Đơn vị học tập” or a “Cộng đồng học tập”. */
export type RecognitionKind = "donViHocTap" | "congDongHocTap";

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

/**
 * The recognition procedure's time limits (TT24 Điều 5/11 khoản 3–4, Điều 10/16 khoản 1 điểm c): mức độ 2
 * may be asked for only after mức độ 1 has been held `upgrade.months`; a recognition is kept
 * `validity.months`; the dossier is filed before `filing` (day/month) of the year after the evaluated one.
 */
export interface Procedure {
  /** Absent where the available text has no such khoản (TT25/2023 keeps only khoản 4 of Điều 5, 10, 15). */
  upgrade?: { months: number; text: string; cite: string; basis: Basis; assumptions?: string[] };
  validity: { months: number; text: string; cite: string; basis: Basis; assumptions?: string[] };
  filing?: { day: number; month: number; text: string; cite: string; basis: Basis };
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
  /**
   * Where the regulation says a chỉ tiêu without suitable minh chứng is not met, if it says so. `effect`
   * "warning" when the text has no such rule and dvht only warns (TT25/2023); default "notMet".
   */
  evidence?: { cite: string; basis: Basis; assumptions?: string[]; effect?: "notMet" | "warning" };
  tier: RecognitionTier;
  /**
   * Every tier the rule set serves when more than `tier` (TT22/2020 Điều 7 khoản 2: “Chủ tịch Ủy ban nhân
   * dân cùng cấp” — cấp huyện and cấp tỉnh alike). Read through `coversTier`.
   */
  tiers?: RecognitionTier[];
  /** The date from which this rule set applies (may be later than the regulation's for a derived set). */
  validFrom: string;
  validUntil?: string;
  /** The rule set that takes over the same units after `validUntil` (TT24 cấp huyện → cấp xã, 01/7/2025). */
  successor?: string;
  levels: LevelDefinition[];
  criteria: CriterionRule[];
  indicators: IndicatorRule[];
  /** Default "donViHocTap". */
  kind?: RecognitionKind;
  /** Present for a points-based rule set (TT22/2020); its `levels` are then empty. */
  scoring?: Scoring;
  /** Time limits of the recognition procedure, where the rule set has them. */
  procedure?: Procedure;
  /** The input a unit fills in: members (roster) or community figures (`Cộng đồng` sheet). Default "members". */
  input?: "members" | "community";
}
