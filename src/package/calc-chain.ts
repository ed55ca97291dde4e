/**
 * calcChain.xml lists the formula cells in the order Excel last calculated them; an entry for a cell that
 * no longer holds a formula makes Excel "repair" the file. When dvht rewrites its own sheets, their entries
 * go (Excel rebuilds the chain as it recalculates); every other entry stays as it was.
 */

/** The chain without the entries of the sheets whose sheetId is in `sheetIds`; null when none is left. */
export function withoutSheets(xml: string, sheetIds: Set<number>): string | null {
  let current: number | undefined;
  let kept = 0;
  let removed = 0;
  // An entry without i= belongs to the same sheet as the one before it, so it goes with it: the entries
  // left keep the sheet they had.
  const out = xml.replace(/<((?:[\w.-]+:)?)c\b([^>]*?)\/>/g, (whole, _p: string, attrs: string) => {
    const i = /\bi="(\d+)"/.exec(attrs)?.[1];
    if (i !== undefined) current = Number(i);
    if (current !== undefined && sheetIds.has(current)) {
      removed++;
      return "";
    }
    kept++;
    return whole;
  });
  if (removed === 0) return xml;
  return kept === 0 ? null : out;
}
