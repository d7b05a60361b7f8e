import { PixelOpError } from './pixelOpError.js';

/** A reduced resolution as the plan gives it: a scale factor, or the longest side in pixels. */
export type Resolution = { readonly scale: number } | { readonly maxDimension: number };

export interface ImageSize {
  readonly rows: number;
  readonly columns: number;
}

/**
 * The output size of a rows × columns image at a reduced resolution.
 * - `{ scale: s }` (0 < s ≤ 1): each side becomes max(1, round(side · s)), rounding halves up, so 513 columns
 *   at 0.5 give 257. Each axis then has its own exact ratio (513/257 here), which the geometry rewriter uses for
 *   the pixel spacing, so measurements stay right even when the ratio is not exactly 1/s.
 * - `{ maxDimension: n }` (integer ≥ 1): an image whose longer side is at most n is left as it is (never
 *   enlarged); otherwise the longer side becomes exactly n and the shorter max(1, round(side · n / longer)).
 */
export function outputSizeFor(rows: number, columns: number, resolution: Resolution): ImageSize {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
    throw new PixelOpError('invalid-argument', `an image of ${columns} columns × ${rows} rows has no output size`);
  }
  const scaled = (side: number, s: number): number => Math.max(1, Math.round(side * s));
  if ('scale' in resolution) {
    const s = resolution.scale;
    if (typeof s !== 'number' || !Number.isFinite(s) || s <= 0 || s > 1) {
      throw new PixelOpError('invalid-argument', `resolution scale ${String(s)} is not in (0, 1]`);
    }
    return { rows: scaled(rows, s), columns: scaled(columns, s) };
  }
  const n = resolution.maxDimension;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new PixelOpError('invalid-argument', `resolution maxDimension ${String(n)} is not a positive integer`);
  }
  const longer = Math.max(rows, columns);
  if (longer <= n) return { rows, columns };
  return rows >= columns ? { rows: n, columns: scaled(columns, n / rows) } : { rows: scaled(rows, n / columns), columns: n };
}
