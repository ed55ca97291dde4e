/**
 * The normalised input of an evaluation: a unit and its members, with the rows they came from.
 * Produced by src/workbook/normalise from the sheets units keep; consumed by the engine. Nothing here
 * knows about Excel; `row` fields only carry the sheet row back into explanations and issues.
 */
import type { CommunityCount, RecognitionTier, SchoolLevel, UnitType } from "../rules/types";

/** The input sheets by the engine's ids; their names belong to the workbook layer (src/workbook/sheets.ts). */
export type SheetId = "unit" | "roster" | "awards" | "certificates" | "training" | "selfAssessment" | "community" | "memberUnits";

/** The columns the engine's issues and messages point at, as `sheet.column` ids. */
export type FieldId =
  | "unit.value"
  | "community.value"
  | "roster.name"
  | "roster.counted"
  | "selfAssessment.claimed"
  | "selfAssessment.evidence"
  | "selfAssessment.points"
  | "selfAssessment.description";

/**
 * What the workbook layer calls the sheets and columns the input came from, so that the engine's
 * results and messages point back at them without the engine knowing a name (src/workbook/input-names.ts).
 */
export interface InputNames {
  sheets: Readonly<Record<SheetId, string>>;
  columns: Readonly<Record<FieldId, string>>;
  /** The `Cộng đồng` rows the engine's messages name (their labels in the key column). */
  communityRows: Readonly<Record<"population" | CommunityCount, string>>;
  /** The `Đơn vị` rows the engine's messages name: the rule set's row and the recognition's two rows. */
  unitRows: Readonly<Record<"regulation" | "level1RecognisedOn" | "level1Decision", string>>;
}

/** The sheet and header of a field id, for an issue: `{ field, sheet, column }`. */
export function placeOf(names: InputNames, field: FieldId): { field: FieldId; sheet: string; column: string } {
  const sheet = field.slice(0, field.indexOf(".")) as SheetId;
  return { field, sheet: names.sheets[sheet], column: names.columns[field] };
}

export interface UnitInfo {
  name: string | null;
  type: UnitType | null;
  tier: RecognitionTier | null;
  year: number | null;
  /** The `Quy định` cell as written (e.g. "TT24/2023"), or null for the default. */
  regulation: string | null;
  /** Công lập (cơ quan nhà nước, đơn vị sự nghiệp công lập). */
  publicSector: boolean | null;
  /** Cấp học cao nhất, for schools. */
  schoolLevel: SchoolLevel | null;
  /** Canonical name of the collective title of the evaluated year, on the collectiveTitle scale. */
  collectiveTitle: string | null;
  /** Canonical name on the QĐ 4725 scale. */
  digitalTransformation: string | null;
  vetAccredited: boolean | null;
  learners: number | null;
  learnerCitizens: number | null;
  /** What the unit applies for, as written in `Danh hiệu đề nghị` (“Đơn vị học tập”, “Cộng đồng học tập”). */
  recognitionTitle?: string | null;
  /** QĐ 4725 group scores (dạy – học; quản trị), each out of 100, when the level is not written. */
  digitalTeachingScore?: number | null;
  digitalManagementScore?: number | null;
  /** Canonical name on the QĐ 4740 scale (cơ sở giáo dục đại học). */
  digitalTransformation4740?: string | null;
  /** The province has a trường đại học trực thuộc tỉnh (TT25 cấp tỉnh 3.1); null when not written. */
  provincialUniversity?: boolean | null;
  /** Ngày công nhận mức độ 1 (ISO date) and its decision number: the procedure of TT24 Điều 5/11 khoản 3. */
  level1RecognisedOn?: string | null;
  level1Decision?: string | null;
  // ── From the `Cộng đồng` sheet (TT25/2023) ──
  /** Số công dân trong xã: the denominator of 5.1 and 5.2. */
  population?: number | null;
  learningCitizens?: number | null;
  trainedCitizens?: number | null;
  universityCitizens?: number | null;
  disadvantagedArea?: boolean | null;
  pcgdPreschool?: boolean | null;
  /** Canonical names on the pcgdLevel / literacyLevel scales. */
  pcgdPrimary?: string | null;
  pcgdLowerSecondary?: string | null;
  literacy?: string | null;
  /** The `Đơn vị` sheet row of each field, for explanations. */
  rows: Partial<Record<UnitField, number>>;
  /** The `Cộng đồng` sheet row of each of its fields. */
  communityRows?: Partial<Record<CommunityField, number>>;
}

export type UnitField =
  | "name"
  | "type"
  | "tier"
  | "year"
  | "regulation"
  | "publicSector"
  | "schoolLevel"
  | "collectiveTitle"
  | "digitalTransformation"
  | "vetAccredited"
  | "learners"
  | "learnerCitizens"
  | "recognitionTitle"
  | "digitalTeachingScore"
  | "digitalManagementScore"
  | "digitalTransformation4740"
  | "provincialUniversity"
  | "level1RecognisedOn"
  | "level1Decision";

/** Fields of the `Cộng đồng` sheet (their rows are kept in `UnitInfo.communityRows`). */
export type CommunityField =
  | "population"
  | "learningCitizens"
  | "trainedCitizens"
  | "universityCitizens"
  | "disadvantagedArea"
  | "pcgdPreschool"
  | "pcgdPrimary"
  | "pcgdLowerSecondary"
  | "literacy";

/** The fields the `Cộng đồng` sheet holds, so that a message names the sheet the value is on. */
export const COMMUNITY_FIELDS: readonly CommunityField[] = [
  "population",
  "learningCitizens",
  "trainedCitizens",
  "universityCitizens",
  "disadvantagedArea",
  "pcgdPreschool",
  "pcgdPrimary",
  "pcgdLowerSecondary",
  "literacy",
];

export function isCommunityField(field: string): field is CommunityField {
  return (COMMUNITY_FIELDS as readonly string[]).includes(field);
}

/** The sheet and row a unit attribute was read from: `Cộng đồng` for community fields, else `Đơn vị`. */
export function placeOfField(names: InputNames, unit: UnitInfo, field: UnitField | CommunityField): { sheet: string; row: number | undefined } {
  return isCommunityField(field)
    ? { sheet: names.sheets.community, row: unit.communityRows?.[field] }
    : { sheet: names.sheets.unit, row: unit.rows[field] };
}

export interface Member {
  /** The join key: the member code when the roster has `Mã`, else the folded name. */
  key: string;
  row: number;
  name: string;
  position: string | null;
  /** false when `Tính vào đánh giá` says no: the member is in no denominator. */
  counted: boolean;
  /** The disciplinary measure, or null when none. */
  discipline: string | null;
  learningCitizen: boolean | null;
}

export interface Award {
  memberKey: string;
  row: number;
  /** The title as written. */
  title: string;
  year: number | null;
  decision: string | null;
}

export interface Certificate {
  memberKey: string;
  row: number;
  /** Loại as written (Ngoại ngữ, Tiếng dân tộc thiểu số, Tin học, …). */
  category: string;
  name: string | null;
  /** Year of Ngày cấp, when known. */
  issuedYear: number | null;
}

export interface Training {
  memberKey: string;
  row: number;
  program: string;
  /** Nhóm as written (Bắt buộc, Chuyển đổi số, …). */
  group: string;
  completed: boolean;
  year: number | null;
}

/** The committee's own judgement and text for one indicator (sheet `Tự đánh giá`). */
export interface SelfAssessment {
  indicatorId: string;
  row: number;
  /** Mức tự đánh giá as written ("Đạt", "Đạt mức độ 1", "Không đạt", …). */
  claimed: string | null;
  evidence: string | null;
  description: string | null;
  strengths: string | null;
  weaknesses: string | null;
  plan: string | null;
  /** Điểm tự đánh giá (points-based rule sets, TT22/2020), or null/absent when not written. */
  points?: number | null;
}

/** A member commune (district) of a huyện (tỉnh) assessed as “Cộng đồng học tập” (`Đơn vị thành viên`). */
export interface MemberUnit {
  row: number;
  name: string;
  /** Canonical name on the recognitionLevel scale, or null when not recognised. */
  recognition: string | null;
}

export interface AssessmentInput {
  unit: UnitInfo;
  members: Member[];
  awards: Award[];
  certificates: Certificate[];
  trainings: Training[];
  selfAssessments: SelfAssessment[];
  /** Member communes or districts (TT25 cấp huyện, cấp tỉnh). */
  memberUnits?: MemberUnit[];
  /** Which sheets the workbook holds that decide the kind of input (for consistency checks). */
  sheetsPresent?: { community: boolean; roster: boolean };
  /**
   * Keys whose roster name is ambiguous (two members share it and there is no `Mã`): rows of other sheets
   * with such a key are attached to nobody.
   */
  ambiguousKeys: Set<string>;
  /** The names of the sheets and columns read, for results and messages that point back at them. */
  names: InputNames;
}
