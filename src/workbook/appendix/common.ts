/**
 * What every Phụ lục sheet shares: the evaluation grouped by tiêu chí, the rule records and the committee's
 * text looked up by chỉ tiêu, level labels from the rule set, and the Vietnamese phrases built from them.
 * Nothing here names an indicator: labels, thresholds and counts all come from the rule set and the data.
 */
import { formatDate, formatInteger, formatPercent, levelLabel } from "../../engine/format";
import type { SelfAssessment } from "../../engine/input";
import type { CriterionResult, Evaluation, IndicatorResult, Outcome, PartResult } from "../../engine/result";
import { claimedOutcome } from "../../engine/claims";
import type { IndicatorPart, IndicatorRule, LevelDefinition, LevelNo, RuleSet, ThresholdText } from "../../rules/types";
import { STYLES, type SheetBuilder } from "./sheet-builder";
import type { CellStyle, SheetModel } from "../sheet-model";

export interface CriterionGroup {
  criterion: CriterionResult;
  indicators: IndicatorResult[];
}

/** Everything a sheet builder needs, computed once. */
export interface AppendixContext {
  evaluation: Evaluation;
  ruleSet: RuleSet;
  /** The rule set's levels, lowest first. */
  levels: LevelDefinition[];
  /** Tiêu chí in the evaluation's order, each with its chỉ tiêu. */
  groups: CriterionGroup[];
  rule(indicatorId: string): IndicatorRule | undefined;
  /** The committee's row for a chỉ tiêu (the first, if the sheet repeats one). */
  selfAssessment(indicatorId: string): SelfAssessment | undefined;
  /** The unit's name, or a placeholder that says it is missing. */
  unitName: string;
}

export const MISSING_UNIT_NAME = "(Chưa ghi tên đơn vị)";
/** Shown in a figure cell that has nothing to show. */
export const DASH = "—";

export function createAppendixContext(
  evaluation: Evaluation,
  selfAssessments: SelfAssessment[],
  ruleSet: RuleSet,
): AppendixContext {
  const rules = new Map(ruleSet.indicators.map((r) => [r.id, r]));
  const assessments = new Map<string, SelfAssessment>();
  for (const sa of selfAssessments) {
    if (!assessments.has(sa.indicatorId)) assessments.set(sa.indicatorId, sa);
  }
  const name = evaluation.unit.name?.trim();
  return {
    evaluation,
    ruleSet,
    levels: [...ruleSet.levels].sort((a, b) => a.level - b.level),
    groups: groupByCriterion(evaluation),
    rule: (id) => rules.get(id),
    selfAssessment: (id) => assessments.get(id),
    unitName: name ? name : MISSING_UNIT_NAME,
  };
}

/**
 * The evaluation's tiêu chí in order, each with its chỉ tiêu in the evaluation's order. A chỉ tiêu whose
 * tiêu chí the evaluation does not list gets a group of its own at the end, so nothing is dropped.
 */
export function groupByCriterion(evaluation: Evaluation): CriterionGroup[] {
  const groups: CriterionGroup[] = evaluation.criteria.map((criterion) => ({ criterion, indicators: [] }));
  const byId = new Map(groups.map((g) => [g.criterion.id, g]));
  for (const ind of evaluation.indicators) {
    let group = byId.get(ind.criterion);
    if (!group) {
      group = { criterion: { id: ind.criterion, title: "", level: null, applicable: [] }, indicators: [] };
      byId.set(ind.criterion, group);
      groups.push(group);
    }
    group.indicators.push(ind);
  }
  return groups;
}

// ── Levels ──────────────────────────────────────────────────────────────────────────────────────────

/** Whether an outcome reaches a level (Không áp dụng reaches none). */
export function reaches(outcome: Outcome, level: LevelNo): boolean {
  return outcome !== null && outcome >= level;
}

export function label(outcome: Outcome, ctx: Pick<AppendixContext, "ruleSet">): string {
  return levelLabel(outcome, ctx.ruleSet);
}

/** The outcomes a conclusion table has a column for: Không đạt, then each level of the rule set. */
export function outcomeColumns(ctx: Pick<AppendixContext, "levels">): Outcome[] {
  return [0, ...ctx.levels.map((l) => l.level)];
}

/** "Mức độ 1": a level's name (the rule set's `name`, capitalised), for column headers. */
export function levelName(level: LevelNo, ctx: Pick<AppendixContext, "ruleSet">): string {
  const def = ctx.ruleSet.levels.find((l) => l.level === level);
  if (def?.name?.trim()) return upperFirst(def.name.trim());
  // A rule set without names: the label without its verb ("Đạt mức độ 1" → "Mức độ 1").
  const bare = levelLabel(level, ctx.ruleSet).replace(/^\s*Đạt\s+/u, "").trim();
  return bare ? upperFirst(bare) : `Mức độ ${level}`;
}

export function upperFirst(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase("vi") + text.slice(1) : text;
}

export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase("vi") + text.slice(1) : text;
}

/** How a part fares on its own: the highest level it meets where required, null if required at none. */
export function partOutcome(part: PartResult, levels: LevelDefinition[]): Outcome {
  let outcome: Outcome = null;
  for (const { level } of levels) {
    if (!part.requiredAt[level]) continue;
    if (!part.metAt[level]) return outcome ?? 0;
    outcome = level;
  }
  return outcome;
}

export function isPartApplicable(part: PartResult): boolean {
  return Object.values(part.requiredAt).some(Boolean);
}

/** The parts to show for a chỉ tiêu: those required at some level; all of them if none says so. */
export function shownParts(ind: IndicatorResult): PartResult[] {
  if (ind.level === null) return [];
  const applicable = ind.parts.filter(isPartApplicable);
  return applicable.length > 0 ? applicable : ind.parts;
}

// ── Committee's claim ───────────────────────────────────────────────────────────────────────────────

/**
 * Whether what the Tổ đánh giá wrote differs from the computed level. A claim naming an outcome
 * (“Đạt mức độ 1”, “Mức độ 2”, “Không áp dụng”, with or without diacritics) must name the computed one; a
 * bare “Đạt” (or “Có”, “x”) agrees with any level reached. Empty text says nothing and so agrees; text dvht
 * cannot read is shown as differing, so a person looks at it.
 */
export function claimDiffers(claimed: string | null, outcome: Outcome, ctx: Pick<AppendixContext, "ruleSet">): boolean {
  if (claimed === null || claimed.trim() === "") return false;
  const named = claimedOutcome(claimed, ctx.ruleSet.levels);
  if (named === undefined) return true;
  if (named === "met") return outcome === null || outcome === 0;
  return named !== outcome;
}

// ── Text of figures and rules ───────────────────────────────────────────────────────────────────────

/** "42/43 (97,7%)"; "0/0" when there is nobody to count; "Chưa có số liệu" when a figure is missing. */
export function shareText(numerator: number | null, denominator: number | null, ratio: number | null): string {
  if (numerator === null || denominator === null) return "Chưa có số liệu";
  const fraction = `${formatInteger(numerator)}/${formatInteger(denominator)}`;
  const r = ratio ?? (denominator > 0 ? numerator / denominator : null);
  return r === null ? fraction : `${fraction} (${formatPercent(r)})`;
}

function isShare(rulePart: IndicatorPart | undefined, part: PartResult): boolean {
  if (rulePart) return ["memberShare", "learnerShare", "communityShare", "memberUnitsShare"].includes(rulePart.measure.kind);
  return part.denominator !== null;
}

/** Who a share counts, to tell two parts of one chỉ tiêu apart. */
function partSubject(rulePart: IndicatorPart | undefined, part: PartResult): string {
  if (rulePart?.measure.kind === "memberShare") return "Thành viên";
  if (rulePart?.measure.kind === "learnerShare") return "Người học";
  if (rulePart?.measure.kind === "communityShare") return "Công dân";
  if (rulePart?.measure.kind === "memberUnitsShare") return "Đơn vị thành viên";
  return part.label;
}

/** The figure of one part: a share, the attribute's value, or the committee's rating. */
export function partFigure(part: PartResult, rulePart: IndicatorPart | undefined, sa: SelfAssessment | undefined): string {
  if (isShare(rulePart, part)) return shareText(part.numerator, part.denominator, part.ratio);
  if (rulePart?.measure.kind === "committee") {
    const rating = part.value ?? sa?.claimed ?? null;
    return rating ? `Tổ đánh giá: ${rating}` : "Tổ đánh giá chưa đánh giá";
  }
  const describe = rulePart ? upperFirst(rulePart.measure.describe) : part.label;
  return `${describe}: ${part.value ?? "chưa có thông tin"}`;
}

/** The Kết quả (số liệu) of a chỉ tiêu: its parts' figures, one per line, named when there are several. */
export function figuresText(ind: IndicatorResult, ctx: AppendixContext): string {
  const parts = shownParts(ind);
  if (parts.length === 0) return ind.level === null ? DASH : ind.explanation || DASH;
  const rule = ctx.rule(ind.id);
  const sa = ctx.selfAssessment(ind.id);
  const lines = parts.map((part) => {
    const rulePart = rule?.parts.find((p) => p.id === part.id);
    const figure = partFigure(part, rulePart, sa);
    return parts.length > 1 && isShare(rulePart, part) ? `${partSubject(rulePart, part)}: ${figure}` : figure;
  });
  return lines.join("\n");
}

/** The regulation's words for a chỉ tiêu at a level (each part's text, joined); the title if none. */
export function indicatorWording(ind: Pick<IndicatorResult, "id" | "title">, ctx: AppendixContext, level: LevelNo = 1): string {
  const rule = ctx.rule(ind.id);
  const texts = (rule?.parts ?? [])
    .map((p) => p.levels[level]?.text ?? Object.values(p.levels).find((l) => l !== undefined)?.text)
    .filter((t): t is string => typeof t === "string" && t.trim() !== "");
  const unique = texts.filter((t, i) => texts.indexOf(t) === i);
  return unique.length > 0 ? unique.join(" ") : ind.title;
}

/** "1.1. Kế hoạch học tập thường xuyên cho Thành viên". */
export function indicatorShortName(ind: Pick<IndicatorResult, "id" | "title">): string {
  return ind.title ? `${ind.id}. ${ind.title}` : ind.id;
}

/** "Tiêu chí 1: Về điều kiện xây dựng “Đơn vị học tập”". */
export function criterionName(c: Pick<CriterionResult, "id" | "title">): string {
  return c.title ? `Tiêu chí ${c.id}: ${c.title}` : `Tiêu chí ${c.id}`;
}

/** A threshold as the regulation writes it, with a Vietnamese decimal comma ("92,5%", "19/20"). */
export function thresholdText(t: ThresholdText): string {
  return t.replace(/\./g, ",");
}

/** "5/5 chỉ tiêu đạt mức độ 1; 3/5 chỉ tiêu đạt mức độ 2" for a tiêu chí's chỉ tiêu that apply. */
export function criterionCounts(group: CriterionGroup, ctx: AppendixContext): string {
  const applicable = group.indicators.filter((i) => i.level !== null);
  if (applicable.length === 0) return "Không có chỉ tiêu áp dụng";
  return ctx.levels
    .map(({ level }) => {
      const n = applicable.filter((i) => reaches(i.level, level)).length;
      return `${n}/${applicable.length} chỉ tiêu ${lowerFirst(label(level, ctx))}`;
    })
    .join("; ");
}

/** The title being recognised, from the rule set's title: "“Đơn vị học tập” cấp huyện". */
export function recognitionName(ruleSet: Pick<RuleSet, "title">): string {
  const i = ruleSet.title.indexOf(" theo ");
  return (i > 0 ? ruleSet.title.slice(0, i) : ruleSet.title).trim();
}

/** "năm 2025", or "" when the year is unknown. */
export function yearPhrase(ctx: AppendixContext): string {
  const y = ctx.evaluation.unit.year;
  return y === null ? "" : `năm ${y}`;
}

/**
 * The overall sentence: “Trường … tự đánh giá đạt “Đơn vị học tập” cấp huyện mức độ 1 năm 2025.” or
 * “… chưa đạt …”.
 */
export function overallSentence(ctx: AppendixContext): string {
  const who = ctx.unitName === MISSING_UNIT_NAME ? "Đơn vị" : ctx.unitName;
  const title = recognitionName(ctx.ruleSet);
  const year = yearPhrase(ctx);
  const tail = year ? ` ${year}.` : ".";
  const level = ctx.evaluation.overall.level;
  if (level !== null && level !== 0) return `${who} tự đánh giá đạt ${title} ${lowerFirst(levelName(level, ctx))}${tail}`;
  if (level === 0) return `${who} tự đánh giá chưa đạt ${title}${tail}`;
  return `${who} chưa đủ căn cứ để tự đánh giá ${title}${tail}`;
}

/**
 * The recognition procedure under the overall result (TT24 Điều 5/11 khoản 3–4, TT25 Điều 5/10/15
 * khoản 4): the mức độ 1 recognition the unit holds, when `Đơn vị` gives its date or decision, and how long
 * a recognition is kept, with the article. Empty when the rule set has no procedure. The overall note
 * (mức độ 2 asked for too early) is not here: it goes right beside the overall sentence.
 */
export function procedureLines(ctx: Pick<AppendixContext, "evaluation" | "ruleSet" | "levels">): string[] {
  const p = ctx.evaluation.procedure;
  if (!p) return [];
  const lines: string[] = [];
  const lowest = ctx.levels[0];
  if (lowest && (p.level1RecognisedOn !== null || p.level1Decision !== null)) {
    const decision = p.level1Decision !== null ? ` theo Quyết định số ${p.level1Decision}` : "";
    const date = p.level1RecognisedOn !== null ? ` ngày ${formatDate(p.level1RecognisedOn)}` : " (chưa ghi ngày công nhận)";
    const until = p.level1ValidUntil !== null ? `; kết quả công nhận được bảo lưu đến hết ngày ${formatDate(p.level1ValidUntil)}` : "";
    lines.push(`Đơn vị đã được công nhận ${recognitionName(ctx.ruleSet)} ${lowest.name}${decision}${date}${until}.`);
  }
  const years = p.validityMonths % 12 === 0 ? ` (${String(p.validityMonths / 12).padStart(2, "0")} năm)` : "";
  lines.push(`Kết quả công nhận được bảo lưu trong thời hạn ${formatInteger(p.validityMonths)} tháng${years} tiếp theo năm được công nhận (${p.validityCite}).`);
  return lines;
}

/** Members counted, for the subtitle: "Tổng số Thành viên tính vào đánh giá: 45". */
export function membersLine(ctx: AppendixContext): string {
  const community = ctx.evaluation.community;
  if (community) return `Số công dân: ${community.population === null ? "chưa ghi" : formatInteger(community.population)}`;
  const m = ctx.evaluation.members;
  const excluded = m.excluded > 0 ? ` (không tính ${formatInteger(m.excluded)} người)` : "";
  return `Tổng số Thành viên tính vào đánh giá: ${formatInteger(m.counted)}${excluded}`;
}

/** How many error locations the draft line names before “…”. */
const DRAFT_LOCATIONS = 3;

/**
 * “BẢN NHÁP — còn 2 lỗi dữ liệu, xem sheet “Thành viên” dòng 12, sheet “Đơn vị” dòng 4.” when the data has
 * errors, else null: a Phụ lục written from data with errors must not look final. The errors are not
 * listed in the Phụ lục, so the line names where the first ones are.
 */
export function draftLine(evaluation: Pick<Evaluation, "issues">): string | null {
  const errors = evaluation.issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return null;
  const places: string[] = [];
  for (const e of errors) {
    if (e.sheet === undefined) continue;
    const place = `sheet “${e.sheet}”${e.row !== undefined ? ` dòng ${formatInteger(e.row)}` : ""}`;
    if (!places.includes(place)) places.push(place);
  }
  const shown = places.slice(0, DRAFT_LOCATIONS).join(", ");
  const where = shown
    ? `xem ${shown}${places.length > DRAFT_LOCATIONS ? " và các chỗ khác" : ""}`
    : "xem danh sách lỗi của lệnh dvht evaluate hoặc nút “Kiểm tra dữ liệu”";
  return `BẢN NHÁP — còn ${formatInteger(errors.length)} lỗi dữ liệu, ${where}. Sửa dữ liệu rồi ghi lại Phụ lục.`;
}

/**
 * The top of every sheet: the draft line when the data has errors (first, so nobody prints it as final),
 * the unit's name, the title (merged across), a line with the rule set and year, any extra lines and a
 * blank row. Returns the index of the next row.
 */
export function titleBlock(b: SheetBuilder, ctx: AppendixContext, title: string, extra: string[] = []): number {
  const draft = draftLine(ctx.evaluation);
  if (draft) b.banner(draft, STYLES.draft);
  nationalHeader(b, ctx);
  b.banner(title, STYLES.title);
  const year = yearPhrase(ctx);
  b.banner(year ? `${ctx.ruleSet.title} — ${year}` : ctx.ruleSet.title, STYLES.subtitle);
  for (const line of extra) b.banner(line, STYLES.subtitle);
  b.blank();
  return b.nextRow;
}

/** Columns of the left and right halves of a sheet, for the two-column header and signature blocks. */
function halves(b: SheetBuilder): { left: [number, number]; right: [number, number] } {
  if (b.width < 2) return { left: [0, 0], right: [0, 0] };
  const split = Math.max(1, Math.floor(b.width / 2));
  return { left: [0, split - 1], right: [split, b.width - 1] };
}

/** Two rows as on every administrative document: the unit on the left, the national motto on the right. */
function nationalHeader(b: SheetBuilder, ctx: AppendixContext): void {
  const { left, right } = halves(b);
  const first = b.row();
  const second = b.row();
  const name = ctx.unitName === MISSING_UNIT_NAME ? ctx.unitName : ctx.unitName.toLocaleUpperCase("vi");
  b.put(first, left[0], name, STYLES.unit);
  b.put(first, right[0], NATIONAL_TITLE, STYLES.nationalTitle);
  b.put(second, right[0], NATIONAL_MOTTO, STYLES.nationalTitle);
  for (const r of [first, second]) {
    if (left[1] > left[0]) b.merge(r, left[0], r, left[1]);
    if (right[1] > right[0]) b.merge(r, right[0], r, right[1]);
  }
}

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const PREPARER = "NGƯỜI LẬP BIỂU";
export const HEAD_OF_UNIT = "THỦ TRƯỞNG ĐƠN VỊ";

/** Where the sheet is signed and stamped: người lập biểu on the left, thủ trưởng đơn vị on the right. */
function signatureBlock(b: SheetBuilder, ctx: AppendixContext): void {
  const { left, right } = halves(b);
  const year = ctx.evaluation.unit.year;
  const rows: [string, string, CellStyle, CellStyle][] = [
    ["", `……, ngày …… tháng …… năm ${year !== null ? year + 1 : "……"}`, STYLES.signature, STYLES.signatureNote],
    [PREPARER, HEAD_OF_UNIT, STYLES.signature, STYLES.signature],
    ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên, đóng dấu)", STYLES.signatureNote, STYLES.signatureNote],
  ];
  b.blank();
  for (const [l, r, ls, rs] of rows) {
    const row = b.row();
    if (l) b.put(row, left[0], l, ls);
    b.put(row, right[0], r, rs);
    if (left[1] > left[0]) b.merge(row, left[0], row, left[1]);
    if (right[1] > right[0]) b.merge(row, right[0], row, right[1]);
  }
}

/**
 * The end of every Phụ lục sheet: the signature block, then the model with its print setup (A4, one
 * page wide, page numbers; `repeatRow`, a table header, printed again on every page).
 */
export function finishSheet(b: SheetBuilder, ctx: AppendixContext, frozenRows?: number, repeatRow?: number): SheetModel {
  signatureBlock(b, ctx);
  const model = b.build(frozenRows);
  model.print = { orientation: b.width > 5 ? "landscape" : "portrait" };
  if (repeatRow !== undefined) model.print.repeatRows = { first: repeatRow, last: repeatRow };
  return model;
}
