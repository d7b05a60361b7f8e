import { describe, expect, it } from 'vitest';
import { createSampleArray, type DecodedFrame, type FrameLayout } from '../decodedFrame.js';
import { burnMask } from './burnMask.js';
import { maskFillValue } from './displayExtremes.js';
import { rasterizeShapes } from './rasterizeShapes.js';

function frameOf(values: readonly number[], overrides: Partial<FrameLayout> = {}): DecodedFrame {
  const layout: FrameLayout = {
    rows: 2, columns: 3, samplesPerPixel: 1, bitsAllocated: 16, bitsStored: 12, pixelRepresentation: 0,
    sampleFormat: 'integer', photometric: 'MONOCHROME2', ...overrides,
  };
  const samples = createSampleArray(layout, values.length);
  samples.set(values);
  return { ...layout, index: 0, samples };
}

describe('burnMask', () => {
  it('sets covered pixels to the fill and leaves every other sample exactly as it was', () => {
    const frame = frameOf([1, 2, 3, 4, 5, 6]);
    const out = burnMask(frame, Uint8Array.of(0, 1, 0, 0, 1, 1), maskFillValue(frame));
    expect(Array.from(out.samples)).toEqual([1, 0, 3, 4, 0, 0]);
    expect(Array.from(frame.samples)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(out.samples).toBeInstanceOf(Uint16Array);
  });

  it('fills every sample of a colour pixel', () => {
    const frame = frameOf([10, 20, 30, 40, 50, 60], { rows: 1, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, bitsStored: 8, photometric: 'YBR_FULL' });
    const out = burnMask(frame, Uint8Array.of(0, 1), maskFillValue(frame));
    expect(Array.from(out.samples)).toEqual([10, 20, 30, 0, 128, 128]);
  });

  it('burns MONOCHROME1 with its largest value and signed data with its smallest', () => {
    const inverted = frameOf([5, 5, 5, 5, 5, 5], { photometric: 'MONOCHROME1', bitsStored: 10 });
    expect(Array.from(burnMask(inverted, Uint8Array.of(1, 0, 0, 0, 0, 0), maskFillValue(inverted)).samples)).toEqual([1023, 5, 5, 5, 5, 5]);
    const signed = frameOf([5, 5, 5, 5, 5, 5], { pixelRepresentation: 1, bitsStored: 16 });
    expect(Array.from(burnMask(signed, Uint8Array.of(0, 0, 0, 0, 0, 1), maskFillValue(signed)).samples)).toEqual([5, 5, 5, 5, 5, -32768]);
  });

  it('works with coverage from rasterizeShapes', () => {
    const frame = frameOf(Array.from({ length: 16 }, (_, i) => 100 + i), { rows: 4, columns: 4 });
    const coverage = rasterizeShapes([{ type: 'rectangle', x: 1, y: 1, width: 2, height: 2, category: 'face' }], 4, 4);
    const out = burnMask(frame, coverage, [0]);
    expect(Array.from(out.samples)).toEqual([100, 101, 102, 103, 104, 0, 0, 107, 108, 0, 0, 111, 112, 113, 114, 115]);
  });

  it('refuses a mask of another size and fills the frame cannot store', () => {
    const frame = frameOf([1, 2, 3, 4, 5, 6]);
    expect(() => burnMask(frame, new Uint8Array(5), [0])).toThrow(/the mask has 5 pixels but frame 1 has 3×2/);
    expect(() => burnMask(frame, new Uint8Array(6), [4096])).toThrow(/fill value 4096 is not a stored value of frame 1 \(0…4095\)/);
    expect(() => burnMask(frame, new Uint8Array(6), [0.5])).toThrow(/fill value 0.5/);
    expect(() => burnMask(frame, new Uint8Array(6), [0, 0, 0])).toThrow(/1 samples per pixel but the fill has 3 values/);
  });

});
