/**
 * Runs assessBytes in a Web Worker (evaluate-worker.js, built beside taskpane.js) so that the page stays
 * responsive and “Huỷ” can stop it; on the page itself when workers are not available.
 */
import type { WorkbookMapping } from "../src/workbook/mapping";
import type { WorkbookData } from "../src/workbook/workbook-data";
import { assessBytes, assessValues, type AssessedBytes } from "./assess-bytes";
import type { WorkerRequest } from "./evaluate-worker";

export interface Running {
  result: Promise<AssessedBytes>;
  /** Stops the worker; `result` then rejects. */
  cancel(): void;
}

type Message = { type: "step"; step: string } | { type: "done"; result: AssessedBytes } | { type: "error"; name: string; message: string };

/** A picked file's bytes and name (copied to the worker), or values Office.js read. */
export function runAssessment(
  input: { bytes: ArrayBuffer; name: string } | { data: WorkbookData },
  mapping: WorkbookMapping | null,
  onStep: (step: string) => void | Promise<void>,
): Running {
  const inline = () => ("bytes" in input ? assessBytes(input.bytes, input.name, mapping, onStep) : assessValues(input.data, mapping, onStep));
  let worker: Worker;
  try {
    worker = new Worker("evaluate-worker.js");
  } catch {
    return { result: inline(), cancel: () => undefined }; // no workers here (or a policy forbids them)
  }
  let reject: (error: Error) => void = () => undefined;
  const result = new Promise<AssessedBytes>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<Message>) => {
      const m = event.data;
      // A step that arrives after “Huỷ” is refused by the pane; nothing is waiting for it.
      if (m.type === "step") Promise.resolve(onStep(m.step)).catch(() => undefined);
      else {
        worker.terminate();
        if (m.type === "done") resolve(m.result);
        else fail(Object.assign(new Error(m.message), { name: m.name }));
      }
    };
    // The worker could not start (its file missing on a server, a host that refuses workers): errors
    // inside it come as messages, so this is the worker itself; evaluate on the page instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      inline().then(resolve, fail);
    };
  });
  // Copied, not transferred: the page keeps the bytes in case it has to evaluate them itself.
  const request: WorkerRequest = "bytes" in input ? { bytes: input.bytes, name: input.name, mapping } : { data: input.data, mapping };
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      reject(Object.assign(new Error("Đã huỷ."), { name: "AbortError" }));
    },
  };
}
