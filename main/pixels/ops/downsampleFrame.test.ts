import { describe, expect, it } from 'vitest';
import { createSampleArray, type DecodedFrame, type FrameLayout } from '../decodedFrame.js';
import { divideRoundHalfEven, downsampleFrame } from './downsampleFrame.js';
import { outputSizeFor } from './outputSizeFor.js';

const layout = (overrides: Partial<FrameLayout> = {}): FrameLayout => ({
  rows: 2, columns: 2, samplesPerPixel: 1, bitsAllocated: 16, bitsStored: 16, pixelRepresentation: 0,
  sampleFormat: 'integer', photometric: 'MONOCHROME2', ...overrides,
});

function frameOf(values: readonly number[], overrides: Partial<FrameLayout> = {}): DecodedFrame {
  const l = layout(overrides);
  const samples = createSampleArray(l, values.length);
  samples.set(values);
  return { ...l, index: 0, samples };
}

/**
 * Area-weighted mean computed the slow way, with exact rational arithmetic (BigInt): the area each source pixel
 * shares with an output pixel's footprint, summed, then rounded half to even. Independent of areaWeights.
 */
function referenceMean(frame: DecodedFrame, outRows: number, outColumns: number, j: number, k: number, s: number): number {
  const { rows, columns, samplesPerPixel: spp } = frame;
  let numerator = 0n;
  // In units of 1/(outColumns·outRows) of a source pixel area: overlap along x times overlap along y.
  for (let r = 0; r < rows; r++) {
    const oy = Math.max(0, Math.min((r + 1) * outRows, (k + 1) * rows) - Math.max(r * outRows, k * rows));
    if (oy === 0) continue;
    for (let c = 0; c < columns; c++) {
      const ox = Math.max(0, Math.min((c + 1) * outColumns, (j + 1) * columns) - Math.max(c * outColumns, j * columns));
      if (ox === 0) continue;
      numerator += BigInt(ox) * BigInt(oy) * BigInt(frame.samples[(r * columns + c) * spp + s]!);
    }
  }
  const denominator = BigInt(rows) * BigInt(columns);
  let q = numerator / denominator;
  let rem = numerator % denominator;
  if (rem < 0n) {
    q -= 1n;
    rem += denominator;
  }
  if (rem * 2n > denominator || (rem * 2n === denominator && q % 2n !== 0n)) q += 1n;
  return Number(q);
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('downsampleFrame', () => {
  it('gives exactly the 2 × 2 mean at scale 0.5, rounding halves to even', () => {
    // Blocks: 1,2,2,2 → 1.75 → 2; 1,2,1,2 → 1.5 → 2; 2,3,2,3 → 2.5 → 2; 10,10,10,11 → 10.25 → 10.
    const frame = frameOf([1, 2, 1, 2, 2, 3, 10, 10, 2, 2, 1, 2, 2, 3, 10, 11].slice(0, 16), { rows: 4, columns: 4 });
    const out = downsampleFrame(frame, 2, 2);
    const expected = [0, 1].flatMap((k) => [0, 1].map((j) => referenceMean(frame, 2, 2, j, k, 0)));
    expect(Array.from(out.samples)).toEqual(expected);
    expect(out.rows).toBe(2);
    expect(out.columns).toBe(2);
    expect(out.samples).toBeInstanceOf(Uint16Array);
  });

  it('rounds ties to even on both sides of zero for signed data', () => {
    const frame = frameOf([-1, -2, -3, -2, 1, 2, 3, 2], { rows: 1, columns: 8, pixelRepresentation: 1 });
    // Means of pairs: -1.5 → -2, -2.5 → -2, 1.5 → 2, 2.5 → 2.
    expect(Array.from(downsampleFrame(frame, 1, 4).samples)).toEqual([-2, -2, 2, 2]);
    expect(divideRoundHalfEven(-5, 2)).toBe(-2);
    expect(divideRoundHalfEven(-7, 2)).toBe(-4);
    expect(divideRoundHalfEven(7, 2)).toBe(4);
    expect(divideRoundHalfEven(-7, 3)).toBe(-2);
    expect(divideRoundHalfEven(2 ** 52 + 1, 2)).toBe(2 ** 51);
  });

  it('weights partial source pixels by area for odd sizes (5 → 2 columns: footprints of 2.5 pixels)', () => {
    const frame = frameOf([10, 20, 30, 40, 50], { rows: 1, columns: 5 });
    // (10 + 20 + 0.5·30) / 2.5 = 18 and (0.5·30 + 40 + 50) / 2.5 = 42.
    expect(Array.from(downsampleFrame(frame, 1, 2).samples)).toEqual([18, 42]);
  });

  it('agrees with an exact area-weighted reference on random images of awkward sizes', () => {
    const next = random(3);
    for (let n = 0; n < 30; n++) {
      const rows = 1 + Math.floor(next() * 23);
      const columns = 1 + Math.floor(next() * 29);
      const spp = next() < 0.3 ? 3 : 1;
      const signed = next() < 0.5;
      const bits = next() < 0.5 ? 12 : 16;
      const values = Array.from({ length: rows * columns * spp }, () => {
        const v = Math.floor(next() * 2 ** bits);
        return signed ? v - 2 ** (bits - 1) : v;
      });
      const photometric = spp === 3 ? 'RGB' : 'MONOCHROME2';
      const frame = frameOf(values, { rows, columns, samplesPerPixel: spp, pixelRepresentation: signed ? 1 : 0, bitsStored: bits, photometric });
      const outRows = 1 + Math.floor(next() * rows);
      const outColumns = 1 + Math.floor(next() * columns);
      const out = downsampleFrame(frame, outRows, outColumns);
      for (let k = 0; k < outRows; k++) {
        for (let j = 0; j < outColumns; j++) {
          for (let s = 0; s < spp; s++) {
            expect(out.samples[(k * outColumns + j) * spp + s], `case ${n}: ${columns}×${rows} → ${outColumns}×${outRows} at ${j},${k}`).toBe(
              referenceMean(frame, outRows, outColumns, j, k, s),
            );
          }
        }
      }
    }
  });

  it('averages colour per sample', () => {
    const frame = frameOf([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255], { rows: 2, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, bitsStored: 8, photometric: 'RGB' });
    // Sums 510, 510, 510 over 4 pixels: 127.5 → 128 (even).
    expect(Array.from(downsampleFrame(frame, 1, 1).samples)).toEqual([128, 128, 128]);
  });

  it('keeps extreme values in the stored range (no clamping needed: a mean of stored values)', () => {
    const max = frameOf(new Array(9).fill(65535), { rows: 3, columns: 3 });
    expect(Array.from(downsampleFrame(max, 2, 2).samples)).toEqual([65535, 65535, 65535, 65535]);
    const min = frameOf(new Array(9).fill(-32768), { rows: 3, columns: 3, pixelRepresentation: 1 });
    expect(Array.from(downsampleFrame(min, 2, 2).samples)).toEqual([-32768, -32768, -32768, -32768]);
  });

  it('takes a majority vote for 1-bit data, ties to 0', () => {
    const frame = frameOf([1, 1, 1, 0, 1, 0, 0, 0], { rows: 2, columns: 4, bitsAllocated: 1, bitsStored: 1 });
    // Left block 1,1,1,0 → 0.75 → 1; right block 1,0,0,0 → 0.25 → 0.
    expect(Array.from(downsampleFrame(frame, 1, 2).samples)).toEqual([1, 0]);
    const tie = frameOf([1, 0, 1, 0], { rows: 2, columns: 2, bitsAllocated: 1, bitsStored: 1 });
    expect(Array.from(downsampleFrame(tie, 1, 1).samples)).toEqual([0]);
  });

  it('leaves float means unrounded', () => {
    const frame = frameOf([0.5, 1.25, -2, 0.25], { sampleFormat: 'float64', bitsAllocated: 64, bitsStored: 64 });
    expect(Array.from(downsampleFrame(frame, 1, 1).samples)).toEqual([0]);
    const f32 = frameOf([1, 2, 2, 2], { sampleFormat: 'float32', bitsAllocated: 32, bitsStored: 32 });
    const out = downsampleFrame(f32, 1, 1);
    expect(out.samples).toBeInstanceOf(Float32Array);
    expect(out.samples[0]).toBe(1.75);
  });

  it('copies the frame when the size does not change, and refuses to enlarge', () => {
    const frame = frameOf([1, 2, 3, 4]);
    const same = downsampleFrame(frame, 2, 2);
    expect(Array.from(same.samples)).toEqual([1, 2, 3, 4]);
    expect(same.samples).not.toBe(frame.samples);
    expect(() => downsampleFrame(frame, 3, 2)).toThrow(/cannot be reduced to 2×3, which is larger/);
    expect(() => downsampleFrame(frame, 0, 1)).toThrow(/not a positive whole number/);
    expect(() => downsampleFrame(frame, 1.5, 1)).toThrow(/not a positive whole number/);
  });

  it('does not change its input', () => {
    const frame = frameOf([4, 8, 15, 16, 23, 42], { rows: 2, columns: 3 });
    downsampleFrame(frame, 1, 2);
    expect(Array.from(frame.samples)).toEqual([4, 8, 15, 16, 23, 42]);
  });

});

describe('outputSizeFor', () => {
  it('scales each side and rounds halves up, never below one pixel', () => {
    expect(outputSizeFor(512, 512, { scale: 0.5 })).toEqual({ rows: 256, columns: 256 });
    expect(outputSizeFor(512, 513, { scale: 0.5 })).toEqual({ rows: 256, columns: 257 });
    expect(outputSizeFor(3, 1000, { scale: 0.1 })).toEqual({ rows: 1, columns: 100 });
    expect(outputSizeFor(7, 7, { scale: 1 })).toEqual({ rows: 7, columns: 7 });
  });

  it('fits the longer side to maxDimension and never enlarges', () => {
    expect(outputSizeFor(2048, 1536, { maxDimension: 1024 })).toEqual({ rows: 1024, columns: 768 });
    expect(outputSizeFor(1000, 3000, { maxDimension: 1000 })).toEqual({ rows: 333, columns: 1000 });
    expect(outputSizeFor(512, 400, { maxDimension: 1024 })).toEqual({ rows: 512, columns: 400 });
    expect(outputSizeFor(512, 512, { maxDimension: 512 })).toEqual({ rows: 512, columns: 512 });
    expect(outputSizeFor(4000, 1, { maxDimension: 100 })).toEqual({ rows: 100, columns: 1 });
  });

  it.each([
    [{ scale: 0 }, /scale 0 is not in \(0, 1\]/],
    [{ scale: 1.5 }, /scale 1.5/],
    [{ scale: Number.NaN }, /scale NaN/],
    [{ maxDimension: 0 }, /maxDimension 0 is not a positive integer/],
    [{ maxDimension: 10.5 }, /maxDimension 10.5/],
  ])('refuses %o', (resolution, message) => {
    expect(() => outputSizeFor(10, 10, resolution)).toThrow(message);
  });
});
