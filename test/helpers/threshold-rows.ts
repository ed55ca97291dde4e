/**
 * Table rows for a share with two thresholds, at, just below and just above each, over N members: the
 * level each count must give. The thresholds are written in the test from the regulation's text.
 */
export const N = 1000; // 0,1% steps: 899/1000 is just below 90%, 901/1000 just above.

export type Row = [article: string, indicator: string, meeting: number, level: 0 | 1 | 2];

export function shareRows(l1: string, l2: string, id: string, t1: number, t2: number): Row[] {
  const at = (pct: number) => (pct * N) / 100;
  return [
    [`${l1}: ${id} just below ${t1}%`, id, at(t1) - 1, 0],
    [`${l1}: ${id} at ${t1}%`, id, at(t1), 1],
    [`${l1}: ${id} just above ${t1}%`, id, at(t1) + 1, 1],
    [`${l2}: ${id} just below ${t2}%`, id, at(t2) - 1, 1],
    [`${l2}: ${id} at ${t2}%`, id, at(t2), 2],
    [`${l2}: ${id} just above ${t2}%`, id, at(t2) + 1, 2],
  ];
}
