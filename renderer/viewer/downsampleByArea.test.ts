import { describe, expect, test } from 'vitest';
import { downsampleByArea, reducedLength } from './downsampleByArea.js';

describe('downsampleByArea', () => {
  test('an integer factor averages whole blocks', () => {
    // 4 × 2 grey image reduced by 2: two output pixels, each the mean of a 2 × 2 block.
    const out = downsampleByArea([0, 2, 10, 20, 4, 6, 30, 40], 4, 2, 1, 2);
    expect(out).toMatchObject({ columns: 2, rows: 1, components: 1 });
    expect([...out.data]).toEqual([3, 25]);
  });

  test('a fractional factor weights partly covered pixels by their overlap', () => {
    // Three pixels into two: the middle pixel is split evenly between the outputs (footprint 1.5 pixels).
    const out = downsampleByArea([0, 30, 60], 3, 1, 1, 1.5);
    expect(out.columns).toBe(2);
    expect(out.data[0]).toBeCloseTo((0 * 1 + 30 * 0.5) / 1.5, 5);
    expect(out.data[1]).toBeCloseTo((30 * 0.5 + 60 * 1) / 1.5, 5);
  });

  test('colour components are averaged separately and the mean of the image is kept', () => {
    const rgb = [255, 0, 0, 0, 0, 255, 255, 0, 0, 0, 0, 255];
    const out = downsampleByArea(rgb, 2, 2, 3, 2);
    expect([...out.data]).toEqual([127.5, 0, 127.5]);
  });

  test('sizes never drop below one pixel, and factors below one are refused', () => {
    expect(reducedLength(3, 8)).toBe(1);
    expect(reducedLength(512, 3)).toBe(170);
    expect(() => downsampleByArea([1], 1, 1, 1, 0.5)).toThrow(RangeError);
  });
});
