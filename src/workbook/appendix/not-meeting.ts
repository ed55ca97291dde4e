/**
 * “Danh sách chưa đạt”: for every share chỉ tiêu that applies, who does not count, why, and the sheet and
 * row to open — Chỉ tiêu | STT | Họ và tên | Lý do | Sheet | Dòng — grouped by chỉ tiêu under a line with
 * the figures and how many more the next level needs. What the Tổ đánh giá's Kế hoạch cải tiến starts from.
 * Everything comes from the evaluation's `gaps` (src/engine/gaps.ts); nothing is recomputed here.
 */
import { formatInteger } from "../../engine/format";
import type { GapSubject, PartGap } from "../../engine/gaps";
import type { IndicatorResult } from "../../engine/result";
import type { SheetModel } from "../sheet-model";
import { type AppendixContext, finishSheet, membersLine, titleBlock } from "./common";
import { NUMBER_FORMATS, SheetBuilder, STYLES, cell } from "./sheet-builder";

export const NOT_MEETING_SHEET = "Danh sách chưa đạt";
export const NOT_MEETING_TITLE = "DANH SÁCH CHƯA ĐẠT VÀ SỐ CÒN THIẾU THEO TỪNG CHỈ TIÊU";
export const NOT_MEETING_HEADERS = ["Chỉ tiêu", "STT", "Họ và tên", "Lý do", "Sheet", "Dòng"] as const;

export const COUNTS_ONLY = "Chỉ có số liệu tổng hợp, không có danh sách từng người.";
export const NOBODY_MISSING = "Không có ai chưa đạt.";
export const NO_SHARES = "Không có chỉ tiêu nào tính theo tỷ lệ cho đơn vị này.";

/** Who a share counts, as the lines say it. */
export const WHO: Record<GapSubject, string> = {
  members: "thành viên",
  learners: "người học",
  citizens: "công dân",
  memberUnits: "đơn vị thành viên",
};

/** How many names a one-line summary shows; the Phụ lục sheet and `--json` list everyone. */
export const NAMES_SHOWN = 5;

/**
 * “18/43 thành viên chưa đạt: A, B, C, D, E và 13 người khác” plus `moreHint` after the count of the others,
 * or null when nobody is named. One sentence for the CLI table and the report's Kế hoạch cải tiến.
 */
export function notMeetingSummary(gap: PartGap, moreHint = ""): string | null {
  const list = gap.notMeeting;
  if (list === null || list.length === 0) return null;
  const names = list.slice(0, NAMES_SHOWN).map((m) => m.name).join(", ");
  const more = list.length - NAMES_SHOWN;
  const rest = more > 0 ? ` và ${formatInteger(more)} ${gap.subject === "memberUnits" ? "đơn vị" : "người"} khác${moreHint}` : "";
  const of = gap.denominator !== null ? `/${formatInteger(gap.denominator)}` : "";
  return `${formatInteger(list.length)}${of} ${WHO[gap.subject]} chưa đạt: ${names}${rest}`;
}

const NUMBER_STYLE = { border: true, align: "right", verticalAlign: "top" } as const;
/** Chỉ tiêu and STT centred but top-aligned, level with a name whose reason wraps to two lines. */
const ID_STYLE = { ...STYLES.center, verticalAlign: "top" } as const;

/** “2.4. Thành viên có chứng chỉ …: 25/43 thành viên đạt, 18 chưa đạt. Cần thêm 6 …” */
function groupLine(indicator: IndicatorResult, gap: PartGap): string {
  const figures =
    gap.numerator !== null && gap.denominator !== null
      ? `${formatInteger(gap.numerator)}/${formatInteger(gap.denominator)} ${WHO[gap.subject]} đạt` +
        (gap.notMeeting && gap.notMeeting.length > 0 ? `, ${formatInteger(gap.notMeeting.length)} chưa đạt` : "") +
        ". "
      : "";
  return `${indicator.id}. ${gap.label}: ${figures}${gap.line}`;
}

/** The share chỉ tiêu that apply, in the evaluation's order, each with its parts' gaps. */
function gapsToShow(ctx: AppendixContext): { indicator: IndicatorResult; gap: PartGap }[] {
  return ctx.groups.flatMap((g) =>
    g.indicators.filter((i) => i.level !== null).flatMap((indicator) => (indicator.gaps ?? []).map((gap) => ({ indicator, gap }))),
  );
}

export function buildNotMeetingSheet(ctx: AppendixContext): SheetModel {
  const b = new SheetBuilder(NOT_MEETING_SHEET, [9, 6, 26, 52, 15, 7]);
  const last = NOT_MEETING_HEADERS.length - 1;
  titleBlock(b, ctx, NOT_MEETING_TITLE, [membersLine(ctx)]);
  const header = b.row(NOT_MEETING_HEADERS.map((h) => cell(h, STYLES.header)));

  const shown = gapsToShow(ctx);
  for (const { indicator, gap } of shown) {
    b.banner(groupLine(indicator, gap), STYLES.group);
    if (gap.notMeeting === null || gap.notMeeting.length === 0) {
      const r = b.row([cell(indicator.id, ID_STYLE), cell(gap.notMeeting === null ? COUNTS_ONLY : NOBODY_MISSING, STYLES.body)]);
      b.merge(r, 1, r, last);
      continue;
    }
    gap.notMeeting.forEach((m, i) => {
      b.row([
        cell(indicator.id, ID_STYLE),
        cell(i + 1, ID_STYLE),
        cell(m.name, STYLES.body),
        cell(m.reason, STYLES.body),
        cell(m.sheet, STYLES.body),
        cell(m.row, NUMBER_STYLE, NUMBER_FORMATS.integer),
      ]);
    });
  }
  if (shown.length === 0) {
    const r = b.row([cell(NO_SHARES, STYLES.body)]);
    b.merge(r, 0, r, last);
  }
  b.blank();
  b.banner(
    "Lý do và dòng cần xem lập từ các sheet nhập liệu; số còn thiếu là số nhỏ nhất đưa tỷ lệ lên đúng ngưỡng của mức tiếp theo, tính bằng phân số chính xác.",
    STYLES.note,
  );
  return finishSheet(b, ctx, header + 1, header);
}
