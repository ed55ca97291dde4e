/**
 * A full garbage collection between the phases of a command on a large workbook (read → assess → write).
 * When a phase ends, most of what it allocated is garbage (inflated parts, decoded text, per-row objects),
 * but V8 lets the old generation grow to several times the live data before collecting it: at 100,000
 * members the live data after assessing is ~130 MiB while the process peaked near 600 MiB. Collecting at
 * the boundary keeps the next phase's growth based on what is really alive.
 *
 * V8 offers a collection only through `gc`, which needs --expose-gc: the flag is set at run time and the
 * function taken from a fresh context, as Jest's leak detector does. Small workbooks skip it (a full
 * collection costs more than the memory it saves there: below COLLECT_FROM_HEAP the heap holds a few
 * thousand members at most); where the flag cannot be set, nothing happens.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Below this much heap in use the phases' garbage is a few MiB: not worth a full collection. */
export const COLLECT_FROM_HEAP = 96 * 1024 * 1024;

let gc: (() => void) | null | undefined;

/** Collects the garbage of the phase just finished, if the heap has grown large. */
export function betweenPhases(): void {
  if (process.memoryUsage().heapUsed < COLLECT_FROM_HEAP) return;
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
