/**
 * Worker thread of assess-files.ts: assesses each file it is sent and posts the result back (assess-wire.ts:
 * each rule set crosses once per worker).
 */
import { parentPort } from "node:worker_threads";
import { assessFile } from "./assess-file";
import { plain, reply, type WorkerReply } from "./assess-wire";

export interface WorkerRequest {
  file: string;
  maxBytes?: number;
}

parentPort?.on("message", ({ file, maxBytes }: WorkerRequest) => {
  assessFile(file, { maxBytes }).then(
    (result) => parentPort!.postMessage(reply(result) satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: plain(error) } satisfies WorkerReply),
  );
});
