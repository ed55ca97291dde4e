/**
 * betweenPhases: a full collection between a large command's phases, none for a small workbook. Observed
 * through Node's own GC performance entries (a major collection is NODE_PERFORMANCE_GC_MAJOR).
 */
import { constants, PerformanceObserver } from "node:perf_hooks";
import { betweenPhases, COLLECT_FROM_HEAP } from "../../src/io/between-phases";

async function majorCollectionsDuring(run: () => void): Promise<number> {
  let majors = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++;
  });
  observer.observe({ entryTypes: ["gc"] });
  run();
  // GC entries are delivered asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  return majors;
}

function withHeapUsed(bytes: number, run: () => void): () => void {
  return () => {
    const real = process.memoryUsage;
    const fake = Object.assign(() => ({ ...real(), heapUsed: bytes }), { rss: real.rss });
    process.memoryUsage = fake as typeof process.memoryUsage;
    try {
      run();
    } finally {
      process.memoryUsage = real;
    }
  };
}

it("collects when the heap has grown past the threshold", async () => {
  expect(await majorCollectionsDuring(withHeapUsed(COLLECT_FROM_HEAP + 1, betweenPhases))).toBeGreaterThanOrEqual(1);
});

it("leaves a small workbook's heap alone", async () => {
  expect(await majorCollectionsDuring(withHeapUsed(COLLECT_FROM_HEAP - 1, betweenPhases))).toBe(0);
});
