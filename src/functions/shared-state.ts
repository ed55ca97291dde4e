/**
 * State the task pane and the custom functions share. They run in one JavaScript runtime (manifest:
 * SharedRuntime) but are separate bundles, so the value lives on globalThis, not in a module.
 */
import type { WorkbookMapping } from "../workbook/mapping";

const KEY = "__dvhtMapping";
type Holder = { [KEY]?: WorkbookMapping | null };

/** The “Ghép cột” mapping the task pane read from the workbook (null when none). */
export function sharedMapping(): WorkbookMapping | null {
  return (globalThis as Holder)[KEY] ?? null;
}

export function setSharedMapping(mapping: WorkbookMapping | null): void {
  (globalThis as Holder)[KEY] = mapping;
}
