/**
 * The Phụ lục layouts as data: pure functions from an Evaluation (plus the committee's text and the rule
 * set) to SheetModels. No ExcelJS, no Office.js, no file system — the adapters write what these return.
 */
import type { SelfAssessment } from "../../engine/input";
import type { Evaluation } from "../../engine/result";
import type { RuleSet } from "../../rules/types";
import type { SheetModel } from "../sheet-model";
import { createAppendixContext } from "./common";
import { buildCriterionConclusionsSheet, CRITERION_CONCLUSIONS_SHEET } from "./criterion-conclusions";
import { buildGeneralConclusionSheet, GENERAL_CONCLUSION_SHEET } from "./general-conclusion";
import { buildIndicatorFormsSheet, INDICATOR_FORMS_SHEET } from "./indicator-forms";
import { buildNotMeetingSheet, NOT_MEETING_SHEET } from "./not-meeting";
import { buildRatiosSheet, RATIOS_SHEET } from "./ratios";
import { buildScoringSheet } from "./scoring";
import { buildSummarySheet, SUMMARY_SHEET } from "./summary";

/** The sheets buildAppendixSheets returns, in order. */
export const APPENDIX_SHEETS = [
  SUMMARY_SHEET,
  INDICATOR_FORMS_SHEET,
  CRITERION_CONCLUSIONS_SHEET,
  GENERAL_CONCLUSION_SHEET,
  RATIOS_SHEET,
  NOT_MEETING_SHEET,
] as const;

/**
 * Bản tổng hợp, Phụ lục I, Kết luận tiêu chí, Kết luận chung, Tỷ lệ chỉ tiêu and Danh sách chưa đạt for one
 * evaluation.
 * `selfAssessments` carries the Tổ đánh giá's text (mô tả, điểm mạnh, tồn tại, kế hoạch, minh chứng);
 * `ruleSet` is the one the evaluation used (its levels' labels, the wording and thresholds of each part).
 */
export function buildAppendixSheets(
  evaluation: Evaluation,
  selfAssessments: SelfAssessment[],
  ruleSet: RuleSet,
): SheetModel[] {
  const ctx = createAppendixContext(evaluation, selfAssessments, ruleSet);
  // A points-based rule set (TT22/2020) has no levels: its dossier table is the scoring table.
  if (ruleSet.scoring) return [buildScoringSheet(ctx)];
  return [
    buildSummarySheet(ctx),
    buildIndicatorFormsSheet(ctx),
    buildCriterionConclusionsSheet(ctx),
    buildGeneralConclusionSheet(ctx),
    buildRatiosSheet(ctx),
    buildNotMeetingSheet(ctx),
  ];
}

export { createAppendixContext, type AppendixContext } from "./common";
export { buildSummarySheet, SUMMARY_SHEET, SUMMARY_TITLE, SUMMARY_HEADERS } from "./summary";
export { buildIndicatorFormsSheet, INDICATOR_FORMS_SHEET, INDICATOR_FORMS_TITLE } from "./indicator-forms";
export { buildCriterionConclusionsSheet, CRITERION_CONCLUSIONS_SHEET, CRITERION_CONCLUSIONS_TITLE } from "./criterion-conclusions";
export { buildGeneralConclusionSheet, GENERAL_CONCLUSION_SHEET, GENERAL_CONCLUSION_TITLE } from "./general-conclusion";
export { buildRatiosSheet, RATIOS_SHEET, RATIOS_TITLE } from "./ratios";
export { buildNotMeetingSheet, NOT_MEETING_SHEET, NOT_MEETING_TITLE, NOT_MEETING_HEADERS } from "./not-meeting";
export { buildScoringSheet, SCORING_SHEET, SCORING_TITLE, SCORING_HEADERS } from "./scoring";
