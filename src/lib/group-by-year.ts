/** Consecutive items of the same year, in the order given (sort newest first before grouping). */
export function groupByYear<T>(
  items: readonly T[],
  yearOf: (item: T) => number,
): Array<{ year: number; items: T[] }> {
  const groups: Array<{ year: number; items: T[] }> = [];
  for (const item of items) {
    const year = yearOf(item);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
