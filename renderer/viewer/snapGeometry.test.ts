import { describe, expect, test } from 'vitest';
import { snapCrop, snapGeometry } from './snapGeometry.js';

const size = { columns: 100, rows: 80 };

describe('snapGeometry', () => {
  test('rectangles land on whole-pixel edges, normalised and clipped to the image', () => {
    expect(snapGeometry({ type: 'rectangle', x: 70.4, y: 30.6, width: -50.2, height: 20 }, size)).toEqual({
      type: 'rectangle',
      x: 20,
      y: 31,
      width: 50,
      height: 20,
    });
    expect(snapGeometry({ type: 'rectangle', x: 90, y: -5, width: 30, height: 10 }, size)).toEqual({
      type: 'rectangle',
      x: 90,
      y: 0,
      width: 10,
      height: 5,
    });
  });

  test('shapes that cover less than a pixel are dropped', () => {
    expect(snapGeometry({ type: 'rectangle', x: 5.2, y: 5, width: 0.2, height: 10 }, size)).toBeUndefined();
    expect(snapGeometry({ type: 'ellipse', cx: 5, cy: 5, rx: 0.2, ry: 4 }, size)).toBeUndefined();
    expect(snapGeometry({ type: 'polygon', points: [[1, 1], [5, 5], [9, 9]] }, size)).toBeUndefined();
  });

  test('ellipses and polygons keep half-pixel precision; repeated and closing points go', () => {
    expect(snapGeometry({ type: 'ellipse', cx: 40.3, cy: 20.8, rx: -10.2, ry: 6.26 }, size)).toEqual({
      type: 'ellipse',
      cx: 40.5,
      cy: 21,
      rx: 10,
      ry: 6.5,
    });
    expect(snapGeometry({ type: 'polygon', points: [[10.1, 10], [10.2, 10], [30, 10.4], [20, 30], [10, 10]] }, size)).toEqual({
      type: 'polygon',
      points: [[10, 10], [30, 10.5], [20, 30]],
    });
  });

  test('the crop is a whole-pixel rectangle', () => {
    expect(snapCrop({ x: 4.2, y: 3.7, width: 96.2, height: 106.9 }, { columns: 128, rows: 128 })).toEqual({
      x: 4,
      y: 4,
      width: 96,
      height: 107,
    });
  });
});
