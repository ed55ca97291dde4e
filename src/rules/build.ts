/**
 * Small constructors for rule records, shared by the rule files: a requirement read in the text, a
 * committee-rated chỉ tiêu, and the re-citing of inherited chỉ tiêu (“Nội dung tiêu chí theo quy định
 * tại khoản 1 Điều 6”) so that inheritance stays data, not a copy.
 */
import type { Applicability, Basis, IndicatorRule, LevelRequirement } from "./types";

/** A requirement read in the text. */
export function req(cite: string, text: string, extra: Partial<LevelRequirement> = {}): LevelRequirement {
  return { cite, text, basis: "text", ...extra };
}

export interface CommitteeSpec {
  id: string;
  criterion: string;
  title: string;
  text: string;
  cite1: string;
  cite2: string;
  /** Basis of the mức độ 2 requirement: "text" when the article says so itself. */
  basis2?: Basis;
  assumptions2?: string[];
  appliesTo?: Applicability;
  describe?: string;
  /** Assumptions both levels rest on (their basis is then "assumption"). */
  assumptions?: string[];
}

/** A chỉ tiêu judged by the Tổ đánh giá with minh chứng, with the same wording at both levels. */
export function committee(spec: CommitteeSpec): IndicatorRule {
  const level1: LevelRequirement = req(spec.cite1, spec.text);
  const level2: LevelRequirement = req(spec.cite2, spec.text, { basis: spec.basis2 ?? "text" });
  if (spec.assumptions2) level2.assumptions = spec.assumptions2;
  if (spec.assumptions) {
    for (const level of [level1, level2]) {
      level.basis = "assumption";
      level.assumptions = [...spec.assumptions, ...(level.assumptions ?? [])];
    }
  }
  return {
    id: spec.id,
    criterion: spec.criterion,
    title: spec.title,
    parts: [
      {
        id: spec.id,
        label: spec.title,
        measure: { kind: "committee", describe: spec.describe ?? "Tổ đánh giá đánh giá theo minh chứng" },
        appliesTo: spec.appliesTo ?? "all",
        levels: { 1: level1, 2: level2 },
      },
    ],
  };
}

/**
 * Inherited chỉ tiêu, cited through the article that refers to them: “Điều 6 khoản 2 điểm a” becomes
 * “Điều 6 khoản 2 điểm a (theo Điều 12 khoản 2)”. `via` maps a level to its referring article.
 */
export function citedVia(indicators: IndicatorRule[], via: Partial<Record<1 | 2, (cite: string) => string>>): IndicatorRule[] {
  return indicators.map((indicator) => ({
    ...indicator,
    parts: indicator.parts.map((part) => {
      const levels: IndicatorRule["parts"][number]["levels"] = {};
      for (const level of [1, 2] as const) {
        const requirement = part.levels[level];
        if (!requirement) continue;
        const refer = via[level];
        levels[level] = refer ? { ...requirement, cite: `${requirement.cite} (theo ${refer(requirement.cite)})` } : requirement;
      }
      return { ...part, levels };
    }),
  }));
}
