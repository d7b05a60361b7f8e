import { describe, expect, it } from 'vitest';
import { fitColumnWidths } from './columnWidths.js';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('fitColumnWidths', () => {
  it('shares the width by weight when every column is wide enough', () => {
    expect(fitColumnWidths(100, [1, 3], [10, 10])).toEqual([25, 75]);
  });

  it('raises a column to its longest word and takes the room from the others, by weight', () => {
    const widths = fitColumnWidths(100, [1, 1, 2], [40, 10, 10]);
    expect(widths[0]).toBe(40);
    expect(widths[1]).toBeCloseTo(20);
    expect(widths[2]).toBeCloseTo(40);
    expect(sum(widths)).toBeCloseTo(100);
  });

  it('falls back to the weights when even the minimums do not fit', () => {
    expect(fitColumnWidths(100, [1, 1], [80, 80])).toEqual([50, 50]);
  });
});
