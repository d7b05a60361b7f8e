import { describe, expect, test } from 'vitest';
import type { MaskPlan, SeriesView } from '../../../main/api/contract.js';
import type { Mask } from '../../viewer/index.js';
import { deviceMatches, ruleForImage } from './deviceMatches.js';
import { appliedCount, appliesTo, imageContextOf, maskIdOf, scopeOf, targetFor, visibleMasks, type ImageContext } from './maskTargets.js';
import { reconcileMasks, shapeOf } from './reconcileMasks.js';

const instance = (uid: string, frames = 1, extra: Partial<SeriesView['instances'][number]> = {}): SeriesView['instances'][number] => ({
  sopInstanceUid: uid,
  fileId: `f-${uid}`,
  instanceNumber: 1,
  frames,
  rows: 256,
  columns: 256,
  sopClass: 'CT Image Storage',
  hasPixelData: true,
  hasOverlays: false,
  flags: [],
  ...extra,
});

const series: SeriesView = {
  seriesInstanceUid: 'S',
  number: 1,
  modality: 'CT',
  description: '',
  bodyPart: 'HEAD',
  manufacturer: 'ACME Medical',
  model: 'Phantom 1',
  instances: [instance('A'), instance('B'), instance('C', 1, { refusal: 'private-sop-class' }), instance('D', 1, { hasPixelData: false })],
  flags: [],
};

const image: ImageContext = { ...imageContextOf(series, series.instances[0]!, 0) };
const rect = { type: 'rectangle', x: 4, y: 4, width: 150, height: 22, category: 'burned-in-text' } as const;

describe('device rules', () => {
  test('match as the engine does: modality exactly, make and model contained, size exactly', () => {
    const device = { modality: 'US', manufacturer: 'ACME Ultrasound', model: 'Sono 5', rows: 480, columns: 640 };
    expect(deviceMatches({ modality: ' us ', manufacturer: 'acme', model: 'sono', rows: 480, columns: 640 }, device)).toBe(true);
    expect(deviceMatches({ modality: 'USX' }, device)).toBe(false);
    expect(deviceMatches({ columns: 641 }, device)).toBe(false);
    expect(deviceMatches({ manufacturer: 'acme' }, { ...device, manufacturer: undefined })).toBe(false);
  });

  test('the rule for an image leaves out what it lacks', () => {
    expect(ruleForImage({ modality: 'CT', manufacturer: ' ', model: 'P1', rows: 256, columns: 256 })).toEqual({ modality: 'CT', model: 'P1', rows: 256, columns: 256 });
  });
});

describe('mask targets', () => {
  test('each scope targets what it says, and reads back as that scope', () => {
    const multi: ImageContext = { ...image, frames: 16, frame: 3 };
    expect(targetFor('frame', multi)).toEqual({ sopInstanceUID: 'A', frames: [3] });
    expect(targetFor('frame', image)).toEqual({ sopInstanceUID: 'A' });
    expect(targetFor('image', multi)).toEqual({ sopInstanceUID: 'A' });
    expect(targetFor('series', image)).toEqual({ seriesInstanceUID: 'S' });
    expect(targetFor('rule', image)).toEqual({ rule: { modality: 'CT', manufacturer: 'ACME Medical', model: 'Phantom 1', rows: 256, columns: 256 } });
    for (const scope of ['frame', 'image', 'series', 'rule'] as const) {
      expect(scopeOf({ ...targetFor(scope, multi), shapes: [rect] } as MaskPlan)).toBe(scope);
    }
  });

  test('frames limit where an instance mask shows', () => {
    const mask: MaskPlan = { sopInstanceUID: 'A', frames: [2], shapes: [rect] };
    expect(appliesTo(mask, { ...image, frame: 2 })).toBe(true);
    expect(appliesTo(mask, { ...image, frame: 1 })).toBe(false);
    expect(appliesTo({ seriesInstanceUID: 'S', shapes: [rect] }, image)).toBe(true);
    expect(appliesTo({ rule: { modality: 'CT', columns: 512 }, shapes: [rect] }, image)).toBe(false);
  });

  test('visible masks carry their plan position in the id', () => {
    const masks: MaskPlan[] = [
      { sopInstanceUID: 'B', shapes: [rect] },
      { seriesInstanceUID: 'S', shapes: [rect, { ...rect, x: 10 }] },
    ];
    expect(visibleMasks(masks, image).map((m) => m.id)).toEqual([maskIdOf(1, 0), maskIdOf(1, 1)]);
    expect(visibleMasks(masks, image)[1]!.input).toMatchObject({ type: 'rectangle', x: 10, id: 'plan-1-1' });
  });

  test('"applied to N of M" counts exported images with a mask on some frame', () => {
    expect(appliedCount([{ sopInstanceUID: 'B', frames: [0], shapes: [rect] }], series)).toEqual({ applied: 1, total: 2 });
    expect(appliedCount([{ seriesInstanceUID: 'S', shapes: [rect] }], series)).toEqual({ applied: 2, total: 2 });
    expect(appliedCount([], series)).toEqual({ applied: 0, total: 2 });
  });
});

describe('reconciling the viewer with the plan', () => {
  const planMasks: MaskPlan[] = [{ seriesInstanceUID: 'S', shapes: [rect, { ...rect, x: 40 }] }];
  const shown: Mask[] = visibleMasks(planMasks, image).map((m) => ({ ...(m.input as Mask), id: m.id }));

  test('a drawn mask becomes an entry with the chosen target, in the viewer\'s coordinates', () => {
    const drawn: Mask = { id: 'mask-7', type: 'ellipse', cx: 10.5, cy: 20, rx: 3, ry: 4, category: 'tattoo' };
    const result = reconcileMasks(planMasks, shown, [...shown, drawn], { sopInstanceUID: 'A' });
    expect(result?.change).toBe('add');
    expect(result?.masks[1]).toEqual({ sopInstanceUID: 'A', shapes: [{ type: 'ellipse', cx: 10.5, cy: 20, rx: 3, ry: 4, category: 'tattoo' }] });
  });

  test('a move edits the plan shape; a deletion removes it', () => {
    const moved = shown.map((m, i) => (i === 1 ? { ...m, x: 50 } : m)) as Mask[];
    expect(reconcileMasks(planMasks, shown, moved, { sopInstanceUID: 'A' })).toEqual({
      change: 'edit',
      masks: [{ seriesInstanceUID: 'S', shapes: [rect, { ...rect, x: 50 }] }],
    });
    const deleted = reconcileMasks(planMasks, shown, [shown[1]!], { sopInstanceUID: 'A' });
    expect(deleted).toEqual({ change: 'delete', masks: [{ seriesInstanceUID: 'S', shapes: [{ ...rect, x: 40 }] }] });
    expect(reconcileMasks(planMasks, shown, [], { sopInstanceUID: 'A' })?.masks).toEqual([]);
  });

  test('nothing changed is nothing to do', () => {
    expect(reconcileMasks(planMasks, shown, shown, { sopInstanceUID: 'A' })).toBeUndefined();
    expect(shapeOf({ id: 'x', type: 'polygon', points: [[1, 2], [3, 4], [5, 1]], category: 'other' })).toEqual({
      type: 'polygon',
      points: [[1, 2], [3, 4], [5, 1]],
      category: 'other',
    });
  });
});
