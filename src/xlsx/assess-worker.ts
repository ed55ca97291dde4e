/** Worker thread of assess-files.ts: assesses each file it is sent and posts the result back. */
import { parentPort } from "node:worker_threads";
import { assessFile, type FileAssessment } from "./assess-file";

export interface WorkerRequest {
  file: string;
  maxBytes?: number;
}

/** An unforeseen error goes back as plain data (an Error's `code` and `path` do not cross threads). */
export type WorkerReply = { ok: true; result: FileAssessment } | { ok: false; error: { name: string; message: string; code?: string; path?: string } };

function plain(error: unknown): Extract<WorkerReply, { ok: false }>["error"] {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { code, path } = error as { code?: unknown; path?: unknown };
  return { name: error.name, message: error.message, code: typeof code === "string" ? code : undefined, path: typeof path === "string" ? path : undefined };
}

parentPort?.on("message", ({ file, maxBytes }: WorkerRequest) => {
  assessFile(file, { maxBytes }).then(
    (result) => parentPort!.postMessage({ ok: true, result } satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: plain(error) } satisfies WorkerReply),
  );
});
