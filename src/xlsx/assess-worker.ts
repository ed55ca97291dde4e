/**
 * Worker thread of assess-files.ts, in one of three roles (its workerData):
 * - "read": reads each file it is sent and passes the values straight to its assessing worker (a port it
 *   is given), telling the main thread which file it passed on; a file that cannot be read is its row at once;
 * - "assess": assesses the values waiting on its port, one file each time the main thread says “pull” (after
 *   the reader said it passed that file on), and posts each result to the main thread. Until pulled, a
 *   file's values stay in the port, serialized, outside this worker's heap: its heap cap holds one file's
 *   values at a time, not those of every file waiting; and the main thread knows for certain which file it
 *   was on if it dies (the oldest pulled without a row);
 * - "whole": both, one file after the other (a lane of its own when the cores are odd in number).
 * Each rule set crosses to the main thread once per assessing worker (assess-wire.ts).
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from "node:worker_threads";
import { plain, reply, type WorkerReply } from "./assess-wire";
import type { WorkbookData } from "../workbook/workbook-data";
import type { FileAssessment } from "./assess-file";

export type WorkerRole = "read" | "assess" | "whole";

/**
 * Main thread → worker: a file to read (roles "read" and "whole"), the port to the other half of a lane,
 * or (role "assess") the file whose values to take from that port next.
 */
export type WorkerRequest = { file: string; index: number; maxBytes?: number } | { port: MessagePort } | { pull: number };

/** Reading worker → assessing worker. */
export interface ReadValues {
  index: number;
  file: string;
  data: WorkbookData;
}

/** Worker → main thread: a file's row (or the error it ended in), or that the reader passed the file on. */
export type WorkerMessage = ({ index: number } & WorkerReply) | { index: number; passedOn: true };

const role = workerData as WorkerRole;
const main = parentPort!;
// Each role loads only its half of dvht (the reader, or the engine and rules), and starts loading at once.
const reading = role === "assess" ? null : import("./read-file");
const assessing = role === "read" ? null : import("./assess-file");
let toAssessor: MessagePort | undefined;
let fromReader: MessagePort | undefined;

const failed = (index: number, error: unknown): WorkerMessage => ({ index, ok: false, error: plain(error) });
/** A file's row to the main thread. */
const postRow = (index: number, result: FileAssessment): void => main.postMessage({ index, ...reply(result) } satisfies WorkerMessage);

async function assess({ index, file, data }: ReadValues): Promise<void> {
  try {
    const { assessFileData } = await assessing!;
    postRow(index, assessFileData(file, data));
  } catch (error) {
    main.postMessage(failed(index, error));
  }
}

/** The next values waiting on the port, which must be those of the file the main thread named. */
async function pull(index: number): Promise<void> {
  const received = receiveMessageOnPort(fromReader!)?.message as ReadValues | undefined;
  if (received?.index === index) return assess(received);
  main.postMessage(failed(index, new Error(`the values of file ${index} were not waiting (found ${received?.index ?? "none"})`)));
}

async function read({ file, index, maxBytes }: { file: string; index: number; maxBytes?: number }): Promise<void> {
  try {
    const values = await (await reading!).readFileData(file, { maxBytes });
    if ("final" in values) return postRow(index, values.final);
    if (role === "whole") return postRow(index, (await assessing!).assessFileData(file, values.data));
    toAssessor!.postMessage({ index, file, data: values.data } satisfies ReadValues);
    main.postMessage({ index, passedOn: true } satisfies WorkerMessage);
  } catch (error) {
    main.postMessage(failed(index, error));
  }
}

// One file at a time, in the order sent: the main thread knows which file a worker that dies was on.
let queue = Promise.resolve();
main.on("message", (request: WorkerRequest) => {
  if ("pull" in request) queue = queue.then(() => pull(request.pull));
  else if (!("port" in request)) queue = queue.then(() => read(request));
  // No listener on the assessing worker's port: the values wait there until pulled.
  else if (role === "assess") fromReader = request.port;
  else toAssessor = request.port;
});
