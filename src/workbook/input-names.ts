/**
 * The engine's sheet and field ids turned into the workbook's sheet names and column headers, taken from
 * the schema: the one table the engine's issues and messages are named from.
 */
import type { FieldId, InputNames } from "../engine/input";
import type { CommunityCount } from "../rules/types";
import { COMMUNITY_SHEET } from "./community-schema";
import { ROSTER_SHEET, SELF_ASSESSMENT_SHEET, UNIT_SHEET, type TableSheetSpec } from "./schema";
import { SHEETS } from "./sheets";

function header(sheet: TableSheetSpec, field: string): string {
  const column = sheet.columns.find((c) => c.field === field);
  if (!column) throw new Error(`${sheet.name} has no column ${field}`);
  return column.header;
}

const COLUMNS: Record<FieldId, string> = {
  "unit.value": UNIT_SHEET.valueHeader,
  "community.value": COMMUNITY_SHEET.valueHeader,
  "roster.name": header(ROSTER_SHEET, "name"),
  "roster.counted": header(ROSTER_SHEET, "counted"),
  "selfAssessment.claimed": header(SELF_ASSESSMENT_SHEET, "claimed"),
  "selfAssessment.evidence": header(SELF_ASSESSMENT_SHEET, "evidence"),
  "selfAssessment.points": header(SELF_ASSESSMENT_SHEET, "points"),
  "selfAssessment.description": header(SELF_ASSESSMENT_SHEET, "description"),
};

function communityLabel(field: "population" | CommunityCount): string {
  const row = COMMUNITY_SHEET.rows.find((r) => r.field === field);
  if (!row) throw new Error(`${COMMUNITY_SHEET.name} has no row ${field}`);
  return row.label;
}

const COMMUNITY_ROWS: InputNames["communityRows"] = {
  population: communityLabel("population"),
  learningCitizens: communityLabel("learningCitizens"),
  trainedCitizens: communityLabel("trainedCitizens"),
  universityCitizens: communityLabel("universityCitizens"),
};

function unitLabel(field: keyof InputNames["unitRows"]): string {
  const row = UNIT_SHEET.rows.find((r) => r.field === field);
  if (!row) throw new Error(`${UNIT_SHEET.name} has no row ${field}`);
  return row.label;
}

const UNIT_ROWS: InputNames["unitRows"] = {
  regulation: unitLabel("regulation"),
  level1RecognisedOn: unitLabel("level1RecognisedOn"),
  level1Decision: unitLabel("level1Decision"),
};

/** The canonical workbook's names (the reader renames a unit's own sheets and headers to these first). */
export const INPUT_NAMES: InputNames = { sheets: SHEETS, columns: COLUMNS, communityRows: COMMUNITY_ROWS, unitRows: UNIT_ROWS };
