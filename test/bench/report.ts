export interface Row {
  readonly what: string;
  readonly value: number;
  /** How the row compares with the first row of its table, as printed. */
  readonly ratio: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function printTable(title: string, rows: readonly Row[]): void {
  console.log(title);
  const width = Math.max(...rows.map((r) => r.what.length));
  for (const r of rows) console.log(`  ${r.what.padEnd(width)}  ${r.value.toFixed(3).padStart(9)}  ${r.ratio.padStart(7)}`);
  console.log('');
}
