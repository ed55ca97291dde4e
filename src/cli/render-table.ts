/** `dvht evaluate`: the evaluation as a Vietnamese text table for a terminal. */
import { formatInteger, formatPercent, formatPoints, formatPointsOf, levelLabel } from "../engine/format";
import { formatIssue, type Severity } from "../engine/issues";
import type { Evaluation, IndicatorResult } from "../engine/result";
import type { RuleSet } from "../rules/types";
import { notMeetingSummary } from "../workbook/appendix/not-meeting";

const SEVERITY_LABEL: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" };

function pad(text: string, width: number): string {
  const length = [...text.normalize("NFC")].length;
  return length >= width ? text : text + " ".repeat(width - length);
}

/** Per chỉ tiêu with a share: who is missing (first names) and how many more the next level needs. */
function gapLines(evaluation: Evaluation): string[] {
  const lines: string[] = [];
  for (const indicator of evaluation.indicators) {
    const gaps = (indicator.gaps ?? []).filter((g) => !g.topReached || (g.notMeeting ?? []).length > 0);
    for (const gap of gaps) {
      const head = indicator.gaps!.length > 1 ? `${indicator.id} (${gap.label})` : indicator.id;
      const who = notMeetingSummary(gap);
      lines.push(`  ${head}: ${who ? `${who}. ` : ""}${gap.line}`);
    }
  }
  return lines;
}

function figures(indicator: IndicatorResult): [string, string] {
  if (indicator.numerator !== null && indicator.denominator !== null && indicator.denominator > 0) {
    return [`${formatInteger(indicator.numerator)}/${formatInteger(indicator.denominator)}`, formatPercent(indicator.ratio!)];
  }
  const value = indicator.parts[0]?.value;
  return [value ?? (indicator.level === null ? "" : "—"), ""];
}

export function renderEvaluation(evaluation: Evaluation, ruleSet: RuleSet, file?: string): string {
  const lines: string[] = [];
  const { unit, members } = evaluation;
  if (file) lines.push(`Tệp: ${file}`);
  lines.push(`Đơn vị: ${unit.name ?? "(chưa ghi tên)"}${unit.year !== null ? ` — năm đánh giá ${unit.year}` : ""}`);
  lines.push(`Bộ tiêu chí: ${ruleSet.title}`);
  if (evaluation.community) {
    const population = evaluation.community.population;
    lines.push(`Số công dân: ${population === null ? "chưa ghi" : formatInteger(population)}`);
  } else {
    lines.push(
      `Thành viên: ${formatInteger(members.total)} (tính vào đánh giá: ${formatInteger(members.counted)}; không tính: ${formatInteger(members.excluded)})`,
    );
  }
  lines.push("");
  const widths = [9, 44, 14, 8, 16];
  const row = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join(" ").trimEnd();
  const scored = evaluation.scoring !== undefined;
  // A points-based rule set shows the committee's points against each item's maximum instead of a level.
  const result = (indicator: IndicatorResult) =>
    scored ? formatPointsOf(indicator) : levelLabel(indicator.level, ruleSet);
  lines.push(row(["Chỉ tiêu", "Nội dung", "Số liệu", "Tỷ lệ", scored ? "Điểm" : "Kết quả"]));
  lines.push("-".repeat(widths.reduce((a, b) => a + b + 1, 0)));
  for (const criterion of ruleSet.criteria) {
    const found = evaluation.criteria.find((c) => c.id === criterion.id)!;
    const outcome = scored ? formatPointsOf(found) : levelLabel(found.level, ruleSet);
    lines.push(`Tiêu chí ${criterion.id}: ${criterion.title} — ${outcome}`);
    for (const indicator of evaluation.indicators.filter((i) => i.criterion === criterion.id)) {
      const [count, ratio] = figures(indicator);
      const title = indicator.title.length > widths[1]! ? indicator.title.slice(0, widths[1]! - 1) + "…" : indicator.title;
      lines.push(row([`  ${indicator.id}`, title, count, ratio, result(indicator)]));
    }
  }
  lines.push("");
  lines.push(`KẾT QUẢ CHUNG: ${evaluation.overall.label}`);
  // The procedure's word (mức độ 2 asked for before mức độ 1 was held 12 months) belongs beside the result.
  if (evaluation.overall.note) lines.push(evaluation.overall.note);
  if (evaluation.scoring) lines.push(`Tổng điểm: ${formatPoints(evaluation.scoring.points)}/${formatPoints(evaluation.scoring.maxPoints)} — xếp loại ${evaluation.scoring.grade} (${evaluation.scoring.citation})`);
  lines.push("");
  lines.push("Giải thích:");
  for (const indicator of evaluation.indicators) lines.push(`  ${indicator.id}: ${indicator.explanation}`);
  const gaps = gapLines(evaluation);
  if (gaps.length > 0) {
    lines.push("");
    lines.push("Chưa đạt và còn thiếu (danh sách đầy đủ: --json, hoặc sheet “Danh sách chưa đạt” của Phụ lục):");
    lines.push(...gaps);
  }
  if (evaluation.issues.length > 0) {
    lines.push("");
    lines.push(`Vấn đề dữ liệu (${formatInteger(evaluation.issues.length)}):`);
    for (const issue of evaluation.issues) lines.push(`  [${SEVERITY_LABEL[issue.severity]}] ${formatIssue(issue)}`);
  }
  return lines.join("\n");
}
