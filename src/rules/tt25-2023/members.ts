/** TT25/2023 cấp huyện and cấp tỉnh, tiêu chí 4: shared constructors (member units, year-on-year facts). */
import { committee, req } from "../build";
import type { IndicatorRule } from "../types";

/** 4.1: at least 90% of member communes (districts) recognised at the level (Điều 11/12, 16/17 khoản 4 điểm a). */
export function memberUnitsIndicator(who: "xã" | "huyện", article1: number, article2: number, text1: string, text2: string): IndicatorRule {
  return {
    id: "4.1",
    criterion: "4",
    title: `Số ${who} được công nhận “Cộng đồng học tập”`,
    parts: [
      {
        id: "4.1",
        label: `${who === "xã" ? "Xã" : "Huyện"} được công nhận đạt “Cộng đồng học tập” cấp ${who}`,
        measure: { kind: "memberUnitsShare", describe: `được công nhận đạt “Cộng đồng học tập” cấp ${who}` },
        appliesTo: "all",
        levels: {
          1: req(`Điều ${article1} khoản 4 điểm a`, text1, { threshold: "90%", minimum: "Mức độ 1", basis: "assumption", assumptions: ["memberUnitsAtOrAbove"] }),
          2: req(`Điều ${article2} khoản 4 điểm a`, text2, { threshold: "90%", minimum: "Mức độ 2" }),
        },
      },
    ],
  };
}

/** From 01/7/2025 (two-level local government) there are no districts: the date the reform took effect. */
export const TWO_LEVEL_GOVERNMENT_FROM = "2025-07-01";

/**
 * 4.1 cấp tỉnh after the reform: the same threshold over the units listed in `Đơn vị thành viên` (the
 * province's communes), as a variant keyed by the date, resting on provinceMemberUnitsAfterReform.
 */
export function memberUnitsAfterReform(indicator: IndicatorRule): IndicatorRule {
  const part = indicator.parts[0]!;
  const levels: IndicatorRule["parts"][number]["levels"] = {};
  for (const level of [1, 2] as const) {
    const r = part.levels[level]!;
    levels[level] = {
      ...r,
      variants: [
        {
          when: { evaluatedOnOrAfter: TWO_LEVEL_GOVERNMENT_FROM },
          text: r.text,
          threshold: r.threshold,
          minimum: r.minimum,
          cite: r.cite,
          basis: "assumption",
          assumptions: [...(r.assumptions ?? []), "provinceMemberUnitsAfterReform"],
        },
      ],
    };
  }
  return { ...indicator, parts: [{ ...part, levels }] };
}

/** 4.2, 4.3: a statistic that rises (falls) against the year before, rated by the committee with evidence. */
export function yearOnYear(id: string, title: string, article1: number, article2: number, diem: string, text: string): IndicatorRule {
  return committee({
    id,
    criterion: "4",
    title,
    text,
    cite1: `Điều ${article1} khoản 4 điểm ${diem}`,
    cite2: `Điều ${article2} khoản 4 điểm ${diem}`,
    describe: "Tổ đánh giá đối chiếu số liệu thống kê với năm trước liền kề",
    assumptions: ["yearOnYearByCommittee"],
  });
}
