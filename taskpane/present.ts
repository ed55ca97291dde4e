/**
 * What the task pane shows, as plain text and data (no React, no DOM), so that it can be tested in jest:
 * an indicator's figures (every part, the one that decided the level first), its result (a level, or the
 * committee's points under TT22/2020), the unit line, issues grouped by severity and sheet, names beside
 * row numbers, and errors from libraries turned into Vietnamese.
 */
import { formatInteger, formatPercent, formatPointsOf, levelLabel } from "../src/engine/format";
import { describeLocation, type DataIssue, type Severity } from "../src/engine/issues";
import type { AssessmentInput } from "../src/engine/input";
import { SHEETS } from "../src/workbook/sheets";
import type { Evaluation, IndicatorResult, PartResult } from "../src/engine/result";
import type { LevelNo, RuleSet } from "../src/rules/types";
import type { NotMeeting } from "../src/engine/gaps";
import { draftLine } from "../src/workbook/appendix/common";

/** A part's figure as the CLI prints it: "846/933 (90,7%)", or the value the level was decided on. */
export function partFigure(part: Pick<PartResult, "numerator" | "denominator" | "ratio" | "value">): string {
  if (part.numerator !== null && part.denominator !== null && part.denominator > 0) {
    const ratio = part.ratio ?? part.numerator / part.denominator;
    return `${formatInteger(part.numerator)}/${formatInteger(part.denominator)} (${formatPercent(ratio)})`;
  }
  return part.value ?? "";
}

/**
 * The part that kept the indicator from the next level (THPT 3.1: the learners' share, not the members'),
 * or the first part with a figure when the indicator is at the top level or not applicable.
 */
export function decidingPart(indicator: IndicatorResult, ruleSet: Pick<RuleSet, "levels">): PartResult | undefined {
  const withFigure = indicator.parts.filter((p) => partFigure(p) !== "");
  if (indicator.level !== null) {
    const next = ruleSet.levels.map((l) => l.level).filter((l) => l > (indicator.level as number)).sort((a, b) => a - b)[0] as LevelNo | undefined;
    if (next !== undefined) {
      const failing = withFigure.find((p) => p.requiredAt?.[next] !== false && p.metAt?.[next] === false);
      if (failing) return failing;
    }
  }
  return withFigure[0];
}

/** The figures cell of an indicator's row: the deciding part's figure. */
export function indicatorFigure(indicator: IndicatorResult, ruleSet: Pick<RuleSet, "levels">): string {
  const part = decidingPart(indicator, ruleSet);
  return part ? partFigure(part) : "";
}

export interface PartLine {
  label: string;
  figure: string;
  /** Whether the part meets the level the indicator reached, or the first level when not met; null: no level. */
  met: boolean | null;
}

/** One line per part, shown under an indicator with several parts (THPT 3.1: thành viên and người học). */
export function partLines(indicator: IndicatorResult, ruleSet: Pick<RuleSet, "levels">): PartLine[] {
  if (indicator.parts.length < 2) return [];
  const lowest = Math.min(...ruleSet.levels.map((l) => l.level)) as LevelNo;
  const at = (indicator.level && indicator.level > 0 ? indicator.level : lowest) as LevelNo;
  return indicator.parts.map((p) => ({
    label: p.label || p.id,
    figure: partFigure(p),
    met: p.metAt?.[at] === undefined ? null : p.metAt[at]!,
  }));
}

/** Whether the evaluation is points-based (TT22/2020). */
export function isScored(evaluation: Evaluation): boolean {
  return evaluation.scoring !== undefined;
}

/** The result cell: "Đạt mức độ 1", or "10/10 điểm" under a points-based rule set. */
export function indicatorResult(indicator: IndicatorResult, evaluation: Evaluation, ruleSet: Pick<RuleSet, "levels">): string {
  if (isScored(evaluation)) return formatPointsOf(indicator);
  return levelLabel(indicator.level, ruleSet);
}

/** A criterion's result: its level, or its points under a points-based rule set. */
export function criterionResult(criterionId: string, evaluation: Evaluation, ruleSet: Pick<RuleSet, "levels">): string {
  const c = evaluation.criteria.find((x) => x.id === criterionId);
  if (!c) return "";
  if (isScored(evaluation)) return formatPointsOf(c);
  return levelLabel(c.level, ruleSet);
}

/** "45 thành viên (tính vào đánh giá: 44)" or, for a community (TT25), "Số công dân: 6.420". */
export function unitLine(evaluation: Evaluation): string {
  if (evaluation.community) {
    const p = evaluation.community.population;
    return `Số công dân: ${p === null ? "chưa ghi" : formatInteger(p)}.`;
  }
  const m = evaluation.members;
  return `${formatInteger(m.total)} thành viên (tính vào đánh giá: ${formatInteger(m.counted)}).`;
}

export interface IssueGroup {
  severity: Severity;
  sheet: string;
  issues: DataIssue[];
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
export const SEVERITY_LABEL: Record<Severity, string> = { error: "Lỗi phải sửa", warning: "Cảnh báo", info: "Ghi chú" };

/** Issues by severity (errors first), then by sheet in the order they were found; rows ascending within. */
export function groupIssues(issues: DataIssue[]): IssueGroup[] {
  const groups: IssueGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const bySheet = new Map<string, DataIssue[]>();
    for (const issue of issues.filter((i) => i.severity === severity)) {
      const sheet = issue.sheet ?? "";
      bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), issue]);
    }
    for (const [sheet, list] of bySheet) {
      groups.push({ severity, sheet, issues: [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) });
    }
  }
  return groups;
}

/** Where an issue is, within its sheet's group: "dòng 12, cột “Kỷ luật” (E)". */
export function placeInSheet(issue: DataIssue): string {
  return describeLocation({ row: issue.row, column: issue.column, columnLetter: issue.columnLetter });
}

/**
 * The reader's messages are shared with the command line: in the pane its advice is a button, and a sheet
 * is a “trang tính” as Vietnamese Excel names it.
 */
export function paneWording(text: string): string {
  return text
    .replace(/chạy `dvht template`/g, "bấm “Tạo mẫu nhập liệu” trong dvht")
    .replace(/\bSheet “/g, "Trang tính “")
    .replace(/\bsheet “/g, "trang tính “");
}

/** Row numbers with the member's name: "12 (Nguyễn Văn An)"; rows of other sheets as numbers. */
export function rowsWithNames(sheet: string, rows: number[], input: AssessmentInput | null): string[] {
  const names = new Map<number, string>();
  if (input && sheet === SHEETS.roster) for (const m of input.members) names.set(m.row, m.name);
  return rows.map((r) => (names.has(r) ? `${r} (${names.get(r)})` : String(r)));
}

/** How many rows an explanation lists before saying how many more there are. */
export const ROWS_LISTED = 50;

/** "12 (Nguyễn Văn An); 15 (Lê Thị Hoa)", at most ROWS_LISTED rows, then "… và 37 dòng khác". */
export function rowList(sheet: string, rows: number[], input: AssessmentInput | null): string {
  const shown = rowsWithNames(sheet, rows.slice(0, ROWS_LISTED), input).join("; ");
  const more = rows.length - ROWS_LISTED;
  return more > 0 ? `${shown}; … và ${formatInteger(more)} dòng khác` : shown;
}

/** Messages of libraries we know, in Vietnamese; anything else is kept but said to be an internal message. */
export function friendlyError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  // The package reader's refusals (src/xlsx/errors.ts) already name the file and say what to do.
  if ((error as { name?: unknown } | null)?.name === "WorkbookReadError") return paneWording(raw);
  if ((error as { name?: unknown } | null)?.name === "NotReadableError") {
    return "Không đọc lại được tệp: tệp đã được sửa, di chuyển hoặc xoá sau khi chọn. Bấm “Mở lại tệp” và chọn lại tệp.";
  }
  if (/zip|central directory|end of data|corrupted|signature/i.test(raw)) {
    return "Tệp này không phải sổ làm việc Excel (.xlsx) hoặc đã bị hỏng. Mở tệp bằng Excel, chọn Tệp → Lưu như → “Sổ làm việc Excel (*.xlsx)” rồi chọn lại.";
  }
  if (/password|encrypt/i.test(raw)) return "Tệp được đặt mật khẩu. Bỏ mật khẩu trong Excel (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi chọn lại.";
  if (typeof code === "string") {
    const known: Record<string, string> = {
      ItemNotFound: "Không tìm thấy trang tính hoặc vùng cần dùng; có thể trang tính vừa bị đổi tên hoặc xoá. Bấm lại để đọc sổ làm việc.",
      InvalidArgument: "Excel không nhận yêu cầu này (có thể trang tính đang được bảo vệ hoặc vùng quá lớn).",
      AccessDenied: "Excel không cho ghi: sổ làm việc hoặc trang tính đang được bảo vệ, hoặc mở ở chế độ chỉ đọc.",
      InvalidOperation: "Excel đang bận (có thể một ô đang được sửa). Nhấn Enter hoặc Esc trong ô rồi bấm lại.",
      GeneralException: "Excel báo lỗi khi thực hiện. Lưu sổ làm việc, đóng và mở lại rồi bấm lại.",
      RequestPayloadSizeLimitExceeded: "Dữ liệu quá lớn để Excel trên web xử lý một lần.",
    };
    if (known[code]) return known[code]!;
  }
  if (/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i.test(raw)) return paneWording(raw);
  return `Đã xảy ra lỗi không mong đợi (thông báo gốc: ${raw}).`;
}

/** A gap of a chỉ tiêu as the pane lists it: the sentence, the first people who do not count, how many more. */
export interface GapView {
  /** The part's label, shown only when the chỉ tiêu has several gaps (THPT 3.1). */
  label: string;
  line: string;
  people: NotMeeting[];
  /** People not listed: “… và 12 người khác”. */
  more: number;
  /** Everyone who does not count, whether listed or not; null for parts given only as counts. */
  total: number | null;
  /** What is counted: “người”, or “đơn vị” for member units (TT25 4.1: xã, huyện). */
  noun: string;
}

/** The gaps of an indicator (src/engine/gaps.ts), at most ROWS_LISTED people each. */
export function gapViews(indicator: Pick<IndicatorResult, "gaps">): GapView[] {
  return (indicator.gaps ?? []).map((g) => {
    const all = g.notMeeting ?? [];
    return {
      label: g.label,
      line: g.line,
      people: all.slice(0, ROWS_LISTED),
      more: Math.max(0, all.length - ROWS_LISTED),
      total: g.notMeeting === null ? null : all.length,
      noun: g.subject === "memberUnits" ? "đơn vị" : "người",
    };
  });
}

/** One person who does not count: “Đỗ Đức Phương — không ghi “Có” ở cột Công dân học tập (trang tính “Thành viên”, dòng 22)”. */
export function notMeetingText(person: NotMeeting): string {
  return `${person.name} — ${paneWording(person.reason)} (trang tính “${person.sheet}”, dòng ${formatInteger(person.row)})`;
}

/** “… và 12 người khác” (or “đơn vị khác”). */
export function morePeople(more: number, noun = "người"): string {
  return `… và ${formatInteger(more)} ${noun} khác`;
}

/** The notice above a result computed from data with errors, in the pane's words; null when there is none. */
export function draftNotice(evaluation: Pick<Evaluation, "issues">): string | null {
  const line = draftLine(evaluation);
  if (line === null) return null;
  return paneWording(line.replace("lệnh dvht evaluate hoặc nút", "nút").replace("rồi ghi lại Phụ lục", "rồi bấm “Đánh giá” lại"));
}

/**
 * After “Ghi Phụ lục”: the sheets kept because someone changed them since dvht wrote them (a signature under
 * “Kết luận chung”) or because dvht did not write them, and where the new sheet went. Empty when none.
 */
export function keptText(kept: { sheet: string; writtenAs?: string }[]): string {
  return kept
    .map((k) => {
      const beside = k.writtenAs ? `; bản mới ghi vào “${k.writtenAs}”` : "";
      return ` Giữ nguyên trang tính “${k.sheet}” (đã có người sửa sau khi dvht ghi, hoặc không do dvht tạo)${beside}.`;
    })
    .join("");
}
