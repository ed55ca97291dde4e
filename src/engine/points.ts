/**
 * A points item (TT22/2020 Điều 5): the committee's points from the `Điểm` column, checked against the
 * item's maximum, with the figure behind it (a share of members, the collective title) computed as
 * evidence beside the points — the evidence never sets the points. The grade is the band of the total.
 */
import type { GradeBand, IndicatorRule, RuleSet, Scoring } from "../rules/types";
import { formatPoints } from "./format";
import { placeOf } from "./input";
import { measurePart, type MeasureContext } from "./measures";
import type { IndicatorResult, PartResult } from "./result";
import { figuresPhrase } from "./explain";

export function evaluatePointsItem(indicator: IndicatorRule, ruleSet: RuleSet, ctx: MeasureContext): IndicatorResult {
  const part = indicator.parts[0]!;
  if (part.measure.kind !== "points" || !part.item) throw new Error(`Dữ liệu quy định: mục ${indicator.id} không phải mục tính điểm`);
  const { maxPoints, evidence } = part.measure;
  const cite = `${part.item.cite} ${ruleSet.regulation.name}`;
  const shortCite = `${part.item.cite}, ${ruleSet.regulation.short}`;
  const sa = ctx.selfAssessments.get(indicator.id);
  const written = sa?.points ?? null;
  let points = 0;
  let pointsNote: string;
  if (written === null) {
    pointsNote = "Tổ đánh giá chưa chấm điểm (tính 0 điểm)";
    ctx.issues.push({
      severity: "warning",
      code: "missingPoints",
      ...placeOf(ctx.input.names, "selfAssessment.points"),
      row: sa?.row,
      message: `Mục ${indicator.id} (${indicator.title.toLowerCase()}) chưa có điểm tự đánh giá; dvht tính 0 điểm.`,
      fix: `Ghi điểm từ 0 đến ${formatPoints(maxPoints)} ở cột “${ctx.input.names.columns["selfAssessment.points"]}” của dòng mục ${indicator.id}, sheet “${ctx.input.names.sheets.selfAssessment}”.`,
    });
  } else if (written < 0 || written > maxPoints) {
    pointsNote = `Điểm ghi ${formatPoints(written)} nằm ngoài khoảng 0–${formatPoints(maxPoints)} (không tính)`;
    ctx.issues.push({
      severity: "error",
      code: written > maxPoints ? "pointsAboveMaximum" : "pointsNegative",
      ...placeOf(ctx.input.names, "selfAssessment.points"),
      row: sa?.row,
      message: `Mục ${indicator.id}: điểm ${formatPoints(written)} ${written > maxPoints ? `vượt điểm tối đa ${formatPoints(maxPoints)}` : "là số âm"} (${shortCite}); dvht không tính điểm mục này.`,
      fix: `Sửa điểm của mục ${indicator.id} thành một số từ 0 đến ${formatPoints(maxPoints)}.`,
    });
  } else {
    points = written;
    pointsNote = `Tổ đánh giá chấm ${formatPoints(points)}/${formatPoints(maxPoints)} điểm`;
  }

  let evidencePart: PartResult | null = null;
  let evidenceText = "";
  if (evidence) {
    const evidenceRule = { ...part, measure: evidence };
    const figures = measurePart(evidenceRule, ctx);
    const phrase = figuresPhrase(evidenceRule, figures);
    evidenceText = `; số liệu: ${phrase.charAt(0).toLocaleLowerCase("vi")}${phrase.slice(1)}`;
    evidencePart = {
      id: part.id,
      label: part.label,
      requiredAt: {},
      metAt: {},
      numerator: figures.numerator,
      denominator: figures.denominator,
      ratio: figures.numerator !== null && figures.denominator ? figures.numerator / figures.denominator : null,
      value: figures.value,
      rows: figures.rows,
      explanation: phrase,
    };
  }
  const explanation = `${pointsNote}${evidenceText} (${shortCite})`;
  const shown: PartResult = evidencePart
    ? { ...evidencePart, explanation }
    : { id: part.id, label: part.label, requiredAt: {}, metAt: {}, numerator: null, denominator: null, ratio: null, value: null, rows: sa ? { sheet: ctx.input.names.sheets.selfAssessment, qualifying: [sa.row], notQualifying: [] } : null, explanation };
  return {
    id: indicator.id,
    criterion: indicator.criterion,
    title: indicator.title,
    level: null,
    numerator: shown.numerator,
    denominator: shown.denominator,
    ratio: shown.ratio,
    explanation,
    citation: cite,
    basis: part.item.basis,
    assumptions: [...(part.item.assumptions ?? [])],
    parts: [shown],
    points,
    maxPoints,
  };
}

/** Sum of points, kept to hundredths so that 7,5 + 2,5 is exactly 10. */
export function sumPoints(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}

/** The band a total falls in: the highest whose minimum it reaches. */
export function gradeFor(total: number, scoring: Scoring): GradeBand {
  const bands = [...scoring.bands].sort((a, b) => b.min - a.min);
  return bands.find((b) => total >= b.min) ?? bands[bands.length - 1]!;
}
