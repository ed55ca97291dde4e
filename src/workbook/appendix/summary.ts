/**
 * “Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu” — the dossier item of TT24 Điều 10 khoản 1
 * điểm b: one row per chỉ tiêu (nội dung, kết quả, mức đạt, minh chứng, căn cứ), grouped under its tiêu chí,
 * then the overall result and the assumptions the results rest on.
 */
import { ASSUMPTIONS } from "../../rules/assumptions";
import type { SheetModel } from "../sheet-model";
import {
  type AppendixContext,
  criterionCounts,
  criterionName,
  figuresText,
  indicatorWording,
  label,
  lowerFirst,
  membersLine,
  overallSentence,
  procedureLines,
  reaches,
  finishSheet,
  titleBlock,
} from "./common";
import { SheetBuilder, STYLES, cell } from "./sheet-builder";
import { liveKey, tagLive } from "../live";

export const SUMMARY_SHEET = "Bản tổng hợp";
export const SUMMARY_TITLE = "BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU";
export const SUMMARY_HEADERS = ["STT", "Tiêu chí, chỉ tiêu (nội dung)", "Kết quả (số liệu)", "Mức đạt", "Minh chứng", "Căn cứ"];
const WIDTHS = [7, 60, 26, 17, 32, 30];

export function buildSummarySheet(ctx: AppendixContext): SheetModel {
  const b = new SheetBuilder(SUMMARY_SHEET, WIDTHS);
  titleBlock(b, ctx, SUMMARY_TITLE, [membersLine(ctx)]);

  const headerRow = b.row(SUMMARY_HEADERS.map((h) => cell(h, STYLES.header)));

  // Assumptions are numbered in order of first use and listed under the table.
  const assumptionNo = new Map<string, number>();
  const noteFor = (ids: string[]): string => {
    const nos = ids.map((id) => {
      if (!assumptionNo.has(id)) assumptionNo.set(id, assumptionNo.size + 1);
      return `(${assumptionNo.get(id)})`;
    });
    return nos.length > 0 ? `\nGiả định của dvht: ${nos.join(", ")}` : "";
  };

  for (const group of ctx.groups) {
    const c = group.criterion;
    const rule = ctx.ruleSet.criteria.find((r) => r.id === c.id);
    b.row([
      cell(c.id, STYLES.groupCenter),
      cell(criterionName(c), STYLES.group),
      cell(criterionCounts(group, ctx), STYLES.group),
      tagLive(cell(label(c.level, ctx), STYLES.groupCenter), liveKey.criterion(c.id), "level"),
      cell(null, STYLES.group),
      cell(rule ? `${rule.cite} ${ctx.ruleSet.regulation.name}` : null, STYLES.group),
    ]);
    for (const ind of group.indicators) {
      const sa = ctx.selfAssessment(ind.id);
      const basisNote = ind.basis === "secondary" ? "\n(theo văn bản hướng dẫn)" : "";
      b.row([
        cell(ind.id, STYLES.center),
        cell(`Chỉ tiêu ${ind.id}: ${indicatorWording(ind, ctx)}`, STYLES.body),
        cell(figuresText(ind, ctx), STYLES.body),
        tagLive(cell(label(ind.level, ctx), STYLES.center), liveKey.indicator(ind.id), "level"),
        cell(sa?.evidence?.trim() || null, STYLES.body),
        cell(`${ind.citation}${basisNote}${noteFor(ind.assumptions)}`, STYLES.body),
      ]);
    }
  }

  // The overall result: criteria reaching each level, and the unit's level.
  const counted = ctx.evaluation.criteria.filter((c) => c.level !== null);
  const perLevel = ctx.levels
    .map(({ level }) => `${counted.filter((c) => reaches(c.level, level)).length}/${counted.length} tiêu chí ${lowerFirst(label(level, ctx))}`)
    .join("; ");
  // The procedure's word on the level (mức độ 2 asked for too early) sits in the result's own cell.
  const note = ctx.evaluation.overall.note;
  b.row([
    cell(null, STYLES.group),
    cell(`KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG CỦA ĐƠN VỊ\n${overallSentence(ctx)}${note ? `\n${note}` : ""}`, STYLES.group),
    cell(perLevel, STYLES.group),
    tagLive(cell(label(ctx.evaluation.overall.level, ctx), STYLES.groupCenter), liveKey.overall, "level"),
    cell(null, STYLES.group),
    cell(null, STYLES.group),
  ]);

  // The recognition held and how long a recognition is kept, under the table; the end date rests on
  // the validity's assumptions (which year is “năm được công nhận”), numbered with the others.
  const procedure = procedureLines(ctx);
  if (procedure.length > 0) {
    b.blank();
    const marks = noteFor(ctx.ruleSet.procedure?.validity.assumptions ?? []).trim();
    for (const line of procedure) b.row([null, cell(line, STYLES.text)]);
    if (marks) b.row([null, cell(marks, STYLES.note)]);
  }

  // Long notes go unmerged in the wide column, so Excel fits the row height to the wrapped text.
  if (assumptionNo.size > 0) {
    b.blank();
    b.row([null, cell("Các giả định của dvht mà kết quả dựa vào (không có văn bản quy định rõ):", STYLES.heading)]);
    for (const [id, no] of assumptionNo) {
      b.row([cell(`(${no})`, { ...STYLES.note, align: "right" }), cell(ASSUMPTIONS[id]?.text ?? id, STYLES.note)]);
    }
  }
  return finishSheet(b, ctx, headerRow + 1, headerRow);
}
