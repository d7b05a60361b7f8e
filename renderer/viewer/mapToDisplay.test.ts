import { expect, test } from 'vitest';
import { displayLevel, mapToDisplay } from './mapToDisplay.js';

const linear = { lower: 0, upper: 100, voiLutFunction: 'LINEAR' as const, inverted: false };

test('LINEAR maps the VOI range onto 0–255 and clips outside it; inversion mirrors it', () => {
  expect([-10, 0, 50, 100, 400].map((v) => displayLevel(v, linear))).toEqual([0, 0, 128, 255, 255]);
  expect(displayLevel(0, { ...linear, inverted: true })).toBe(255);
});

test('SIGMOID is centred on the window', () => {
  expect(displayLevel(50, { ...linear, voiLutFunction: 'SIGMOID' })).toBe(128);
  // At the window's edge the sigmoid is 1 / (1 + e^-2) of full scale (PS3.3 C.11.2.1.3.1).
  expect(displayLevel(100, { ...linear, voiLutFunction: 'SIGMOID' })).toBe(225);
});

test('grey and colour samples become opaque RGBA', () => {
  const target = new Uint8ClampedArray(8);
  mapToDisplay({ columns: 2, rows: 1, components: 1, data: Float32Array.of(0, 100) }, linear, target);
  expect([...target]).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  mapToDisplay({ columns: 1, rows: 1, components: 3, data: Float32Array.of(100, 0, 50) }, linear, target);
  expect([...target.subarray(0, 4)]).toEqual([255, 0, 128, 255]);
});
