/**
 * The Báo cáo tự đánh giá (the seeds' "Mẫu 02 / Phụ lục III"): I. Đặt vấn đề, II. Tự đánh giá per tiêu
 * chí and chỉ tiêu (Mô tả hiện trạng, Điểm mạnh, Tồn tại, Kế hoạch cải tiến, Tự đánh giá) with each tiêu
 * chí's Kết luận, III. Kết luận chung with its table. Every figure comes from the evaluation; every text
 * the committee wrote in `Tự đánh giá` is carried over.
 */
import { formatInteger, levelLabel } from "../../engine/format";
import type { SelfAssessment } from "../../engine/input";
import type { Evaluation } from "../../engine/result";
import { UNIT_TYPE_LABELS } from "../../rules/labels";
import type { RuleSet } from "../../rules/types";
import {
  createAppendixContext,
  criterionCounts,
  DASH,
  draftLine,
  figuresText,
  groupByCriterion,
  indicatorWording,
  overallSentence,
  procedureLines,
  reaches,
  recognitionName,
  type AppendixContext,
  type CriterionGroup,
} from "../appendix/common";
import type { IndicatorResult } from "../../engine/result";
import { improvementPlan, NOT_WRITTEN } from "./improvement-plan";
import type { ReportBlock, ReportModel } from "./model";


function committeeText(text: string | null | undefined): string {
  return text && text.trim() !== "" ? text : NOT_WRITTEN;
}

function introduction(ctx: AppendixContext): ReportBlock[] {
  const { unit, members, ruleSet } = ctx.evaluation;
  const type = unit.type ? UNIT_TYPE_LABELS[unit.type] : "đơn vị";
  const excluded = members.excluded > 0 ? `; ${formatInteger(members.excluded)} người không thuộc diện tính` : "";
  return [
    { kind: "heading", level: 1, text: "I. ĐẶT VẤN ĐỀ" },
    {
      kind: "paragraph",
      indent: true,
      text: `Căn cứ ${ruleSet.regulation} của Bộ Giáo dục và Đào tạo, ${ctx.unitName} (${type}) tổ chức tự đánh giá ${recognitionName(ctx.ruleSet)}${unit.year !== null ? ` năm ${unit.year}` : ""}. Số liệu được tính từ ngày 01 tháng 01 đến ngày 31 tháng 12 của năm đánh giá.`,
    },
    {
      kind: "paragraph",
      indent: true,
      text: `Tổng số Thành viên trong đơn vị tính vào đánh giá: ${formatInteger(members.counted)} người${excluded}. Mọi tỷ lệ trong báo cáo tính trên cùng danh sách này.`,
    },
  ];
}

function indicatorBlocks(ctx: AppendixContext): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: "heading", level: 1, text: "II. TỰ ĐÁNH GIÁ" }];
  for (const group of groupByCriterion(ctx.evaluation)) {
    blocks.push({ kind: "heading", level: 2, text: `${group.criterion.id}. Tiêu chí ${group.criterion.id}: ${group.criterion.title}` });
    for (const indicator of group.indicators) {
      const sa = ctx.selfAssessment(indicator.id);
      blocks.push({ kind: "heading", level: 3, text: `${indicator.id}. ${indicatorWording(indicator, ctx)}` });
      const description = [sa?.description, figuresSentence(indicator, ctx), `${indicator.explanation}.`]
        .filter((t): t is string => !!t && t.trim() !== "")
        .join(" ");
      blocks.push({ kind: "paragraph", text: `a) Mô tả hiện trạng: ${description}${sa?.evidence ? ` (Minh chứng: ${sa.evidence})` : ""}` });
      blocks.push({ kind: "paragraph", text: `b) Điểm mạnh: ${committeeText(sa?.strengths)}` });
      blocks.push({ kind: "paragraph", text: `c) Tồn tại: ${committeeText(sa?.weaknesses)}` });
      blocks.push({ kind: "paragraph", text: `d) Kế hoạch cải tiến: ${improvementPlan(indicator, sa?.plan)}` });
      blocks.push({ kind: "paragraph", bold: true, text: `đ) ${selfRating(indicator, ctx)}` });
    }
    if (group.criterion.maxPoints !== undefined) {
      blocks.push(...criterionPoints(group));
      continue;
    }
    blocks.push({ kind: "paragraph", bold: true, text: `Kết luận về Tiêu chí ${group.criterion.id}: ${levelLabel(group.criterion.level, ctx.ruleSet)} (${criterionCounts(group, ctx)}).` });
    blocks.push({
      kind: "table",
      header: ["Chỉ tiêu", levelLabel(0, ctx.ruleSet), ...ctx.levels.map((l) => l.label)],
      rows: group.indicators.map((i) => [
        i.id,
        ...[0, ...ctx.levels.map((l) => l.level)].map((o) => (i.level === null ? levelLabel(null, ctx.ruleSet) : i.level === o ? "x" : "")),
      ]),
      widths: [20, ...Array(ctx.levels.length + 1).fill(80 / (ctx.levels.length + 1))],
    });
  }
  return blocks;
}

/**
 * “Số liệu: 42/44 (95,5%).” before the explanation — unless there is no figure (“—”, a chỉ tiêu that does
 * not apply) or the explanation already gives what it shows (“42/44 thành viên (95,5%) …”, “ghi “Đạt””).
 */
function figuresSentence(indicator: IndicatorResult, ctx: AppendixContext): string | null {
  const figures = figuresText(indicator, ctx);
  if (figures === DASH) return null;
  const lines = figures.split("\n");
  // A line is said when the explanation has its share (“42/44”) or its value (“Đạt”, “Mức đáp ứng tốt”).
  const said = lines.every((line) => {
    const key = /\d[\d.]*\/\d[\d.]*/.exec(line)?.[0] ?? line.slice(line.lastIndexOf(": ") + 2);
    return key !== "" && indicator.explanation.includes(key);
  });
  return said ? null : `Số liệu: ${lines.join("; ")}.`;
}

/** "Tự đánh giá: Đạt mức độ 2", or for a points-based rule set "Điểm tự đánh giá: 10/10". */
function selfRating(indicator: IndicatorResult, ctx: AppendixContext): string {
  if (indicator.maxPoints !== undefined) return `Điểm tự đánh giá: ${formatPoints(indicator.points)}/${formatPoints(indicator.maxPoints)}`;
  return `Tự đánh giá: ${levelLabel(indicator.level, ctx.ruleSet)}`;
}

function formatPoints(points: number | undefined): string {
  return points === undefined ? "—" : String(points).replace(".", ",");
}

/** A points-based tiêu chí: its items' points and the group's total (TT22/2020 Điều 5). */
function criterionPoints(group: CriterionGroup): ReportBlock[] {
  return [
    { kind: "paragraph", bold: true, text: `Kết luận về Tiêu chí ${group.criterion.id}: ${formatPoints(group.criterion.points)}/${formatPoints(group.criterion.maxPoints)} điểm.` },
    {
      kind: "table",
      header: ["Nội dung", "Điểm tối đa", "Điểm tự đánh giá"],
      rows: group.indicators.map((i) => [i.id, formatPoints(i.maxPoints), formatPoints(i.points)]),
      widths: [40, 30, 30],
    },
  ];
}

function conclusion(ctx: AppendixContext): ReportBlock[] {
  const scoring = ctx.evaluation.scoring;
  if (scoring) {
    return [
      { kind: "heading", level: 1, text: "III. KẾT LUẬN CHUNG" },
      {
        kind: "table",
        header: ["Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"],
        rows: [
          ...ctx.evaluation.criteria.map((c) => [`Tiêu chí ${c.id}`, formatPoints(c.maxPoints), formatPoints(c.points)]),
          ["Tổng cộng", formatPoints(scoring.maxPoints), formatPoints(scoring.points)],
        ],
        widths: [40, 30, 30],
      },
      { kind: "paragraph", bold: true, indent: true, text: `${ctx.unitName} tự đánh giá đạt ${formatPoints(scoring.points)}/${formatPoints(scoring.maxPoints)} điểm, xếp loại ${scoring.grade} (${scoring.citation}).` },
    ];
  }
  const criteria = ctx.evaluation.criteria.filter((c) => c.level !== null);
  const total = criteria.length;
  const reached = (level: 1 | 2) => criteria.filter((c) => reaches(c.level, level)).length;
  return [
    { kind: "heading", level: 1, text: "III. KẾT LUẬN CHUNG" },
    {
      kind: "table",
      header: ["", ...ctx.levels.map((l) => upper(l.name))],
      rows: [
        ["Số tiêu chí đạt", ...ctx.levels.map((l) => `${reached(l.level)}/${total}`)],
        ["Số tiêu chí không đạt", ...ctx.levels.map((l) => `${total - reached(l.level)}/${total}`)],
      ],
      widths: [40, ...Array(ctx.levels.length).fill(60 / ctx.levels.length)],
    },
    { kind: "paragraph", bold: true, indent: true, text: overallSentence(ctx) },
    ...procedureBlocks(ctx),
  ];
}

/**
 * Beside the overall sentence: the procedure's word on the level (mức độ 2 asked for too early, or the
 * mức độ 1 date missing), then the recognition held and how long a recognition is kept, with the article.
 */
function procedureBlocks(ctx: AppendixContext): ReportBlock[] {
  const note = ctx.evaluation.overall.note;
  return [
    ...(note ? [{ kind: "paragraph", italic: true, indent: true, text: note } as const] : []),
    ...procedureLines(ctx).map((text): ReportBlock => ({ kind: "paragraph", indent: true, text })),
  ];
}

function upper(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export interface ReportOptions {
  /** The governing body for the header's first line ("UBND XÃ AN LÃO"), if known. */
  authority?: string | null;
  /** The report's date; the date line is left for the clerk to fill when absent. */
  date?: Date;
}

export function buildReport(evaluation: Evaluation, selfAssessments: SelfAssessment[], ruleSet: RuleSet, options: ReportOptions = {}): ReportModel {
  const ctx = createAppendixContext(evaluation, selfAssessments, ruleSet);
  const d = options.date;
  const placeAndDate = d
    ? `……, ngày ${String(d.getDate()).padStart(2, "0")} tháng ${String(d.getMonth() + 1).padStart(2, "0")} năm ${d.getFullYear()}`
    : `……, ngày …… tháng …… năm ${evaluation.unit.year !== null ? evaluation.unit.year + 1 : "……"}`;
  const name = recognitionName(ruleSet);
  const subject = ruleSet.scoring ? `Kết quả tự ${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}` : `Kết quả tự đánh giá, công nhận ${name}`;
  const title = `${subject}${evaluation.unit.year !== null ? `, năm ${evaluation.unit.year}` : ""}`;
  const draft = draftLine(evaluation);
  return {
    ...(draft ? { draft } : {}),
    header: { authority: options.authority ?? null, unitName: ctx.unitName, number: "Số: ……/BC-……", placeAndDate },
    blocks: [
      { kind: "title", lines: ["BÁO CÁO", title] },
      ...introduction(ctx),
      ...indicatorBlocks(ctx),
      ...conclusion(ctx),
      {
        kind: "signature",
        left: ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
        right: ["THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)"],
      },
    ],
  };
}
