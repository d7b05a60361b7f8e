import { expect, test } from 'vitest';
import { DEFAULT_PLAN } from '../../../main/plan/plan.js';
import { outputSizeFor, reductionOf, resolutionOfSeries } from './outputSize.js';

test('output sizes follow the engine: halves round up, a maximum never enlarges', () => {
  expect(outputSizeFor({ rows: 256, columns: 513 }, { scale: 0.5 })).toEqual({ rows: 128, columns: 257 });
  expect(outputSizeFor({ rows: 480, columns: 640 }, { maxDimension: 320 })).toEqual({ rows: 240, columns: 320 });
  expect(outputSizeFor({ rows: 480, columns: 640 }, { maxDimension: 1024 })).toEqual({ rows: 480, columns: 640 });
  expect(outputSizeFor({ rows: 3, columns: 3 }, { scale: 0.01 })).toEqual({ rows: 1, columns: 1 });
});

test('the reduction gives the preview factor and the new pixel spacing per axis', () => {
  expect(reductionOf({ rows: 256, columns: 256 }, { scale: 0.5 }, [0.9, 0.8])).toEqual({
    before: { rows: 256, columns: 256 },
    after: { rows: 128, columns: 128 },
    factor: 2,
    spacing: [1.8, 1.6],
  });
  expect(reductionOf({ rows: 256, columns: 256 }, { maxDimension: 512 })).toBeUndefined();
  expect(reductionOf({ rows: 256, columns: 256 }, undefined)).toBeUndefined();
});

test("a series' own resolution wins over the export's; scale 1 is full resolution", () => {
  const plan = { ...DEFAULT_PLAN, resolution: { scale: 1, series: [{ seriesInstanceUID: 'S', maxDimension: 64 }] } };
  expect(resolutionOfSeries(plan, 'S')).toEqual({ maxDimension: 64 });
  expect(resolutionOfSeries(plan, 'T')).toBeUndefined();
  expect(resolutionOfSeries({ ...DEFAULT_PLAN, resolution: { scale: 0.5 } }, 'T')).toEqual({ scale: 0.5 });
});
