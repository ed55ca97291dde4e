/**
 * “Bảng điểm tự đánh giá” for a points-based rule set (TT22/2020 Điều 5, 6): one row per item — nội dung,
 * Điểm tối đa | Điểm tự đánh giá, the roster's figure behind it (minh chứng) — subtotals per tiêu chí, the
 * total and the xếp loại with its band's article.
 */
import { formatPoints } from "../../engine/format";
import type { SheetModel } from "../sheet-model";
import { type AppendixContext, criterionName, figuresText, indicatorWording, membersLine, titleBlock } from "./common";
import { SheetBuilder, STYLES, cell } from "./sheet-builder";

export const SCORING_SHEET = "Bảng điểm";
export const SCORING_TITLE = "BẢNG ĐIỂM TỰ ĐÁNH GIÁ, XẾP LOẠI ĐƠN VỊ HỌC TẬP";
export const SCORING_HEADERS = ["Mục", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Số liệu (minh chứng)", "Căn cứ"];
const WIDTHS = [7, 60, 12, 14, 34, 30];
const NUMBER = { border: true, align: "center", verticalAlign: "top" } as const;

export function buildScoringSheet(ctx: AppendixContext): SheetModel {
  const b = new SheetBuilder(SCORING_SHEET, WIDTHS);
  titleBlock(b, ctx, SCORING_TITLE, [membersLine(ctx)]);
  const header = b.row(SCORING_HEADERS.map((h) => cell(h, STYLES.header)));
  for (const group of ctx.groups) {
    const c = group.criterion;
    const rule = ctx.ruleSet.criteria.find((r) => r.id === c.id);
    b.row([
      cell(c.id, STYLES.groupCenter),
      cell(criterionName(c), STYLES.group),
      cell(c.maxPoints ?? null, STYLES.groupCenter),
      cell(c.points ?? null, STYLES.groupCenter),
      cell(null, STYLES.group),
      cell(rule ? `${rule.cite} ${ctx.ruleSet.regulation.name}` : null, STYLES.group),
    ]);
    for (const ind of group.indicators) {
      const sa = ctx.selfAssessment(ind.id);
      const evidence = ind.numerator !== null || ind.parts[0]?.value ? figuresText(ind, ctx) : null;
      const codes = sa?.evidence?.trim();
      b.row([
        cell(ind.id, STYLES.center),
        cell(indicatorWording(ind, ctx), STYLES.body),
        cell(ind.maxPoints ?? null, NUMBER),
        cell(ind.points ?? null, NUMBER),
        cell([evidence, codes ? `Minh chứng: ${codes}` : null].filter(Boolean).join("\n") || null, STYLES.body),
        cell(ind.citation, STYLES.body),
      ]);
    }
  }
  const scoring = ctx.evaluation.scoring;
  b.row([
    cell(null, STYLES.group),
    cell("TỔNG ĐIỂM", STYLES.group),
    cell(scoring?.maxPoints ?? null, STYLES.groupCenter),
    cell(scoring?.points ?? null, STYLES.groupCenter),
    cell(null, STYLES.group),
    cell(null, STYLES.group),
  ]);
  b.blank();
  if (scoring) {
    b.row([null, cell(`Xếp loại: ${scoring.grade} (${formatPoints(scoring.points)}/${formatPoints(scoring.maxPoints)} điểm) — ${scoring.citation}`, STYLES.heading)]);
    for (const band of ctx.ruleSet.scoring?.bands ?? []) b.row([null, cell(`${band.grade}: ${band.text} (${band.cite})`, STYLES.note)]);
  }
  return b.build(header + 1);
}
