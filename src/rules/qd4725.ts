/**
 * QĐ 4725/QĐ-BGDĐT (30/12/2022): a school's digital transformation is scored in two groups of criteria
 * (chuyển đổi số trong dạy, học; chuyển đổi số trong quản trị), each out of 100. “Mức đáp ứng tốt” when
 * each group scores above 75; “mức đáp ứng cơ bản” when each scores 50 or more; otherwise “mức chưa đáp
 * ứng” — the lower group decides [secondary: as the ministry's vnEdu DTI assessment describes it].
 */
import type { Basis } from "./types";

export interface GroupScoreBand {
  /** A step name of the digitalTransformation4725 scale. */
  level: string;
  /** Both group scores must be above (strict) or at least this. */
  min: number;
  strict: boolean;
}

export const QD4725_SCORES = {
  /** Highest band first; a score below every band is the scale's lowest step. */
  bands: [
    { level: "Mức đáp ứng tốt", min: 75, strict: true },
    { level: "Mức đáp ứng cơ bản", min: 50, strict: false },
  ] as GroupScoreBand[],
  below: "Mức chưa đáp ứng",
  maxScore: 100,
  source: "Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 (hai nhóm tiêu chí: dạy, học; quản trị)",
  basis: "secondary" as Basis,
};
