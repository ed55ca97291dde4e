/**
 * The evaluation worker: reading an .xlsx and evaluating it takes up to seconds of CPU, which on the page
 * would freeze the pane (no progress, no “Huỷ”). Messages: in { bytes, mapping }; out { type: "step" },
 * then { type: "done", result } or { type: "error", name, message }.
 */
import { assessBytes } from "./assess-bytes";
import type { WorkbookMapping } from "../src/workbook/mapping";

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<{ bytes: ArrayBuffer; mapping: WorkbookMapping | null }>) => void) | null;
};

scope.onmessage = (event) => {
  const { bytes, mapping } = event.data;
  assessBytes(bytes, mapping, (step) => scope.postMessage({ type: "step", step })).then(
    (result) => scope.postMessage({ type: "done", result }),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ type: "error", name: e.name, message: e.message });
    },
  );
};
