/**
 * Many unit files (a province's hundreds or thousands) assessed for `dvht summary` on every core (each
 * result trimmed to what a summary row needs: assess-file.ts). The cores are paired into lanes: in a lane
 * one worker thread reads the files (unzip, XML, cell values) and hands each file's values straight to the
 * other, which assesses them, so each half of dvht's code warms up (is compiled by V8) on one thread only;
 * two threads that each did everything would each compile all of it, and on two cores that costs more
 * than the files themselves (README, “Hiệu năng”). An odd core is a lane of its own that does both.
 * The main thread hands the next file to a lane as soon as it has room. A file that crashes a worker (a
 * bug, memory past the worker's cap) gets its row's reason and the lane starts afresh with the files it
 * held. Results come back in the files' order, whatever order they finished in.
 *
 * Workers run the compiled JavaScript beside this module (dist-node/xlsx/assess-worker.js); run from
 * TypeScript sources (tests through ts-jest) there is none and the files are assessed in this thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import { formatInteger } from "../engine/format";
import type { FileAssessment } from "./assess-file";
import type { RuleSet } from "../rules/types";
import type { WorkerMessage, WorkerRequest, WorkerRole } from "./assess-worker";
import { ruleSetOnArrival } from "./assess-wire";

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
const DEFAULT_HEAP_MB = 1024;

/** Whether assessFiles can use worker threads here (compiled JavaScript beside this module). */
export function workersAvailable(): boolean {
  return __filename.endsWith(".js") && existsSync(WORKER_SCRIPT);
}

/** A lane's kind: a reading and an assessing worker, or one worker doing both. */
type LaneKind = "pair" | "whole";

/** Two cores → one pair; five → two pairs and a whole. */
export function lanesFor(threads: number): LaneKind[] {
  const lanes: LaneKind[] = Array.from({ length: Math.floor(threads / 2) }, () => "pair");
  if (threads % 2) lanes.push("whole");
  return lanes;
}

/**
 * Files a lane holds at once: a pair reads the next files while it assesses one, so neither half waits
 * for a message round trip, and either half may fall behind for a few files (a garbage collection, a larger
 * file) without stopping the other (6 rather than 4: 2–10% less time in alternating runs over 1,000 files;
 * at most five files' values wait between the halves); a whole worker has the next file already posted.
 */
const HELD: Record<LaneKind, number> = { pair: 6, whole: 2 };

/**
 * A file a lane holds, and whether its reader has handed its values on (the main thread then tells the
 * assessing worker to pull them: it never starts a file before the main thread knows it was passed on).
 */
export interface Held {
  index: number;
  passedOn: boolean;
}

/**
 * The file a lane's worker was on when it died. Each worker takes its files one at a time in the order
 * given, and a dead worker's own messages all arrive before its error, so it is the oldest the lane holds
 * at that worker's stage: a reader's, the oldest not yet passed on; an assessing worker's, the oldest passed
 * on (and so pulled) whose row has not come back; a whole worker's, the oldest held. A worker that dies
 * before it starts any file takes the lane's oldest file with it, so that a worker that can never start
 * still ends the run, one file at a time.
 */
export function culpritOf(held: readonly Held[], stage: WorkerRole): Held | undefined {
  const onStage = stage === "whole" ? held[0] : held.find((h) => h.passedOn === (stage === "assess"));
  return onStage ?? held[0];
}

/** Worker threads for this many files: one per core (or as asked), never more than the files. */
function threadsFor(fileCount: number, options: Pick<AssessFilesOptions, "workers">): number {
  return Math.max(1, Math.min(options.workers ?? availableParallelism(), fileCount));
}

const rolesOf = (kind: LaneKind): WorkerRole[] => (kind === "pair" ? ["read", "assess"] : ["whole"]);

function newWorker(role: WorkerRole, heapMb: number): Worker {
  return new Worker(WORKER_SCRIPT, { workerData: role, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
}

/** Workers started before their files were handed over, waiting (not holding the process open) to be taken. */
const ahead: { role: WorkerRole; heapMb: number; worker: Worker; failed: boolean }[] = [];

/**
 * Starts the workers for `fileCount` files now, so that they boot (a fresh V8 and dvht's modules) while
 * the caller still checks its inputs and output; the next assessFiles takes them. Nothing happens where
 * the files would be assessed in this thread anyway.
 */
export function startWorkersAhead(fileCount: number, options: Pick<AssessFilesOptions, "workers" | "workerHeapMb"> = {}): void {
  const threads = threadsFor(fileCount, options);
  if (!workersAvailable() || threads === 1) return;
  const heapMb = options.workerHeapMb ?? DEFAULT_HEAP_MB;
  for (const role of lanesFor(threads).flatMap(rolesOf)) {
    const entry = { role, heapMb, worker: newWorker(role, heapMb), failed: false };
    // One that fails before it is taken is left for a fresh one; until then it must not end the process.
    entry.worker.once("error", () => (entry.failed = true));
    entry.worker.unref();
    ahead.push(entry);
  }
}

/** A worker started ahead for this role and heap, else a new one. */
function takeWorker(role: WorkerRole, heapMb: number): Worker {
  const at = ahead.findIndex((a) => a.role === role && a.heapMb === heapMb && !a.failed);
  if (at < 0) return newWorker(role, heapMb);
  const { worker } = ahead.splice(at, 1)[0]!;
  worker.ref();
  return worker;
}

/** The workers started ahead that no lane took (fewer files than foreseen, or none on workers at all). */
function dropWorkersAhead(): void {
  for (const { worker } of ahead.splice(0)) void worker.terminate();
}

export async function assessFiles(files: string[], options: AssessFilesOptions = {}): Promise<FileAssessment[]> {
  const threads = threadsFor(files.length, options);
  if (!workersAvailable() || threads === 1) {
    dropWorkersAhead();
    return assessInThisThread(files, options);
  }
  const heapMb = options.workerHeapMb ?? DEFAULT_HEAP_MB;
  const results = new Array<FileAssessment>(files.length);
  const laneKinds = lanesFor(threads);
  let next = 0;
  let done = 0;
  /** Files held by all lanes together. */
  let holding = 0;
  const finish = (index: number, result: FileAssessment) => {
    // The first row of a file counts (what a lane's old workers post after it started afresh is already ignored).
    if (results[index] !== undefined) return;
    results[index] = result;
    options.onProgress?.(++done, files.length, files[index]!);
  };
  const crashed = (index: number, error: Error & { code?: string }): FileAssessment => {
    if (options.describeError) return { file: files[index]!, assessment: null, error: options.describeError(error) };
    const outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
    return failure(files[index]!, outOfMemory ? `tệp cần hơn ${formatInteger(heapMb)} MiB bộ nhớ, giới hạn cho mỗi tệp khi tổng hợp` : error.message);
  };

  const runLane = (kind: LaneKind) =>
    new Promise<void>((resolve) => {
      let held: Held[] = [];
      let workers: Worker[] = [];
      /** Bumped when the lane starts afresh: what its old workers still post is ignored. */
      let generation = 0;
      const spawn = (role: WorkerRole, onMessage: (message: WorkerMessage) => void, onError: (error: Error) => void) => {
        const worker = takeWorker(role, heapMb);
        worker.on("message", onMessage);
        worker.on("error", onError);
        // A worker that ends without an error (nothing in dvht ends one so, but a lane must not wait forever
        // for rows that will not come) fails like one that crashed. The lane's own terminations come after
        // it moved on to a new generation, and are ignored there.
        worker.on("exit", (code) => onError(Object.assign(new Error(`luồng xử lý dừng bất thường (mã ${code})`), { code: "ERR_WORKER_EXITED" })));
        return worker;
      };
      const release = (entry: Held | undefined) => {
        if (entry === undefined) return;
        held = held.filter((h) => h !== entry);
        holding--;
      };
      const start = () => {
        const mine = ++generation;
        // The rule sets this lane's assessing worker sent, by its numbering (a new worker numbers afresh).
        const received: RuleSet[] = [];
        const onMessage = (message: WorkerMessage) => {
          if (mine !== generation) return;
          const entry = held.find((h) => h.index === message.index);
          if ("passedOn" in message) {
            if (entry) {
              entry.passedOn = true;
              workers[1]!.postMessage({ pull: entry.index } satisfies WorkerRequest);
            }
            return;
          }
          release(entry);
          finish(message.index, message.ok ? ruleSetOnArrival(message, received) : failed(files[message.index]!, revive(message.error), options));
          take();
        };
        const onError = (stage: WorkerRole) => (error: Error & { code?: string }) => {
          if (mine !== generation) return;
          // A worker is gone (out of memory, a crash) while on the oldest file of its stage: that file
          // fails alone; the lane starts afresh with the other files it held, read again from the start.
          const culprit = culpritOf(held, stage);
          if (culprit) {
            finish(culprit.index, crashed(culprit.index, error));
            release(culprit);
          }
          for (const worker of workers) void worker.terminate();
          const again = held.map((h) => h.index);
          holding -= held.length;
          held = [];
          start();
          for (const index of again) post(index);
          take();
        };
        if (kind === "whole") workers = [spawn("whole", onMessage, onError("whole"))];
        else {
          const reader = spawn("read", onMessage, onError("read"));
          const assessor = spawn("assess", onMessage, onError("assess"));
          const { port1, port2 } = new MessageChannel();
          reader.postMessage({ port: port1 } satisfies WorkerRequest, [port1]);
          assessor.postMessage({ port: port2 } satisfies WorkerRequest, [port2]);
          workers = [reader, assessor];
        }
      };
      const post = (index: number) => {
        held.push({ index, passedOn: false });
        holding++;
        workers[0]!.postMessage({ file: files[index]!, index, maxBytes: options.maxBytes } satisfies WorkerRequest);
      };
      const take = () => {
        // Each lane holds at most its share of the files left (with those held), so that a small run or the
        // run's last files spread over every lane instead of waiting in the first one's queue.
        const share = Math.ceil((files.length - next + holding) / laneKinds.length);
        while (held.length < Math.min(HELD[kind], share) && next < files.length) post(next++);
        if (held.length === 0) {
          generation++;
          void Promise.all(workers.map((w) => w.terminate())).then(() => resolve());
        }
      };
      start();
      take();
    });

  const lanes = laneKinds.map(runLane);
  dropWorkersAhead();
  await Promise.all(lanes);
  return results;
}

async function assessInThisThread(files: string[], options: AssessFilesOptions): Promise<FileAssessment[]> {
  // Loaded only here: with workers, the main thread never reads a file and the reader and engine stay unloaded.
  const { assessFile } = await import("./assess-file");
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
