/**
 * The report's “Kế hoạch cải tiến” per chỉ tiêu. The committee's own plan is kept; the figures it rests on
 * are added as “Số liệu: …” — how many more the next level needs and who does not count yet (from
 * `gaps`, src/engine/gaps.ts). When the committee wrote nothing, the same figures are proposed as the
 * starting point, marked as dvht's. Names are only those of the roster; nothing is made up.
 */
import { formatInteger } from "../../engine/format";
import type { PartGap } from "../../engine/gaps";
import type { IndicatorResult } from "../../engine/result";
import { NOT_MEETING_SHEET, notMeetingSummary } from "../appendix/not-meeting";

/** How many names a line shows before “và N người khác”; the Phụ lục's sheet lists everyone. */

export const NOT_WRITTEN = "(Tổ đánh giá chưa ghi nội dung này.)";
export const PROPOSED = "(Tổ đánh giá chưa ghi; dvht đề xuất từ số liệu)";

/** A gap worth a plan: a level still to reach, or someone who does not count. */
function worthPlanning(gap: PartGap): boolean {
  return !gap.topReached || (gap.notMeeting ?? []).length > 0;
}

/** “18/43 thành viên chưa đạt: A, B, C, D, E và 13 người khác (danh sách đầy đủ: …).”, or null when nobody is named. */
export function notMeetingSentence(gap: PartGap): string | null {
  const summary = notMeetingSummary(gap, ` (danh sách đầy đủ ở sheet “${NOT_MEETING_SHEET}” của Phụ lục)`);
  return summary === null ? null : `${summary}.`;
}

/** The figures behind a plan, one sentence group per share part worth planning; empty when none. */
export function gapFigures(indicator: IndicatorResult): string {
  const gaps = (indicator.gaps ?? []).filter(worthPlanning);
  return gaps
    .map((gap) => {
      const head = (indicator.gaps ?? []).length > 1 ? `${gap.label}: ` : "";
      const who = notMeetingSentence(gap);
      return `${head}${gap.line}${who ? ` ${who}` : ""}`;
    })
    .join(" ");
}

/** The text after “d) Kế hoạch cải tiến: ”. */
export function improvementPlan(indicator: IndicatorResult, committeePlan: string | null | undefined): string {
  const figures = indicator.level === null ? "" : gapFigures(indicator);
  const plan = committeePlan?.trim() ?? "";
  if (plan !== "") return figures ? `${/[.!?…:;]$/.test(plan) ? plan : `${plan}.`} Số liệu: ${figures}` : plan;
  return figures ? `${PROPOSED} ${figures}` : NOT_WRITTEN;
}
