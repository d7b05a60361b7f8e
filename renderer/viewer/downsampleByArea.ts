/**
 * Reduces an image by `factor` with area averaging (a box filter over each output pixel's exact footprint,
 * fractional edges weighted by their overlap), the resampling that keeps the mean of every region and adds
 * no ringing. The output has max(1, floor(n / factor)) columns and rows, each output pixel covering n / out
 * source pixels, so the whole source contributes.
 */
export interface SampledImage {
  columns: number;
  rows: number;
  /** Interleaved samples, `components` per pixel. */
  components: number;
  data: Float32Array;
}

export const reducedLength = (length: number, factor: number): number => Math.max(1, Math.floor(length / factor));

interface Tap {
  index: number;
  weight: number;
}

/** For each output position along one axis, the source positions it averages and their weights (summing to 1). */
function axisTaps(sourceLength: number, outputLength: number): Tap[][] {
  const step = sourceLength / outputLength;
  return Array.from({ length: outputLength }, (_, o) => {
    const from = o * step;
    const to = from + step;
    const taps: Tap[] = [];
    for (let s = Math.floor(from); s < Math.min(sourceLength, Math.ceil(to)); s++) {
      const overlap = Math.min(to, s + 1) - Math.max(from, s);
      if (overlap > 1e-9) taps.push({ index: s, weight: overlap / step });
    }
    return taps;
  });
}

export function downsampleByArea(
  source: ArrayLike<number>,
  columns: number,
  rows: number,
  components: number,
  factor: number,
): SampledImage {
  if (!(factor >= 1)) throw new RangeError('the reduction factor must be at least 1');
  const outColumns = reducedLength(columns, factor);
  const outRows = reducedLength(rows, factor);
  const xTaps = axisTaps(columns, outColumns);
  const yTaps = axisTaps(rows, outRows);
  // Separable: average along rows first (rows × outColumns), then along columns.
  const horizontal = new Float32Array(rows * outColumns * components);
  for (let y = 0; y < rows; y++) {
    const rowStart = y * columns;
    for (let ox = 0; ox < outColumns; ox++) {
      const out = (y * outColumns + ox) * components;
      for (const { index, weight } of xTaps[ox]!) {
        const src = (rowStart + index) * components;
        for (let k = 0; k < components; k++) horizontal[out + k]! += (source[src + k] as number) * weight;
      }
    }
  }
  const data = new Float32Array(outRows * outColumns * components);
  for (let oy = 0; oy < outRows; oy++) {
    for (const { index, weight } of yTaps[oy]!) {
      const src = index * outColumns * components;
      const out = oy * outColumns * components;
      for (let i = 0; i < outColumns * components; i++) data[out + i]! += horizontal[src + i]! * weight;
    }
  }
  return { columns: outColumns, rows: outRows, components, data };
}
