/** Where a written title or level sits on one of the ordinal scales of src/rules/scales.ts. */
import { SCALES } from "../rules/scales";
import type { ScaleId } from "../rules/types";
import { fold } from "./text";

/** The rank given to recognised values below the scale (Giấy khen, Bằng khen). */
export const BELOW_SCALE = -1;

const lookups = new Map<ScaleId, Map<string, number>>();

function lookup(scaleId: ScaleId): Map<string, number> {
  let map = lookups.get(scaleId);
  if (!map) {
    map = new Map();
    const scale = SCALES[scaleId];
    scale.steps.forEach((step, rank) => {
      for (const name of [step.name, ...step.aliases]) map!.set(fold(name), rank);
    });
    for (const step of scale.notTitles ?? []) {
      for (const name of [step.name, ...step.aliases]) map.set(fold(name), BELOW_SCALE);
    }
    lookups.set(scaleId, map);
  }
  return map;
}

/** The rank (0 = lowest step), BELOW_SCALE for a recognised non-title, undefined when unknown. */
export function scaleRank(scaleId: ScaleId, text: string): number | undefined {
  return lookup(scaleId).get(fold(text));
}

/** The canonical name of a written value, or undefined when the scale does not know it. */
export function canonicalStep(scaleId: ScaleId, text: string): string | undefined {
  const rank = scaleRank(scaleId, text);
  return rank === undefined || rank < 0 ? undefined : SCALES[scaleId].steps[rank]!.name;
}
