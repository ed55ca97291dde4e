/**
 * “Phụ lục I — Phiếu tự đánh giá chỉ tiêu”: one block per chỉ tiêu, as provincial guidance and the seeds
 * lay it out — a. Mô tả hiện trạng, b. Điểm mạnh, c. Tồn tại, d. Kế hoạch cải tiến (a small table),
 * đ. Tự đánh giá. The committee's text comes from the `Tự đánh giá` sheet; the figures and the level are
 * dvht's, and a level the committee wrote differently is noted, not overwritten.
 *
 * Long text sits in column A alone (no merge), so Excel can fit the row height to the wrapped text;
 * columns B and C only carry the plan table's Người thực hiện and Thời gian.
 */
import type { IndicatorResult } from "../../engine/result";
import type { SheetModel } from "../sheet-model";
import {
  type AppendixContext,
  claimDiffers,
  criterionName,
  indicatorWording,
  label,
  shownParts,
  finishSheet,
  titleBlock,
} from "./common";
import { SheetBuilder, STYLES, cell } from "./sheet-builder";

export const INDICATOR_FORMS_SHEET = "Phụ lục I";
export const INDICATOR_FORMS_TITLE = "PHỤ LỤC I — PHIẾU TỰ ĐÁNH GIÁ CHỈ TIÊU";
export const PLAN_HEADERS = ["Nội dung", "Người thực hiện", "Thời gian"];
const WIDTHS = [90, 24, 16];
/** Shown where the committee has not written a section. */
export const NOT_WRITTEN = "(Tổ đánh giá chưa ghi nội dung này)";

export function buildIndicatorFormsSheet(ctx: AppendixContext): SheetModel {
  const b = new SheetBuilder(INDICATOR_FORMS_SHEET, WIDTHS);
  const firstBlock = titleBlock(b, ctx, INDICATOR_FORMS_TITLE);
  for (const group of ctx.groups) {
    b.row([cell(criterionName(group.criterion), { ...STYLES.heading, fontSize: 12 })]);
    for (const ind of group.indicators) indicatorBlock(b, ctx, ind);
  }
  // Blocks follow one another with their own small tables: only the title rows stay frozen.
  return finishSheet(b, ctx, firstBlock);
}

/** The committee's text, or a note saying it is missing. */
function committeeText(b: SheetBuilder, text: string | null | undefined): void {
  const t = text?.trim();
  b.row([t ? cell(t, STYLES.text) : cell(NOT_WRITTEN, STYLES.note)]);
}

function figuresLines(ind: IndicatorResult): string {
  const parts = shownParts(ind);
  const lines = parts.length > 1 ? parts.map((p) => p.explanation).filter((e) => e.trim() !== "") : [];
  return lines.length > 0 ? lines.join("\n") : ind.explanation;
}

function indicatorBlock(b: SheetBuilder, ctx: AppendixContext, ind: IndicatorResult): void {
  const sa = ctx.selfAssessment(ind.id);

  b.row([cell(`Chỉ tiêu ${ind.id}: ${indicatorWording(ind, ctx)}`, STYLES.heading)]);

  b.row([cell("a. Mô tả hiện trạng:", STYLES.heading)]);
  committeeText(b, sa?.description);
  const figures = figuresLines(ind).trim();
  if (figures) b.row([cell(`Số liệu tính từ dữ liệu: ${figures}`, STYLES.text)]);
  const evidence = sa?.evidence?.trim();
  if (evidence) b.row([cell(`Minh chứng: ${evidence}`, STYLES.text)]);
  if (ind.citation) b.row([cell(`Căn cứ: ${ind.citation}`, STYLES.note)]);
  // The audit's findings on this description (figures with another total, learners as members).
  for (const finding of ctx.evaluation.issues) {
    if (sa && finding.field === "selfAssessment.description" && finding.row === sa.row) {
      b.row([cell(`Lưu ý khi kiểm tra: ${finding.message}`, STYLES.note)]);
    }
  }

  b.row([cell("b. Điểm mạnh:", STYLES.heading)]);
  committeeText(b, sa?.strengths);

  b.row([cell("c. Tồn tại:", STYLES.heading)]);
  committeeText(b, sa?.weaknesses);

  b.row([cell("d. Kế hoạch cải tiến:", STYLES.heading)]);
  b.row(PLAN_HEADERS.map((h) => cell(h, STYLES.header)));
  b.row([cell(sa?.plan?.trim() || null, STYLES.body), cell(null, STYLES.body), cell(null, STYLES.body)]);

  b.row([cell(`đ. Tự đánh giá: ${label(ind.level, ctx)}`, STYLES.heading)]);
  const claimed = sa?.claimed?.trim() ?? null;
  if (claimed && claimDiffers(claimed, ind.level, ctx)) {
    b.row([
      cell(
        `Tổ đánh giá ghi: ${claimed} — khác với mức tính từ số liệu (${label(ind.level, ctx)}); đề nghị Tổ đánh giá xem lại.`,
        STYLES.note,
      ),
    ]);
  }
  b.blank();
}
