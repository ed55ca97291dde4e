/** Worker thread of assess-files.ts: assesses each file it is sent and posts the result back. */
import { parentPort } from "node:worker_threads";
import { assessFile } from "./assess-file";

parentPort?.on("message", (file: string) => {
  assessFile(file).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error: unknown) => parentPort!.postMessage({ ok: false, file, message: error instanceof Error ? error.message : String(error) }),
  );
});
