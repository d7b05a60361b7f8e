/**
 * YCbCr to RGB as libjpeg 6b's decoder computes it (JFIF / CCIR 601 full-range equations, PS3.3 C.7.6.3.1.2
 * YBR_FULL), in 16-bit fixed point with libjpeg's rounding, so that results equal dcmdjpeg's:
 *   R = Y + 1.40200 (Cr − c),  G = Y − 0.34414 (Cb − c) − 0.71414 (Cr − c),  B = Y + 1.77200 (Cb − c)
 * with c = 2^(P−1), each result clamped to the sample range.
 */

const SCALE_BITS = 16;
const ONE_HALF = 1 << (SCALE_BITS - 1);
const fix = (x: number): number => Math.floor(x * (1 << SCALE_BITS) + 0.5);

interface ColorTables {
  readonly crToR: Int32Array;
  readonly cbToB: Int32Array;
  readonly crToG: Int32Array;
  readonly cbToG: Int32Array;
  readonly max: number;
}

const cache = new Map<number, ColorTables>();

function tablesFor(precision: number): ColorTables {
  let tables = cache.get(precision);
  if (tables) return tables;
  const levels = 1 << precision;
  const center = levels >> 1;
  const crToR = new Int32Array(levels);
  const cbToB = new Int32Array(levels);
  const crToG = new Int32Array(levels);
  const cbToG = new Int32Array(levels);
  for (let i = 0; i < levels; i++) {
    const x = i - center;
    crToR[i] = (fix(1.402) * x + ONE_HALF) >> SCALE_BITS;
    cbToB[i] = (fix(1.772) * x + ONE_HALF) >> SCALE_BITS;
    crToG[i] = -fix(0.71414) * x;
    cbToG[i] = -fix(0.34414) * x + ONE_HALF;
  }
  tables = { crToR, cbToB, crToG, cbToG, max: levels - 1 };
  cache.set(precision, tables);
  return tables;
}

const clamp = (v: number, max: number): number => (v < 0 ? 0 : v > max ? max : v);

/** Converts three full-size planes to interleaved RGB in `out`. */
export function ycbcrToRgb(y: Uint16Array, cb: Uint16Array, cr: Uint16Array, precision: number, out: Uint16Array): void {
  const t = tablesFor(precision);
  const mask = t.max;
  for (let i = 0, o = 0; i < y.length; i++, o += 3) {
    const luma = y[i]!;
    const b = cb[i]! & mask;
    const r = cr[i]! & mask;
    out[o] = clamp(luma + t.crToR[r]!, t.max);
    out[o + 1] = clamp(luma + ((t.cbToG[b]! + t.crToG[r]!) >> SCALE_BITS), t.max);
    out[o + 2] = clamp(luma + t.cbToB[b]!, t.max);
  }
}

/** Interleaves planes without changing values (no colour conversion). */
export function interleaveComponents(planes: readonly Uint16Array[], out: Uint16Array): void {
  const n = planes.length;
  for (let c = 0; c < n; c++) {
    const plane = planes[c]!;
    for (let i = 0, o = c; i < plane.length; i++, o += n) out[o] = plane[i]!;
  }
}
