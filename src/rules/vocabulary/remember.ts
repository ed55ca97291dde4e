/**
 * A function of a cell's text remembered per distinct text: for values a sheet repeats on every row
 * (titles, certificate kinds, yes/no, positions), folded and matched once. The memory is dropped when it
 * reaches `limit` entries, so a column of unique texts keeps it bounded (and gains nothing from it: do
 * not wrap functions of names).
 */
export function rememberedPerText<T>(fn: (text: string) => T, limit = 10_000): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    const known = memory.get(text);
    if (known !== undefined || memory.has(text)) return known as T;
    const out = fn(text);
    if (memory.size >= limit) memory.clear();
    memory.set(text, out);
    return out;
  };
}
