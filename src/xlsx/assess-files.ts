/**
 * Many unit files (a province's hundreds or thousands) assessed for `dvht summary` on every core (each
 * result trimmed to what a summary row needs: assess-file.ts): one worker thread per core
 * takes the next file as soon as it is done with one, so a slow file holds up no other. A file that
 * crashes its worker (a bug, memory past the worker's cap) gets its row's reason and a fresh worker
 * takes the next file. Results come back in the files' order, whatever order they finished in.
 *
 * Workers run the compiled JavaScript beside this module (dist-node/xlsx/assess-worker.js); run from
 * TypeScript sources (tests through ts-jest) there is none and the files are assessed in this thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { formatInteger } from "../engine/format";
import { assessFile, type FileAssessment } from "./assess-file";
import type { RuleSet } from "../rules/types";
import type { WorkerRequest } from "./assess-worker";
import { ruleSetOnArrival, type WorkerReply } from "./assess-wire";

export interface AssessFilesOptions {
  /** Worker threads (default: the machine's cores, at most the number of files). */
  workers?: number;
  /** Heap cap of each worker in MiB: a file past it fails alone (default 1,024). */
  workerHeapMb?: number;
  /** Called after each file, e.g. for a progress line. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Each file is read only up to this size (default: assess-file.ts's). */
  maxBytes?: number;
  /**
   * A file's row reason for an error dvht did not foresee (a bug, a worker out of memory), e.g. the CLI's
   * Vietnamese wording; by default a generic sentence with the error's text.
   */
  describeError?: (error: unknown) => string;
}

const WORKER_SCRIPT = path.join(__dirname, "assess-worker.js");

/** Whether assessFiles can use worker threads here (compiled JavaScript beside this module). */
export function workersAvailable(): boolean {
  return __filename.endsWith(".js") && existsSync(WORKER_SCRIPT);
}

export async function assessFiles(files: string[], options: AssessFilesOptions = {}): Promise<FileAssessment[]> {
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  if (!workersAvailable() || count === 1) return assessInThisThread(files, options);
  const heapMb = options.workerHeapMb ?? 1024;
  const results = new Array<FileAssessment>(files.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, result: FileAssessment) => {
    results[index] = result;
    options.onProgress?.(++done, files.length, files[index]!);
  };

  /**
   * Each worker holds up to PIPELINE files: the next one is already posted while it assesses the current
   * one, so it never waits for a message round trip between files. Replies come in posting order.
   */
  const PIPELINE = 2;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const posted: number[] = [];
      let worker: Worker;
      const start = () => {
        // The rule sets this worker sent, by its numbering (a new worker numbers afresh).
        const received: RuleSet[] = [];
        worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
        worker.on("message", (message: WorkerReply) => {
          const index = posted.shift()!;
          finish(index, message.ok ? ruleSetOnArrival(message, received) : failed(files[index]!, revive(message.error), options));
          take();
        });
        worker.on("error", (error: Error & { code?: string }) => {
          // The worker is gone (out of memory, a crash) while on its oldest file: that file fails alone;
          // the files posted after it go to a new worker.
          const index = posted.shift();
          if (index !== undefined && results[index] === undefined) {
            const outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
            const detail = outOfMemory ? `tệp cần hơn ${formatInteger(heapMb)} MiB bộ nhớ, giới hạn cho mỗi tệp khi tổng hợp` : error.message;
            finish(index, options.describeError ? { file: files[index]!, assessment: null, error: options.describeError(error) } : failure(files[index]!, detail));
          }
          const again = posted.splice(0);
          start();
          for (const i of again) post(i);
          take();
        });
      };
      const post = (index: number) => {
        posted.push(index);
        worker.postMessage({ file: files[index]!, maxBytes: options.maxBytes } satisfies WorkerRequest);
      };
      const take = () => {
        while (posted.length < PIPELINE && next < files.length) post(next++);
        if (posted.length === 0) void worker.terminate().then(() => resolve());
      };
      start();
      take();
    });

  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}

async function assessInThisThread(files: string[], options: AssessFilesOptions): Promise<FileAssessment[]> {
  const results: FileAssessment[] = [];
  for (const file of files) {
    let result: FileAssessment;
    try {
      result = await assessFile(file, { maxBytes: options.maxBytes });
    } catch (error) {
      result = failed(file, error, options);
    }
    results.push(result);
    options.onProgress?.(results.length, files.length, file);
  }
  return results;
}

function failed(file: string, error: unknown, options: AssessFilesOptions): FileAssessment {
  if (options.describeError) return { file, assessment: null, error: options.describeError(error) };
  return failure(file, error instanceof Error ? error.message : String(error));
}

/** An error posted by a worker (its name, message, code and path), as an Error again on this side. */
function revive(posted: { name: string; message: string; code?: string; path?: string }): Error {
  const error = posted.name === "RangeError" ? new RangeError(posted.message) : new Error(posted.message);
  return Object.assign(error, posted.code === undefined ? {} : { code: posted.code }, posted.path === undefined ? {} : { path: posted.path });
}

function failure(file: string, detail: string): FileAssessment {
  return {
    file,
    assessment: null,
    error: `dvht không đọc được tệp “${file}” (${detail}); các tệp khác vẫn được tổng hợp. Hãy mở tệp bằng Excel, xoá phần thừa hoặc tách tệp, lưu lại rồi thử lại.`,
  };
}
