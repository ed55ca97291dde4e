/** Where a written title or level sits on one of the ordinal scales of src/rules/scales.ts. */
import { SCALES } from "../rules/scales";
import type { ScaleId } from "../rules/types";
import { fold } from "./text";
import { rememberedPerText } from "../rules/vocabulary/remember";

/** The rank given to recognised values below the scale (Giấy khen, Bằng khen). */
export const BELOW_SCALE = -1;

/** Per scale: its ranks by written value, remembered per text (a few titles recur on every member). */
const lookups = new Map<ScaleId, (text: string) => number | undefined>();

function lookup(scaleId: ScaleId): (text: string) => number | undefined {
  let rankOf = lookups.get(scaleId);
  if (!rankOf) {
    const map = new Map<string, number>();
    const scale = SCALES[scaleId];
    scale.steps.forEach((step, rank) => {
      for (const name of [step.name, ...step.aliases]) map.set(fold(name), rank);
    });
    for (const step of scale.notTitles ?? []) {
      for (const name of [step.name, ...step.aliases]) map.set(fold(name), BELOW_SCALE);
    }
    rankOf = rememberedPerText((text) => map.get(fold(text)));
    lookups.set(scaleId, rankOf);
  }
  return rankOf;
}

/** The rank (0 = lowest step), BELOW_SCALE for a recognised non-title, undefined when unknown. */
export function scaleRank(scaleId: ScaleId, text: string): number | undefined {
  return lookup(scaleId)(text);
}

/** The canonical name of a written value, or undefined when the scale does not know it. */
export function canonicalStep(scaleId: ScaleId, text: string): string | undefined {
  const rank = scaleRank(scaleId, text);
  return rank === undefined || rank < 0 ? undefined : SCALES[scaleId].steps[rank]!.name;
}
