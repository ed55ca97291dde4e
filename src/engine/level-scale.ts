/**
 * The one level scale, used by the engine (a part, a chỉ tiêu, a tiêu chí, the unit), the DVHT.* functions
 * and the Phụ lục: levels go up in order (mức độ 1, mức độ 2); the outcome is the highest level reached
 * together with every level below it; a level that does not ask the thing of this unit is reached with the
 * one below (it lowers nothing); asked at no level, the thing is Không áp dụng (null).
 */
import type { LevelNo } from "../rules/types";
import type { Outcome } from "./result";

/** `asks(level)`: the level requires it of this unit; `met(level)`: it meets that level's requirement. */
export function reachedLevel(levels: readonly { level: LevelNo }[], asks: (level: LevelNo) => boolean, met: (level: LevelNo) => boolean): Outcome {
  const ordered = levels.map((l) => l.level).sort((a, b) => a - b);
  if (!ordered.some(asks)) return null;
  let outcome: 0 | LevelNo = 0;
  for (const level of ordered) {
    if (asks(level) && !met(level)) break;
    outcome = level;
  }
  return outcome;
}

/** A tiêu chí reaches the lowest level of its applicable chỉ tiêu, the unit the lowest of its tiêu chí; none applicable → null. */
export function lowestOutcome(outcomes: readonly Outcome[]): Outcome {
  let result: Outcome = null;
  for (const o of outcomes) {
    if (o === null) continue;
    if (result === null || o < result) result = o;
  }
  return result;
}
