import { describe, expect, it } from 'vitest';
import type { FrameLayout } from '../decodedFrame.js';
import { decodeRle, encodeRle } from './rle.js';

const layout = (bitsAllocated: number, samplesPerPixel: 1 | 3, rows = 1, columns = 6, signed = false): FrameLayout => ({
  rows,
  columns,
  samplesPerPixel,
  bitsAllocated,
  bitsStored: bitsAllocated,
  pixelRepresentation: signed ? 1 : 0,
  sampleFormat: 'integer',
  photometric: samplesPerPixel === 3 ? 'RGB' : 'MONOCHROME2',
});

/** An RLE fragment from segments (PS3.5 G.4: header with segment count and offsets, then the segments). */
function fragment(...segments: number[][]): Uint8Array {
  const header = new DataView(new ArrayBuffer(64));
  header.setUint32(0, segments.length, true);
  let at = 64;
  segments.forEach((s, i) => {
    header.setUint32(4 + 4 * i, at, true);
    at += s.length;
  });
  return Uint8Array.from([...new Uint8Array(header.buffer), ...segments.flat()]);
}

describe('RLE Lossless (PS3.5 Annex G)', () => {
  it('decodes literal runs, replicate runs and the no-op header', () => {
    // 2 literal bytes (header 1), −128 no-op, 4 × 7 (header −3 = 253).
    const data = fragment([1, 5, 6, 128, 253, 7]);
    expect(Array.from(decodeRle(data, layout(8, 1), 0))).toEqual([5, 6, 7, 7, 7, 7]);
  });

  it('puts the most significant byte segment first and sample segments in order', () => {
    const data = fragment([1, 0x12, 0xab], [1, 0x34, 0xcd]);
    expect(Array.from(decodeRle(data, layout(16, 1, 1, 2), 0))).toEqual([0x1234, 0xabcd]);
    const signed = decodeRle(data, layout(16, 1, 1, 2, true), 0);
    expect(Array.from(signed)).toEqual([0x1234, 0xabcd - 0x10000]);
  });

  it('encodes rows separately and round-trips 32-bit signed colour', () => {
    const l = layout(32, 3, 3, 5, true);
    const samples = Int32Array.from({ length: 45 }, (_, i) => (i % 7 === 0 ? -2147483648 : i * 104729 - 2000000));
    expect(Array.from(decodeRle(encodeRle(samples, l), l, 0))).toEqual(Array.from(samples));
  });

  it('compresses runs', () => {
    const l = layout(8, 1, 4, 200);
    expect(encodeRle(new Uint8Array(800).fill(9), l).length).toBeLessThan(64 + 4 * 4 + 2);
  });

  it('rejects a wrong segment count, a bad offset and a short segment', () => {
    expect(() => decodeRle(fragment([1, 5, 6]), layout(16, 1, 1, 2), 0)).toThrow(/declares 1 segments but .* need 2/);
    const bad = fragment([1, 5, 6]);
    new DataView(bad.buffer).setUint32(4, 9999, true);
    expect(() => decodeRle(bad, layout(8, 1, 1, 2), 0)).toThrow(/segment 1 has offset 9999/);
    expect(() => decodeRle(fragment([1, 5, 6]), layout(8, 1), 0)).toThrow(/segment 1 decodes to 2 bytes but the frame needs 6/);
    expect(() => decodeRle(new Uint8Array(10), layout(8, 1), 0)).toThrow(/64-byte header/);
  });
});
