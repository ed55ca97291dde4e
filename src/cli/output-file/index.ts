/**
 * The one way every dvht command writes a file. Before any work is done, `prepareOutput` decides whether
 * the named output may be written at all:
 *
 * - never one of the command's inputs (same real path, or same device and inode — through symlinks and
 *   hard links), except the documented `dvht appendix FILE -o FILE`, which adds dvht's sheets to the
 *   unit's own workbook (`inPlace`);
 * - never an existing file dvht did not write (see signature.ts), nor a read-only one, unless the user
 *   says `--ghi-de` / `--force`;
 * - never a folder, a FIFO or a device; never through a symlink that points nowhere.
 *
 * `write` then replaces the file atomically (src/io/safe-write.ts): temporary file, fsync, the original's
 * mode and owner, rename — and only if the target is still what it was here.
 */
import { constants, promises as fs } from "node:fs";
import * as path from "node:path";
import { ConcurrentChangeError, targetState, writeAtomically, type TargetState, type WriteHooks } from "../../io/safe-write";
import { UserError } from "../output";
import { writtenByDvht, type OutputKind } from "./signature";
import { outputMessages as m } from "./messages";
import { dvhtSheetsUnchanged } from "./xlsx-unchanged";

export type { OutputKind } from "./signature";

export interface OutputRequest {
  /** The output as the user named it (or the default name). */
  path: string;
  kind: OutputKind;
  /** Every file the command reads. */
  inputs: string[];
  /** `appendix FILE -o FILE`: the output is the (first) input itself, by design. */
  inPlace?: boolean;
  /** `--ghi-de` / `--force`: replace an existing file that is not dvht's, or is read-only. */
  force?: boolean;
  /** An existing file is never dvht's to replace (a template the clerk may have filled in): only with `force`. */
  neverReplace?: boolean;
  /** For xlsx: dvht's sheets in the existing file still hold what dvht wrote (marker fingerprints). */
  xlsxUnchanged?: (bytes: Buffer) => Promise<boolean>;
}

export interface PreparedOutput {
  /** The path as named. */
  path: string;
  /** The file that is really written (a symlink's target). */
  real: string;
  /** true when a file is already there and will be replaced. */
  replaces: boolean;
  write(bytes: Uint8Array, hooks?: WriteHooks): Promise<void>;
}

interface Identity {
  real: string;
  dev: number;
  ino: number;
}

async function identity(file: string): Promise<Identity | null> {
  try {
    const real = await fs.realpath(file);
    const stat = await fs.stat(real);
    return { real, dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

function sameFile(a: Identity, b: { real: string; dev?: number; ino?: number }): boolean {
  return a.real === b.real || (b.dev !== undefined && a.dev === b.dev && a.ino === b.ino);
}

async function folderExists(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

export async function prepareOutput(request: OutputRequest): Promise<PreparedOutput> {
  const named = request.path;
  const dir = path.dirname(path.resolve(named));
  if (!(await folderExists(dir))) throw new UserError(m.missingFolder(named, dir));

  let state: TargetState & { dangling: boolean };
  try {
    state = await targetState(named);
  } catch (error) {
    throw new UserError(m.cannotInspect(named, error));
  }
  if (state.dangling) throw new UserError(m.danglingLink(named));

  let kind: "none" | "file" | "other" = "none";
  if (state.before) {
    const stat = await fs.stat(state.real);
    if (stat.isDirectory()) throw new UserError(m.isFolder(named));
    kind = stat.isFile() ? "file" : "other";
  }
  if (kind === "other") throw new UserError(m.notRegular(named));

  const out: { real: string; dev?: number; ino?: number } = { real: state.real, dev: state.before?.dev, ino: state.before?.ino };
  // All at once: a province's summary has a thousand inputs, and one after the other they cost a second of waiting.
  const identities = await Promise.all(request.inputs.map(identity));
  for (const [i, input] of request.inputs.entries()) {
    const id = identities[i];
    if (!id || !sameFile(id, out)) continue;
    if (request.inPlace && i === 0) continue;
    throw new UserError(m.isInput(named, input));
  }

  if (kind === "file") {
    const inPlace = request.inPlace === true && request.inputs.length > 0 && (await isInput(request.inputs[0]!, out));
    // Mode bits too: root may write anything, but a 0444 file still says “do not change me”.
    const writable = (state.before!.mode & 0o222) !== 0 && (await fs.access(state.real, constants.W_OK).then(() => true, () => false));
    if (!writable && !request.force) throw new UserError(m.readOnly(named));
    if (!inPlace && !request.force) {
      if (request.neverReplace) throw new UserError(m.exists(named));
      if (!(await writtenByDvht(state.real, request.kind, request.xlsxUnchanged ?? dvhtSheetsUnchanged))) throw new UserError(m.notDvhts(named, request.kind));
    }
  }

  return {
    path: named,
    real: state.real,
    replaces: kind === "file",
    async write(bytes, hooks) {
      try {
        await writeAtomically(state, bytes, hooks);
      } catch (error) {
        if (error instanceof ConcurrentChangeError) throw new UserError(m.changedMeanwhile(named, error.keptAs));
        throw new UserError(m.cannotWrite(named, error));
      }
    },
  };
}

async function isInput(input: string, out: { real: string; dev?: number; ino?: number }): Promise<boolean> {
  const id = await identity(input);
  return id !== null && sameFile(id, out);
}
