/**
 * Writing a file so that no byte of what was there is ever lost: the new bytes go to a temporary file in
 * the target's own folder, are flushed to disk (fsync), get the original's mode (and owner where the
 * system allows), and only then replace the target by a rename — after checking that the target is still
 * exactly what it was when the command looked at it (size, mtime, sha256). If someone saved the file in
 * the meantime, their version stays and dvht's result is kept beside it under another name.
 *
 * A symlink is written through: the file it points to is replaced, the link stays a link.
 * The temporary file is removed on every way out: an error, a thrown exception, Ctrl+C (SIGINT), SIGTERM.
 */
import { createHash } from "node:crypto";
import { constants, promises as fs, rmSync } from "node:fs";
import * as path from "node:path";

/** What a file was when it was looked at: enough to tell whether anyone changed it since. */
export interface FileSnapshot {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  mode: number;
  uid: number;
  gid: number;
  sha256: string;
}

/** The state of a target path before writing: the real file behind any symlink, and what it held. */
export interface TargetState {
  /** The path as the user named it. */
  named: string;
  /** The real path written (symlinks followed); for a new file, its real folder joined with its name. */
  real: string;
  /** null when no file exists there yet. */
  before: FileSnapshot | null;
}

export class ConcurrentChangeError extends Error {
  override readonly name = "ConcurrentChangeError";
  constructor(
    readonly target: string,
    /** Where dvht's own result was kept instead. */
    readonly keptAs: string,
  ) {
    super(`Tệp ${target} đã bị thay đổi trong lúc dvht làm việc; kết quả của dvht được giữ ở ${keptAs}.`);
  }
}

export async function sha256File(file: string): Promise<string> {
  return createHash("sha256").update(await fs.readFile(file)).digest("hex");
}

/** A snapshot of an existing regular file (symlinks followed), or null when nothing is there. */
export async function snapshotFile(file: string): Promise<FileSnapshot | null> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return {
    dev: stat.dev,
    ino: stat.ino,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    mode: stat.mode,
    uid: stat.uid,
    gid: stat.gid,
    sha256: stat.isFile() ? await sha256File(file) : "",
  };
}

/**
 * Where writing `named` really lands. An existing symlink is followed to its target; a symlink that
 * points nowhere is an error (`dangling`), since writing through it would create a file somewhere the
 * user did not name.
 */
export async function resolveTarget(named: string): Promise<{ real: string; dangling: boolean }> {
  try {
    return { real: await fs.realpath(named), dangling: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  let isLink = false;
  try {
    isLink = (await fs.lstat(named)).isSymbolicLink();
  } catch {
    // nothing there: a new file
  }
  if (isLink) return { real: path.resolve(named), dangling: true };
  // A new file: its folder's real path (the folder itself may be reached through a symlink).
  const dir = await fs.realpath(path.dirname(path.resolve(named)));
  return { real: path.join(dir, path.basename(named)), dangling: false };
}

export async function targetState(named: string): Promise<TargetState & { dangling: boolean }> {
  const { real, dangling } = await resolveTarget(named);
  return { named, real, dangling, before: dangling ? null : await snapshotFile(real) };
}

/** True when the file is byte for byte and inode for inode what the snapshot saw. */
export function sameSnapshot(a: FileSnapshot | null, b: FileSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;
}

// ---- temporary files: removed on every exit path ----

const pendingTemps = new Set<string>();
let handlersInstalled = false;

function removePendingSync(): void {
  for (const temp of pendingTemps) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
  }
  pendingTemps.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePendingSync();
  uninstallHandlers();
  // Die of the same signal, as the shell expects (exit status 128 + n).
  process.kill(process.pid, signal);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", onSignal);
  process.on("exit", removePendingSync);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.off("SIGHUP", onSignal);
  process.off("exit", removePendingSync);
}

function track(temp: string): void {
  pendingTemps.add(temp);
  installHandlers();
}

async function untrack(temp: string, remove: boolean): Promise<void> {
  if (remove) await fs.rm(temp, { force: true }).catch(() => undefined);
  pendingTemps.delete(temp);
  if (pendingTemps.size === 0) uninstallHandlers();
}

/** Temporary files dvht has not yet renamed or removed (for tests). */
export function pendingTemporaryFiles(): string[] {
  return [...pendingTemps];
}

export const TEMP_SUFFIX = ".dvht-tmp";

function tempName(real: string): string {
  const rand = Math.random().toString(36).slice(2, 8);
  return path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${rand}${TEMP_SUFFIX}`);
}

export interface WriteHooks {
  /** Called after the temporary file is on disk and before the target is checked and replaced (tests). */
  beforeCommit?: () => Promise<void> | void;
}

/**
 * Replace `state.real` with `bytes`. Throws ConcurrentChangeError (after keeping dvht's bytes beside the
 * target) when the target is no longer what `state.before` saw. Node's fs errors are passed on.
 */
export async function writeAtomically(state: TargetState, bytes: Uint8Array, hooks: WriteHooks = {}): Promise<void> {
  const temp = tempName(state.real);
  track(temp);
  let committed = false;
  try {
    const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, state.before ? 0o600 : 0o666);
    try {
      await handle.writeFile(bytes);
      if (state.before) {
        // The original's permissions: a 0600 personnel file stays private, a 0444 file stays read-only.
        await handle.chmod(state.before.mode & 0o7777);
        await handle.chown(state.before.uid, state.before.gid).catch(() => undefined); // allowed only to root / the group's members
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeCommit?.();
    const now = await snapshotFile(state.real);
    if (!sameSnapshot(state.before, now)) {
      const keptAs = await keepBeside(temp, state.real);
      committed = true;
      throw new ConcurrentChangeError(state.named, keptAs);
    }
    await fs.rename(temp, state.real);
    committed = true;
    await syncFolder(path.dirname(state.real));
  } finally {
    await untrack(temp, !committed);
  }
}

/** The first free "<name> (bản dvht N).<ext>" beside `real`; the temporary file is moved there without replacing anything. */
async function keepBeside(temp: string, real: string): Promise<string> {
  const parsed = path.parse(real);
  for (let n = 1; ; n++) {
    const candidate = path.join(parsed.dir, `${parsed.name} (bản dvht${n > 1 ? ` ${n}` : ""})${parsed.ext}`);
    try {
      // link() fails when the name is taken: nothing is ever replaced.
      await fs.link(temp, candidate);
      await fs.rm(temp, { force: true });
      return candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") {
        // A file system without hard links: copy without replacing.
        try {
          await fs.copyFile(temp, candidate, constants.COPYFILE_EXCL);
          await fs.rm(temp, { force: true });
          return candidate;
        } catch (copyError) {
          if ((copyError as NodeJS.ErrnoException).code === "EEXIST") continue;
          throw copyError;
        }
      }
      throw error;
    }
  }
}

/** Make the rename itself durable; some systems cannot fsync a folder, which is not an error here. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
