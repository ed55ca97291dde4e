/**
 * “Tỷ lệ chỉ tiêu”: one row per computed share (Thành viên or Người học) of a chỉ tiêu that applies —
 * Chỉ tiêu | Tổng số | Số đạt | Tỷ lệ | Ngưỡng of each level | Kết quả. Counts and the ratio are Excel
 * numbers (formats "#,##0" and "0.0%", shown in the user's locale); thresholds are the rule's own text.
 */
import type { IndicatorResult, PartResult } from "../../engine/result";
import type { IndicatorPart } from "../../rules/types";
import type { SheetModel } from "../sheet-model";
import {
  type AppendixContext,
  DASH,
  isPartApplicable,
  label,
  levelName,
  lowerFirst,
  membersLine,
  partOutcome,
  thresholdText,
  finishSheet,
  titleBlock,
} from "./common";
import { NUMBER_FORMATS, SheetBuilder, STYLES, cell } from "./sheet-builder";
import { liveKey, tagLive } from "../live";

export const RATIOS_SHEET = "Tỷ lệ chỉ tiêu";
export const RATIOS_TITLE = "TỶ LỆ CÁC CHỈ TIÊU TÍNH THEO SỐ THÀNH VIÊN, NGƯỜI HỌC";
export const NOT_REQUIRED = "Không yêu cầu";
export const NO_DATA = "Chưa có số liệu";

const NUMBER_STYLE = { border: true, align: "right", verticalAlign: "top" } as const;

export interface RatioRow {
  indicator: IndicatorResult;
  part: PartResult;
  rulePart: IndicatorPart | undefined;
}

/** The share parts that apply to the unit, in the evaluation's order. */
export function ratioRows(ctx: AppendixContext): RatioRow[] {
  const rows: RatioRow[] = [];
  for (const group of ctx.groups) {
    for (const indicator of group.indicators) {
      if (indicator.level === null) continue;
      const rule = ctx.rule(indicator.id);
      for (const part of indicator.parts) {
        const rulePart = rule?.parts.find((p) => p.id === part.id);
        const share = rulePart
          ? ["memberShare", "learnerShare", "communityShare", "memberUnitsShare"].includes(rulePart.measure.kind)
          : part.denominator !== null;
        if (share && isPartApplicable(part)) rows.push({ indicator, part, rulePart });
      }
    }
  }
  return rows;
}

export function buildRatiosSheet(ctx: AppendixContext): SheetModel {
  const levels = ctx.levels.map((l) => l.level);
  const headers = [
    "Chỉ tiêu",
    "Tổng số",
    "Số đạt",
    "Tỷ lệ",
    ...levels.map((l) => `Ngưỡng ${lowerFirst(levelName(l, ctx))}`),
    "Kết quả",
  ];
  const b = new SheetBuilder(RATIOS_SHEET, [52, 11, 11, 11, ...levels.map(() => 14), 17]);
  titleBlock(b, ctx, RATIOS_TITLE, [membersLine(ctx)]);
  const header = b.row(headers.map((h) => cell(h, STYLES.header)));

  const rows = ratioRows(ctx);
  for (const { indicator, part, rulePart } of rows) {
    const missing = part.numerator === null || part.denominator === null;
    const ratio = part.ratio ?? (!missing && part.denominator! > 0 ? part.numerator! / part.denominator! : null);
    // Figures the input sheets decide follow them in the live Phụ lục (src/workbook/live.ts).
    const key = liveKey.part(ctx.rule(indicator.id), part.id);
    const live = (c: ReturnType<typeof cell>, field: "numerator" | "denominator" | "ratio" | "level") => (missing ? c : tagLive(c, key, field));
    b.row([
      cell(`${indicator.id}. ${part.label}`, STYLES.body),
      live(cell(part.denominator, NUMBER_STYLE, NUMBER_FORMATS.integer), "denominator"),
      live(cell(part.numerator, NUMBER_STYLE, NUMBER_FORMATS.integer), "numerator"),
      live(cell(ratio, NUMBER_STYLE, NUMBER_FORMATS.ratio), "ratio"),
      ...levels.map((l) => {
        const threshold = rulePart?.levels[l]?.threshold;
        const text = part.requiredAt[l] === false ? NOT_REQUIRED : threshold ? thresholdText(threshold) : DASH;
        return cell(text, STYLES.center);
      }),
      live(cell(missing ? NO_DATA : label(partOutcome(part, ctx.levels), ctx), STYLES.center), "level"),
    ]);
  }
  if (rows.length === 0) {
    const r = b.row([cell("Không có chỉ tiêu nào tính theo tỷ lệ cho đơn vị này.", STYLES.body)]);
    b.merge(r, 0, r, headers.length - 1);
  }
  b.blank();
  b.banner(
    "Tỷ lệ được so với ngưỡng bằng phân số chính xác, không làm tròn; cột Tỷ lệ chỉ làm tròn để hiển thị.",
    STYLES.note,
  );
  return finishSheet(b, ctx, header + 1, header);
}
