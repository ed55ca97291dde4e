/**
 * The integer a run of ASCII digits spells ("0042" → 42), or -1 for anything else (empty, a sign, a
 * point, an exponent, spaces, more than 15 digits). The worksheet reader's fast path before parseInt /
 * parseFloat, which cost more than the rest of a cell together: every value it returns is the one
 * they would (15 digits stay below 2^53, so the sum is exact).
 */
export function plainDigits(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
