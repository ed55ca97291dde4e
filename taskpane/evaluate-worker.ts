/**
 * The evaluation worker: reading an .xlsx and evaluating it takes up to seconds of CPU, which on the page
 * would freeze the pane (no progress, no “Huỷ”). Messages: in { bytes, name, mapping } (a picked file) or
 * { data, mapping } (values Office.js read); out { type: "step" }, then { type: "done", result } or
 * { type: "error", name, message }.
 */
import { assessBytes, assessValues } from "./assess-bytes";
import type { WorkbookMapping } from "../src/workbook/mapping";
import type { WorkbookData } from "../src/workbook/workbook-data";

export type WorkerRequest = { bytes: ArrayBuffer; name: string; mapping: WorkbookMapping | null } | { data: WorkbookData; mapping: WorkbookMapping | null };

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const request = event.data;
  const step = (s: string) => scope.postMessage({ type: "step", step: s });
  ("bytes" in request ? assessBytes(request.bytes, request.name, request.mapping, step) : assessValues(request.data, request.mapping, step)).then(
    (result) => scope.postMessage({ type: "done", result }),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ type: "error", name: e.name, message: e.message });
    },
  );
};
