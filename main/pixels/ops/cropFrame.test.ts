import { describe, expect, it } from 'vitest';
import { createSampleArray, type DecodedFrame, type FrameLayout } from '../decodedFrame.js';
import { cropFrame, validateCropRect } from './cropFrame.js';

function frameOf(values: readonly number[], overrides: Partial<FrameLayout> = {}): DecodedFrame {
  const layout: FrameLayout = {
    rows: 3, columns: 4, samplesPerPixel: 1, bitsAllocated: 8, bitsStored: 8, pixelRepresentation: 0,
    sampleFormat: 'integer', photometric: 'MONOCHROME2', ...overrides,
  };
  const samples = createSampleArray(layout, values.length);
  samples.set(values);
  return { ...layout, index: 2, samples };
}

describe('cropFrame', () => {
  it('keeps the rectangle’s pixels, row by row', () => {
    const frame = frameOf([0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23]);
    const out = cropFrame(frame, { x: 1, y: 1, width: 2, height: 2 });
    expect(out).toMatchObject({ rows: 2, columns: 2, index: 2, bitsStored: 8 });
    expect(Array.from(out.samples)).toEqual([11, 12, 21, 22]);
  });

  it('keeps all samples of colour pixels', () => {
    const frame = frameOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { rows: 2, columns: 2, samplesPerPixel: 3, photometric: 'RGB' });
    expect(Array.from(cropFrame(frame, { x: 1, y: 0, width: 1, height: 2 }).samples)).toEqual([4, 5, 6, 10, 11, 12]);
  });

  it('returns a copy for the whole image', () => {
    const frame = frameOf(Array.from({ length: 12 }, (_, i) => i));
    const out = cropFrame(frame, { x: 0, y: 0, width: 4, height: 3 });
    expect(Array.from(out.samples)).toEqual(Array.from(frame.samples));
    expect(out.samples).not.toBe(frame.samples);
  });

  it.each([
    [{ x: 0.5, y: 0, width: 1, height: 1 }, /x 0.5 is not a whole number of pixels/],
    [{ x: -1, y: 0, width: 1, height: 1 }, /must not be negative/],
    [{ x: 0, y: 0, width: 0, height: 1 }, /at least 1/],
    [{ x: 3, y: 0, width: 2, height: 1 }, /reaches beyond the 4×3 image \(to column 4, row 0\)/],
    [{ x: 0, y: 2, width: 1, height: 2 }, /reaches beyond/],
  ])('refuses %o', (rect, message) => {
    expect(() => validateCropRect(rect, 3, 4)).toThrow(message);
    expect(() => cropFrame(frameOf(new Array(12).fill(0)), rect)).toThrow(message);
  });
});
