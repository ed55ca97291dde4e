/**
 * The workbook reader: WorkbookData (plain cell values, from any adapter) → AssessmentInput and every
 * problem found, located by sheet, Excel row and column. Pure: no file system, no ExcelJS, no Office.js.
 *
 * `input` is null only when the unit cannot be evaluated at all: a required sheet or a required column
 * is missing, or the roster has no member. Anything else — an unknown value, a blank cell, a row naming
 * nobody — is an issue on the row, and the input is still returned.
 */
import type { AssessmentInput, UnitInfo } from "../../engine/input";
import type { DataIssue } from "../../engine/issues";
import { AWARDS_SHEET, CERTIFICATES_SHEET, ROSTER_SHEET, SELF_ASSESSMENT_SHEET, TRAINING_SHEET, UNIT_SHEET } from "../schema";
import type { WorkbookData } from "../workbook-data";
import { COMMUNITY_SHEET, MEMBER_UNITS_SHEET } from "../community-schema";
import { INPUT_NAMES } from "../input-names";
import { ALL_SHEET_SPECS, findSheets } from "./find-sheet";
import { readCommunity, readMemberUnits } from "./read-community";
import { IssueLog } from "./issue-log";
import { readAwards, readCertificates, readTrainings } from "./read-joined";
import { readRoster } from "./read-roster";
import { readSelfAssessments } from "./read-self-assessment";
import { readUnit, type UnitRefusals } from "./read-unit";

export interface ReadResult {
  input: AssessmentInput | null;
  issues: DataIssue[];
  /** The `Đơn vị` sheet as read, also when the unit is refused (for messages and tests). */
  unit?: UnitInfo | null;
}

const EMPTY_ROSTER = { members: [], ambiguousKeys: new Set<string>(), table: null } as unknown as NonNullable<ReturnType<typeof readRoster>>;

export function readAssessment(workbook: WorkbookData): ReadResult {
  const log = new IssueLog();
  // A “Cộng đồng học tập” workbook (a `Cộng đồng` sheet) has no roster: the member sheets become optional.
  const community = findSheets(workbook, new IssueLog(), [COMMUNITY_SHEET]).get(COMMUNITY_SHEET.name);
  // TT25 cấp huyện and cấp tỉnh use no `Cộng đồng` figure: `Đơn vị thành viên` alone makes a community workbook.
  const communityLike = community ?? findSheets(workbook, new IssueLog(), [MEMBER_UNITS_SHEET]).get(MEMBER_UNITS_SHEET.name);
  const specs = communityLike ? ALL_SHEET_SPECS.map((s) => (s === UNIT_SHEET ? s : { ...s, required: false })) : ALL_SHEET_SPECS;
  const sheets = findSheets(workbook, log, [...specs, COMMUNITY_SHEET, MEMBER_UNITS_SHEET]);
  let complete = true;

  const unitSheet = sheets.get(UNIT_SHEET.name);
  // A value a level depends on that dvht did not understand stops the evaluation (never a guessed level).
  const refusals: UnitRefusals = { fields: [] };
  const unit = unitSheet ? readUnit(unitSheet, log, refusals) : null;
  if (!unit || refusals.fields.length > 0) complete = false;

  const rosterSheet = sheets.get(ROSTER_SHEET.name);
  const roster = rosterSheet ? readRoster(rosterSheet, log) : communityLike ? EMPTY_ROSTER : null;
  if (!roster) complete = false;
  else if (roster.members.length === 0 && !communityLike) {
    complete = false;
    log.add({
      severity: "error",
      code: "noMembers",
      sheet: roster.table.sheet,
      row: roster.table.headerRow + 2,
      message: `Sheet “${roster.table.sheet}” không có thành viên nào (không dòng nào dưới dòng tiêu đề ghi họ tên), nên không tính được tỷ lệ nào.`,
      fix: `Ghi danh sách thành viên của đơn vị, mỗi người một dòng, dưới dòng tiêu đề (dòng ${roster.table.headerRow + 1}).`,
    });
  }

  // With no roster the other sheets are still checked for their columns, so every structural problem
  // is reported at once; their rows are read only against a roster.
  const joinable = roster && (roster.members.length > 0 || communityLike) ? roster : null;
  const awardsSheet = sheets.get(AWARDS_SHEET.name);
  const none = communityLike ? [] : null;
  const awards = awardsSheet ? readAwards(awardsSheet, joinable, log) : none;
  const certificatesSheet = sheets.get(CERTIFICATES_SHEET.name);
  const certificates = certificatesSheet ? readCertificates(certificatesSheet, joinable, log) : none;
  const trainingSheet = sheets.get(TRAINING_SHEET.name);
  const trainings = trainingSheet ? readTrainings(trainingSheet, joinable, log) : none;
  if (unit && community) {
    readCommunity(community, unit, log, refusals);
    if (refusals.fields.length > 0) complete = false;
  }
  const memberUnitsSheet = sheets.get(MEMBER_UNITS_SHEET.name);
  const memberUnits = memberUnitsSheet ? readMemberUnits(memberUnitsSheet, log) : [];
  if (!awards || !certificates || !trainings) complete = false;

  // Tự đánh giá is optional: without its Chỉ tiêu column the sheet is reported and skipped.
  const selfSheet = sheets.get(SELF_ASSESSMENT_SHEET.name);
  const selfAssessments = (selfSheet ? readSelfAssessments(selfSheet, log) : null) ?? [];

  const issues = log.finish();
  if (!complete || !unit || !joinable || !awards || !certificates || !trainings) return { input: null, issues, unit };
  return {
    input: {
      unit,
      members: joinable.members,
      awards,
      certificates,
      trainings,
      selfAssessments,
      memberUnits,
      sheetsPresent: { community: community !== undefined, roster: rosterSheet !== undefined },
      ambiguousKeys: joinable.ambiguousKeys,
      names: INPUT_NAMES,
    },
    issues,
  };
}

export { parseIndicator } from "./read-self-assessment";
export { parseYear, parseDateYear, parseNumber, parseCount, parseTerm, cellText } from "./cells";
export type { Parsed, YearValue } from "./cells";
