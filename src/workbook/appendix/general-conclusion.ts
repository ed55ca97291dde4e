/**
 * “Kết luận chung” of the Báo cáo tự đánh giá (Phụ lục III in the seeds): rows Số tiêu chí đạt / không đạt,
 * one column per level of the rule set, cells “3/3”; then the overall sentence, why the unit stops at its
 * level, and the tiêu chí one by one.
 */
import type { LevelNo } from "../../rules/types";
import type { SheetModel } from "../sheet-model";
import {
  type AppendixContext,
  criterionName,
  label,
  levelName,
  lowerFirst,
  overallSentence,
  procedureLines,
  reaches,
  finishSheet,
  titleBlock,
} from "./common";
import { SheetBuilder, STYLES, cell } from "./sheet-builder";

export const GENERAL_CONCLUSION_SHEET = "Kết luận chung";
export const GENERAL_CONCLUSION_TITLE = "KẾT LUẬN CHUNG";
export const ROW_MET = "Số tiêu chí đạt";
export const ROW_NOT_MET = "Số tiêu chí không đạt";

export function buildGeneralConclusionSheet(ctx: AppendixContext): SheetModel {
  const levels = ctx.levels.map((l) => l.level);
  const b = new SheetBuilder(GENERAL_CONCLUSION_SHEET, [60, ...levels.map(() => 18), 20]);
  titleBlock(b, ctx, GENERAL_CONCLUSION_TITLE, ["(Phần kết luận chung của Báo cáo tự đánh giá)"]);

  // Tiêu chí with no applicable chỉ tiêu count neither way.
  const criteria = ctx.evaluation.criteria.filter((c) => c.level !== null);
  const total = criteria.length;
  const met = (level: LevelNo) => criteria.filter((c) => reaches(c.level, level)).length;

  const names = levels.map((l) => lowerFirst(levelName(l, ctx)));
  b.banner(`Số lượng các tiêu chí đạt và không đạt ${names.join(", ")}:`, STYLES.heading);
  const header = b.row([cell(null, STYLES.header), ...levels.map((l) => cell(levelName(l, ctx), STYLES.header))]);
  b.row([cell(ROW_MET, STYLES.body), ...levels.map((l) => cell(`${met(l)}/${total}`, STYLES.center))]);
  b.row([cell(ROW_NOT_MET, STYLES.body), ...levels.map((l) => cell(`${total - met(l)}/${total}`, STYLES.center))]);
  b.blank();

  // Sentences sit unmerged in the wide first column, so Excel fits the row height to the wrapped text.
  b.row([cell(overallSentence(ctx), { ...STYLES.heading, fontSize: 12 })]);
  // The procedure's word on the level (mức độ 2 asked for too early) belongs right under the level.
  const note = ctx.evaluation.overall.note;
  if (note) b.row([cell(note, { ...STYLES.text, bold: true })]);
  for (const line of reasons(ctx)) b.row([cell(line, STYLES.text)]);
  for (const line of procedureLines(ctx)) b.row([cell(line, STYLES.text)]);
  b.blank();

  b.banner("Kết quả từng tiêu chí:", STYLES.heading);
  b.row([
    cell("Tiêu chí", STYLES.header),
    ...levels.map((l) => cell(`Số chỉ tiêu ${lowerFirst(label(l, ctx))}`, STYLES.header)),
    cell("Xếp loại tiêu chí", STYLES.header),
  ]);
  for (const group of ctx.groups) {
    const applicable = group.indicators.filter((i) => i.level !== null);
    b.row([
      cell(criterionName(group.criterion), STYLES.body),
      ...levels.map((l) => cell(`${applicable.filter((i) => reaches(i.level, l)).length}/${applicable.length}`, STYLES.center)),
      cell(label(group.criterion.level, ctx), STYLES.center),
    ]);
  }
  return finishSheet(b, ctx, header + 1, header);
}

/**
 * Why the unit is not at the next level: the tiêu chí that fall short and their chỉ tiêu; and, when some
 * chỉ tiêu reach a higher level than the unit, that this is expected (the unit needs every tiêu chí).
 */
function reasons(ctx: AppendixContext): string[] {
  const overall = ctx.evaluation.overall.level;
  if (overall === null) return [];
  const next = ctx.levels.find((l) => l.level > overall);
  const lines: string[] = [];
  if (next) {
    const short = ctx.groups
      .filter((g) => g.criterion.level !== null && !reaches(g.criterion.level, next.level))
      .map((g) => {
        const ids = g.indicators.filter((i) => i.level !== null && !reaches(i.level, next.level)).map((i) => i.id);
        return ids.length > 0 ? `tiêu chí ${g.criterion.id} (chỉ tiêu ${ids.join(", ")})` : `tiêu chí ${g.criterion.id}`;
      });
    if (short.length > 0) {
      lines.push(`Chưa ${lowerFirst(label(next.level, ctx))} vì ${short.join("; ")} chưa ${lowerFirst(label(next.level, ctx))}.`);
    }
    const above = ctx.evaluation.indicators.filter((i) => reaches(i.level, next.level)).length;
    if (above > 0 && overall >= 1) {
      lines.push(
        `${above} chỉ tiêu ${lowerFirst(label(next.level, ctx))}, nhưng đơn vị chỉ được công nhận ở một mức khi tất cả các tiêu chí đều đạt mức đó (${next.cite} ${ctx.ruleSet.regulation.name}).`,
      );
    }
  }
  return lines;
}
