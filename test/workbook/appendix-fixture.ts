/**
 * A hand-built Evaluation for the Phụ lục tests: a public primary school (tiểu học, 45 Thành viên, no
 * Người học part), TT24 cấp huyện, with a mix of levels — tiêu chí 1 at mức độ 2, tiêu chí 2 and 3 at
 * mức độ 1, chỉ tiêu 3.5 not applicable — so the unit is at mức độ 1. Built without the engine, so these
 * tests hold whatever the engine does.
 */
import type { SelfAssessment, UnitInfo } from "../../src/engine/input";
import type { CriterionResult, Evaluation, IndicatorResult, Outcome, PartResult } from "../../src/engine/result";
import { TT24_HUYEN } from "../../src/rules/tt24-2023/huyen";
import type { IndicatorPart, IndicatorRule, LevelNo } from "../../src/rules/types";
import type { ModelCell, SheetModel } from "../../src/workbook/sheet-model";

export const RULES = TT24_HUYEN;
const REG = RULES.regulation.name;
export const MEMBERS = 45;

export const UNIT: UnitInfo = {
  name: "Trường Tiểu học An Tiến",
  type: "phoThong",
  tier: "huyen",
  year: 2025,
  regulation: "TT24/2023",
  publicSector: true,
  schoolLevel: "tieuHoc",
  collectiveTitle: "Tập thể lao động tiên tiến",
  digitalTransformation: "Mức đáp ứng cơ bản",
  vetAccredited: null,
  learners: 855,
  learnerCitizens: null,
  rows: {},
};

function rule(id: string): IndicatorRule {
  const r = RULES.indicators.find((i) => i.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

function cite(part: IndicatorPart, level: Outcome): string {
  const l: LevelNo = level === 2 ? 2 : 1;
  return `${part.levels[l]!.cite} ${REG}`;
}

function meets(num: number, den: number, threshold: string): boolean {
  const pct = Number(threshold.replace("%", ""));
  return num * 100 >= pct * den;
}

function levelFrom(metAt: Partial<Record<LevelNo, boolean>>): Outcome {
  return metAt[2] ? 2 : metAt[1] ? 1 : 0;
}

function indicator(id: string, level: Outcome, parts: PartResult[], explanation: string, assumptions: string[] = []): IndicatorResult {
  const r = rule(id);
  const first = parts[0]!;
  return {
    id,
    criterion: r.criterion,
    title: r.title,
    level,
    numerator: first.numerator,
    denominator: first.denominator,
    ratio: first.ratio,
    explanation,
    citation: cite(r.parts[0]!, level),
    basis: assumptions.length > 0 ? "assumption" : "text",
    assumptions,
    parts,
  };
}

export function committee(id: string, level: 0 | LevelNo, rating = "Đạt"): IndicatorResult {
  const r = rule(id);
  const metAt = { 1: level >= 1, 2: level >= 2 };
  const part: PartResult = {
    id,
    label: r.parts[0]!.label,
    requiredAt: { 1: true, 2: true },
    metAt,
    numerator: null,
    denominator: null,
    ratio: null,
    value: rating,
    rows: null,
    explanation: `Tổ đánh giá ghi “${rating}”, có minh chứng.`,
  };
  return indicator(id, level, [part], part.explanation, []);
}

function sharePart(p: IndicatorPart, num: number, den: number): PartResult {
  const metAt = { 1: meets(num, den, p.levels[1]!.threshold!), 2: meets(num, den, p.levels[2]!.threshold!) };
  return {
    id: p.id,
    label: p.label,
    requiredAt: { 1: true, 2: true },
    metAt,
    numerator: num,
    denominator: den,
    ratio: num / den,
    value: null,
    rows: { sheet: "Thành viên", qualifying: [], notQualifying: [] },
    explanation: `${num}/${den} Thành viên ${p.measure.describe}.`,
  };
}

function notRequired(p: IndicatorPart): PartResult {
  return {
    id: p.id,
    label: p.label,
    requiredAt: { 1: false, 2: false },
    metAt: {},
    numerator: null,
    denominator: null,
    ratio: null,
    value: null,
    rows: null,
    explanation: "Không áp dụng: trường tiểu học không tính Người học (Điều 2 khoản 8).",
  };
}

export function share(id: string, num: number, den = MEMBERS): IndicatorResult {
  const r = rule(id);
  const parts = r.parts.map((p, i) => (i === 0 ? sharePart(p, num, den) : notRequired(p)));
  const level = levelFrom(parts[0]!.metAt);
  return indicator(id, level, parts, parts[0]!.explanation);
}

function attribute(id: string, value: string, level: 0 | LevelNo): IndicatorResult {
  const r = rule(id);
  const part: PartResult = {
    id,
    label: r.parts[0]!.label,
    requiredAt: { 1: true, 2: true },
    metAt: { 1: level >= 1, 2: level >= 2 },
    numerator: null,
    denominator: null,
    ratio: null,
    value,
    rows: null,
    explanation: `Đơn vị ghi “${value}”.`,
  };
  return indicator(id, level, [part], part.explanation);
}

function notApplicable(id: string): IndicatorResult {
  const r = rule(id);
  return indicator(id, null, r.parts.map(notRequired), "Không áp dụng: chỉ tiêu dành cho cơ sở giáo dục nghề nghiệp.", [
    "notApplicableExcluded",
  ]);
}

function criteria(indicators: IndicatorResult[]): CriterionResult[] {
  return RULES.criteria.map((c) => {
    const mine = indicators.filter((i) => i.criterion === c.id && i.level !== null);
    const level = mine.length === 0 ? null : (Math.min(...mine.map((i) => i.level as number)) as Outcome);
    return { id: c.id, title: c.title, level, applicable: mine.map((i) => i.id) };
  });
}

/** The evaluation; pass a replacement for 2.4 to make the unit fail. */
export function makeEvaluation(overrides: Partial<Record<string, IndicatorResult>> = {}): Evaluation {
  const base: IndicatorResult[] = [
    committee("1.1", 2),
    committee("1.2", 2),
    committee("1.3", 2),
    committee("1.4", 2),
    committee("1.5", 2),
    share("2.1", 45), // 100% → mức độ 2
    share("2.2", 44), // 97,8% → mức độ 2
    share("2.3", 42), // 93,3% → mức độ 1
    share("2.4", 30), // 66,7% → mức độ 1 (ngưỡng 50% / 70%)
    share("2.5", 43), // 95,6% → mức độ 2
    share("3.1", 45), // 100%; the Người học part does not apply to a primary school
    committee("3.2", 2),
    attribute("3.3", "Tập thể lao động tiên tiến", 2),
    attribute("3.4", "Mức đáp ứng cơ bản", 1),
    notApplicable("3.5"),
  ];
  const indicators = base.map((i) => overrides[i.id] ?? i);
  const crit = criteria(indicators);
  const overall = Math.min(...crit.filter((c) => c.level !== null).map((c) => c.level as number)) as Outcome;
  const label = overall === 0 ? "Không đạt" : `Đạt mức độ ${overall}`;
  return {
    ruleSet: { id: RULES.id, title: RULES.title, regulation: REG },
    unit: UNIT,
    members: { total: 46, counted: MEMBERS, excluded: 1 },
    indicators,
    criteria: crit,
    overall: { level: overall, label },
    issues: [],
  };
}

function sa(indicatorId: string, row: number, claimed: string | null, extra: Partial<SelfAssessment> = {}): SelfAssessment {
  return {
    indicatorId,
    row,
    claimed,
    evidence: `[H1-${indicatorId}-01] Kế hoạch, báo cáo năm 2025`,
    description: `Mô tả hiện trạng chỉ tiêu ${indicatorId} do Tổ đánh giá viết.`,
    strengths: `Điểm mạnh của chỉ tiêu ${indicatorId}.`,
    weaknesses: `Tồn tại của chỉ tiêu ${indicatorId}.`,
    plan: `Kế hoạch cải tiến chỉ tiêu ${indicatorId} trong năm 2026.`,
    ...extra,
  };
}

export function makeSelfAssessments(): SelfAssessment[] {
  return [
    sa("1.1", 2, "Đạt mức độ 2", {
      description: "Nhà trường ban hành Kế hoạch số 12/KH-THAT ngày 05/9/2025 về học tập thường xuyên; triển khai đến 100% CBGV-NV qua họp hội đồng và nhóm Zalo.",
      evidence: "[H1-1.1-01] Kế hoạch 12/KH-THAT; [H1-1.1-02] Biên bản họp hội đồng",
      plan: "Rà soát, bổ sung kế hoạch học tập thường xuyên vào đầu năm học 2026-2027.",
    }),
    sa("1.2", 3, "Đạt"),
    sa("1.3", 4, "Đạt mức độ 2"),
    sa("1.4", 5, "Đạt mức độ 2"),
    sa("1.5", 6, "Đạt mức độ 2"),
    sa("2.1", 7, "Đạt mức độ 2"),
    sa("2.2", 8, "Đạt mức độ 2"),
    sa("2.3", 9, "Đạt mức độ 1"),
    sa("2.4", 10, "Đạt mức độ 1"),
    // Seed 000: 42/43 rated mức độ 1 although ≥ 95% is mức độ 2 — here 43/45 (95,6%) under-claimed.
    sa("2.5", 11, "Đạt mức độ 1", { evidence: "[H2-2.5-01] Quyết định công nhận danh hiệu LĐTT năm học 2024-2025" }),
    sa("3.1", 12, "Đạt mức độ 2"),
    sa("3.2", 13, "Đạt mức độ 2"),
    sa("3.3", 14, "Đạt mức độ 2", { strengths: null }),
    sa("3.4", 15, "Dat muc do 1"),
    // Seed 000: a primary school wrote “Đạt” for 3.5, which does not apply to it.
    sa("3.5", 16, "Đạt"),
  ];
}

// ── Reading models in tests ────────────────────────────────────────────────────────────────────────

export function sheet(models: SheetModel[], name: string): SheetModel {
  const m = models.find((s) => s.name === name);
  if (!m) throw new Error(`no sheet ${name}; have ${models.map((s) => s.name).join(", ")}`);
  return m;
}

export function text(c: ModelCell | null | undefined): string {
  return c === null || c === undefined || c.value === null ? "" : String(c.value);
}

/** The row's values as strings. */
export function rowTexts(model: SheetModel, r: number): string[] {
  return (model.rows[r] ?? []).map(text);
}

/** Index of the first row whose cell in `col` equals `value` (or, with a RegExp, matches). */
export function findRow(model: SheetModel, col: number, value: string | RegExp, from = 0): number {
  for (let r = from; r < model.rows.length; r++) {
    const t = text(model.rows[r]?.[col]);
    if (typeof value === "string" ? t === value : value.test(t)) return r;
  }
  return -1;
}

/** Every cell's text, for searching. */
export function allTexts(model: SheetModel): string[] {
  return model.rows.flatMap((r) => r.map(text)).filter((t) => t !== "");
}
