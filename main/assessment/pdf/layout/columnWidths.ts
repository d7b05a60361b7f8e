/**
 * Column widths that share `total` by weight, except that no column is narrower than its minimum (its longest
 * word), so that a header such as "Tyhjennetty" is not cut in two while a wide text column has room to spare.
 * Columns held at their minimum are fixed and the rest is shared again by weight. When even the minimums do
 * not fit, the weights alone decide and words are cut.
 */
export function fitColumnWidths(total: number, weights: readonly number[], minimums: readonly number[]): number[] {
  const share = (available: number, columns: readonly number[]): Map<number, number> => {
    const weight = columns.reduce((sum, i) => sum + weights[i]!, 0);
    return new Map(columns.map((i) => [i, (available * weights[i]!) / weight]));
  };
  if (minimums.reduce((a, b) => a + b, 0) > total) return [...share(total, weights.map((_, i) => i)).values()];
  const fixed = new Map<number, number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const available = total - [...fixed.values()].reduce((a, b) => a + b, 0);
    const shared = share(available, free);
    const short = free.filter((i) => shared.get(i)! < minimums[i]!);
    if (short.length === 0) return weights.map((_, i) => fixed.get(i) ?? shared.get(i)!);
    for (const i of short) fixed.set(i, minimums[i]!);
  }
}
