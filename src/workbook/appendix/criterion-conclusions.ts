/**
 * “Kết luận về tiêu chí”, one table per tiêu chí as in the seeds' reports: Chỉ tiêu | Xếp loại chỉ tiêu
 * (Không đạt | one column per level of the rule set, an “x” in the one reached) | Xếp loại tiêu chí
 * (merged down the block). A chỉ tiêu that does not apply gets “Không áp dụng” across the level columns.
 */
import type { Outcome } from "../../engine/result";
import { NOT_APPLICABLE_LABEL } from "../../engine/format";
import type { SheetModel } from "../sheet-model";
import {
  type AppendixContext,
  criterionCounts,
  criterionName,
  indicatorShortName,
  label,
  outcomeColumns,
  finishSheet,
  titleBlock,
} from "./common";
import { SheetBuilder, STYLES, cell } from "./sheet-builder";

export const CRITERION_CONCLUSIONS_SHEET = "Kết luận tiêu chí";
export const CRITERION_CONCLUSIONS_TITLE = "KẾT LUẬN VỀ TIÊU CHÍ";
export const MARK = "x";

export function buildCriterionConclusionsSheet(ctx: AppendixContext): SheetModel {
  const outcomes = outcomeColumns(ctx);
  const first = 1; // the level columns are first..lastLevel
  const lastLevel = outcomes.length;
  const rank = lastLevel + 1; // the Xếp loại tiêu chí column
  const b = new SheetBuilder(CRITERION_CONCLUSIONS_SHEET, [52, ...outcomes.map(() => 14), 20]);
  const firstBlock = titleBlock(b, ctx, CRITERION_CONCLUSIONS_TITLE);

  for (const group of ctx.groups) {
    b.banner(`Kết luận về ${criterionName(group.criterion)}`, STYLES.heading);

    const h1 = b.row([
      cell("Chỉ tiêu", STYLES.header),
      cell("Xếp loại chỉ tiêu", STYLES.header),
      ...outcomes.slice(1).map(() => cell(null, STYLES.header)),
      cell("Xếp loại tiêu chí", STYLES.header),
    ]);
    const h2 = b.row([
      cell(null, STYLES.header),
      ...outcomes.map((o) => cell(label(o, ctx), STYLES.header)),
      cell(null, STYLES.header),
    ]);
    b.merge(h1, 0, h2, 0);
    if (lastLevel > first) b.merge(h1, first, h1, lastLevel);
    b.merge(h1, rank, h2, rank);

    const top = b.nextRow;
    const criterionCell = cell(label(group.criterion.level, ctx), STYLES.groupCenter);
    if (group.indicators.length === 0) {
      b.row([cell("Không có chỉ tiêu", STYLES.body), ...outcomes.map(() => cell(null, STYLES.center)), criterionCell]);
    }
    group.indicators.forEach((ind, i) => {
      const levelCells =
        ind.level === null
          ? outcomes.map((_, k) => (k === 0 ? cell(NOT_APPLICABLE_LABEL, STYLES.center) : cell(null, STYLES.center)))
          : outcomes.map((o) => cell(markFor(ind.level, o), STYLES.center));
      const r = b.row([cell(indicatorShortName(ind), STYLES.body), ...levelCells, i === 0 ? criterionCell : null]);
      // “Không áp dụng” spans the level columns.
      if (ind.level === null && lastLevel > first) b.merge(r, first, r, lastLevel);
    });
    const bottom = b.nextRow - 1;
    if (bottom > top) b.merge(top, rank, bottom, rank);

    b.banner(`Số lượng chỉ tiêu: ${criterionCounts(group, ctx)}.`, STYLES.note);
    b.blank();
  }
  // One table per tiêu chí, each with its own header: only the title rows stay frozen.
  return finishSheet(b, ctx, firstBlock);
}

/** “x” in the column of the outcome reached; nothing elsewhere or when the chỉ tiêu does not apply. */
function markFor(outcome: Outcome, column: Outcome): string | null {
  return outcome !== null && outcome === column ? MARK : null;
}
