/**
 * The evaluator's summary (Phòng, UBND, Sở staff receive dozens of unit workbooks): a row per unit with
 * its type, members counted, every chỉ tiêu's ratio and level, each tiêu chí, the overall level and the
 * number of data issues; an unreadable workbook keeps its row with the reason. A second sheet counts
 * the units per level, with a column chart.
 */
import { formatPointsOf, levelLabel } from "../../engine/format";
import type { Evaluation, Outcome } from "../../engine/result";
import { UNIT_TYPE_LABELS } from "../../rules/labels";
import type { RuleSet } from "../../rules/types";
import { cell, SheetBuilder, STYLES } from "../appendix/sheet-builder";
import type { Assessment } from "../assess";
import type { SheetModel } from "../sheet-model";

export interface SummaryEntry {
  file: string;
  /** null when the file could not be read at all. */
  assessment: Assessment | null;
  /** Why the file could not be read or evaluated. */
  error: string | null;
  /** A remark for the Ghi chú column about a file that was read (e.g. the same unit in another file). */
  note?: string;
}

export const SUMMARY_TABLE_SHEET = "Tổng hợp đơn vị";
export const SUMMARY_STATS_SHEET = "Thống kê mức đạt";
const NOT_EVALUATED = "Không đánh giá được";

/** An outcome in the unit's own rule set's words. */
function outcomeText(outcome: Outcome, levels: RuleSet["levels"]): string {
  return levelLabel(outcome, { levels });
}

/**
 * A chỉ tiêu's or tiêu chí's result: its level, or under a points-based rule set (TT22/2020) the points the
 * committee gave out of the maximum, “5/10 điểm” — such a rule set has no levels, so a level would read
 * “Không áp dụng” beside a xếp loại.
 */
function resultText(evaluation: Evaluation, item: { level: Outcome; points?: number; maxPoints?: number }, levels: RuleSet["levels"]): string {
  if (evaluation.scoring) return formatPointsOf(item);
  return outcomeText(item.level, levels);
}

export function buildSummarySheets(entries: SummaryEntry[]): SheetModel[] {
  const sorted = [...entries].sort((a, b) => unitName(a).localeCompare(unitName(b), "vi"));
  // Union of chỉ tiêu and tiêu chí over every rule set met, in the order first seen.
  const indicatorIds: string[] = [];
  const criterionIds: string[] = [];
  for (const e of sorted) {
    for (const i of e.assessment?.evaluation?.indicators ?? []) if (!indicatorIds.includes(i.id)) indicatorIds.push(i.id);
    for (const c of e.assessment?.evaluation?.criteria ?? []) if (!criterionIds.includes(c.id)) criterionIds.push(c.id);
  }
  const anyScored = sorted.some((e) => e.assessment?.evaluation?.scoring !== undefined);
  const header = [
    "STT", "Tệp", "Tên đơn vị", "Loại đơn vị", "Bộ tiêu chí", "Thành viên tính",
    ...indicatorIds.flatMap((id) => [`${id} tỷ lệ`, anyScored ? `${id} mức, điểm` : `${id} mức`]),
    ...criterionIds.map((id) => `Tiêu chí ${id}`),
    "Kết quả chung", "Số vấn đề dữ liệu", "Ghi chú",
  ];
  const widths = [6, 28, 32, 22, 16, 10, ...indicatorIds.flatMap(() => [9, 14]), ...criterionIds.map(() => 14), 16, 10, 40];
  const b = new SheetBuilder(SUMMARY_TABLE_SHEET, widths);
  b.banner("TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CỦA CÁC ĐƠN VỊ", STYLES.title);
  b.blank();
  const headerRow = b.nextRow;
  b.row(header.map((h) => cell(h, STYLES.header)));
  const tally = new Map<string, { count: number; rank: number }>();
  sorted.forEach((entry, index) => {
    const evaluation = entry.assessment?.evaluation ?? null;
    const levels = entry.assessment?.ruleSet?.levels ?? [];
    const overall = evaluation ? evaluation.overall.label : NOT_EVALUATED;
    // Units are counted by level, or by xếp loại for a points-based rule set (not by each total).
    const bucket = evaluation ? (evaluation.scoring ? `Xếp loại ${evaluation.scoring.grade}` : overall) : NOT_EVALUATED;
    const rank = evaluation ? (evaluation.scoring ? evaluation.scoring.points / evaluation.scoring.maxPoints : (evaluation.overall.level ?? -0.5)) : -1;
    const seen = tally.get(bucket);
    tally.set(bucket, { count: (seen?.count ?? 0) + 1, rank: Math.max(seen?.rank ?? -1, rank) });
    const byId = new Map((evaluation?.indicators ?? []).map((i) => [i.id, i]));
    const criteria = new Map((evaluation?.criteria ?? []).map((c) => [c.id, c]));
    const unit = entry.assessment?.input?.unit ?? null;
    const why = entry.error ?? (evaluation ? "" : (entry.assessment?.issues.find((i) => i.severity === "error")?.message ?? NOT_EVALUATED));
    const reason = [why, entry.note ?? ""].filter((t) => t !== "").join(" ");
    b.row([
      cell(index + 1, STYLES.center),
      cell(entry.file, STYLES.body),
      cell(unit?.name ?? "", STYLES.body),
      cell(unit?.type ? UNIT_TYPE_LABELS[unit.type] : "", STYLES.body),
      cell(evaluation?.ruleSet.id ?? "", STYLES.body),
      cell(evaluation ? evaluation.members.counted : "", STYLES.center),
      ...indicatorIds.flatMap((id) => {
        const i = byId.get(id);
        if (!i || !evaluation) return [cell("", STYLES.body), cell("", STYLES.body)];
        return [
          i.ratio === null ? cell("", STYLES.body) : cell(i.ratio, STYLES.center, "0.0%"),
          cell(resultText(evaluation, i, levels), STYLES.body),
        ];
      }),
      ...criterionIds.map((id) => {
        const c = criteria.get(id);
        return cell(c && evaluation ? resultText(evaluation, c, levels) : "", STYLES.body);
      }),
      cell(overall, STYLES.groupCenter),
      cell(entry.assessment ? entry.assessment.issues.filter((i) => i.severity !== "info").length : "", STYLES.center),
      cell(reason, STYLES.body),
    ]);
  });
  const table = b.build(headerRow + 1);
  table.autoFilter = { row: headerRow, firstColumn: 0, lastColumn: header.length - 1 };

  // Per-level counts, highest level first and units that could not be evaluated last; then the chart.
  const labels = [...tally.keys()].sort((a, b) => tally.get(b)!.rank - tally.get(a)!.rank);
  const s = new SheetBuilder(SUMMARY_STATS_SHEET, [24, 12]);
  s.row([cell("Mức đạt", STYLES.header), cell("Số đơn vị", STYLES.header)]);
  const first = s.nextRow;
  for (const l of labels) s.row([cell(l, STYLES.body), cell(tally.get(l)!.count, STYLES.center)]);
  s.row([cell("Tổng số", STYLES.header), cell(sorted.length, STYLES.header)]);
  const stats = s.build();
  stats.print = { orientation: "landscape" }; // the counts and the chart on one page
  stats.charts = [
    {
      title: "Số đơn vị theo mức đạt",
      seriesName: "Số đơn vị",
      categoryColumn: 0,
      valueColumn: 1,
      firstRow: first,
      lastRow: first + Math.max(labels.length, 1) - 1,
      anchor: { row: 0, column: 3, rows: 16, columns: 8 },
    },
  ];
  return [table, stats];
}

function unitName(entry: SummaryEntry): string {
  return entry.assessment?.input?.unit.name ?? entry.file;
}

