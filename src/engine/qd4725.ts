/**
 * The QĐ 4725 level from the two group scores when the `Đơn vị` sheet gives scores instead of the level
 * text; the bands are rule data (src/rules/qd4725.ts). A written level wins; a derived one is said in a note.
 */
import { QD4725_SCORES } from "../rules/qd4725";
import { formatInteger } from "./format";
import { placeOf, type InputNames, type UnitInfo } from "./input";
import type { DataIssue } from "./issues";

export function levelFromGroupScores(teaching: number, management: number): string {
  const lower = Math.min(teaching, management);
  const band = QD4725_SCORES.bands.find((b) => (b.strict ? lower > b.min : lower >= b.min));
  return band ? band.level : QD4725_SCORES.below;
}

/** “trên 75 ở cả hai nhóm: mức đáp ứng tốt; từ 50 ở cả hai nhóm: mức đáp ứng cơ bản”, from the rule data. */
function bandsPhrase(): string {
  return QD4725_SCORES.bands
    .map((b) => `${b.strict ? "trên" : "từ"} ${formatInteger(b.min)} ở cả hai nhóm: ${b.level.charAt(0).toLocaleLowerCase("vi")}${b.level.slice(1)}`)
    .join("; ");
}

/** The unit with `digitalTransformation` derived from the scores when it is not written. */
export function withDerivedDigitalLevel(unit: UnitInfo, names: InputNames): { unit: UnitInfo; issues: DataIssue[] } {
  const teaching = unit.digitalTeachingScore ?? null;
  const management = unit.digitalManagementScore ?? null;
  if (unit.digitalTransformation !== null || teaching === null || management === null) return { unit, issues: [] };
  const level = levelFromGroupScores(teaching, management);
  return {
    unit: { ...unit, digitalTransformation: level },
    issues: [
      {
        severity: "info",
        code: "digitalLevelDerived",
        ...placeOf(names, "unit.value"),
        row: unit.rows.digitalTeachingScore,
        message: `Mức chuyển đổi số theo QĐ 4725 được suy ra từ điểm hai nhóm tiêu chí (dạy – học ${formatInteger(teaching)}, quản trị ${formatInteger(management)}): “${level}” (${bandsPhrase()}; theo ${QD4725_SCORES.source}, văn bản hướng dẫn).`,
      },
    ],
  };
}
