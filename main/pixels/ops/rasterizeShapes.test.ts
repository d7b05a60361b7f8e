import { describe, expect, it } from 'vitest';
import type { MaskShape as PlanMaskShape } from '../../plan/plan.js';
import type { MaskShape } from './maskShape.js';
import { PixelOpError } from './pixelOpError.js';
import { rasterizeShapes } from './rasterizeShapes.js';
import { validateShape } from './validateShape.js';

/** Covered (column, row) pairs of a coverage raster, for readable expectations. */
const coveredCells = (coverage: Uint8Array, columns: number): [number, number][] => {
  const out: [number, number][] = [];
  coverage.forEach((v, i) => v && out.push([i % columns, Math.floor(i / columns)]));
  return out;
};

const columnsOfRow = (coverage: Uint8Array, columns: number, row: number): number[] =>
  coveredCells(coverage, columns).filter(([, r]) => r === row).map(([c]) => c);

/** Non-zero winding number of point (x, y) for a closed polygon: an independent reference for the scanline fill. */
function windingNumber(points: readonly (readonly [number, number])[], x: number, y: number): number {
  let winding = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    const side = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
    if (y0 <= y && y1 > y && side > 0) winding++;
    else if (y1 <= y && y0 > y && side < 0) winding--;
  }
  return winding;
}

/** A small deterministic generator, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('rasterizeShapes: rectangles', () => {
  it('covers columns 10…39 for x = 10, width = 30 (half-open at the right and bottom)', () => {
    const coverage = rasterizeShapes([{ type: 'rectangle', x: 10, y: 2, width: 30, height: 3, category: 'face' }], 8, 50);
    expect(columnsOfRow(coverage, 50, 2)).toEqual(Array.from({ length: 30 }, (_, i) => 10 + i));
    expect(coveredCells(coverage, 50).map(([, r]) => r).filter((r, i, a) => a.indexOf(r) === i)).toEqual([2, 3, 4]);
  });

  it('decides fractional edges by pixel centres', () => {
    // Centres 10.5 … : x = 10.5 includes column 10 (centre on the left edge), x + width = 12.5 excludes column 12.
    const coverage = rasterizeShapes([{ type: 'rectangle', x: 10.5, y: 0.4, width: 2, height: 0.2, category: 'other' }], 2, 20);
    expect(coveredCells(coverage, 20)).toEqual([[10, 0], [11, 0]]);
  });

  it('lets rectangles that share an edge neither overlap nor leave a gap', () => {
    const left = rasterizeShapes([{ type: 'rectangle', x: 0, y: 0, width: 7.3, height: 4, category: 'face' }], 4, 16);
    const right = rasterizeShapes([{ type: 'rectangle', x: 7.3, y: 0, width: 8.7, height: 4, category: 'face' }], 4, 16);
    for (let i = 0; i < left.length; i++) expect(left[i]! + right[i]!).toBe(1);
  });

  it('clips shapes that reach beyond the image', () => {
    const coverage = rasterizeShapes([{ type: 'rectangle', x: -5, y: -5, width: 8, height: 7, category: 'burned-in-text' }], 4, 4);
    expect(coveredCells(coverage, 4)).toEqual([[0, 0], [1, 0], [2, 0], [0, 1], [1, 1], [2, 1]]);
  });

  it('covers the same pixels as a polygon drawn along its outline', () => {
    const rectangle = rasterizeShapes([{ type: 'rectangle', x: 3.2, y: 1.7, width: 9.1, height: 5.6, category: 'face' }], 12, 16);
    const polygon = rasterizeShapes(
      [{ type: 'polygon', points: [[3.2, 1.7], [12.3, 1.7], [12.3, 7.3], [3.2, 7.3]], category: 'face' }],
      12,
      16,
    );
    expect(Array.from(polygon)).toEqual(Array.from(rectangle));
  });
});

describe('rasterizeShapes: ellipses', () => {
  it('includes centres on the curve (closed boundary)', () => {
    // Circle of radius 1 around the centre of pixel (5, 5): the four neighbours' centres lie exactly on it.
    const coverage = rasterizeShapes([{ type: 'ellipse', cx: 5.5, cy: 5.5, rx: 1, ry: 1, category: 'iris' }], 11, 11);
    expect(coveredCells(coverage, 11)).toEqual([[5, 4], [4, 5], [5, 5], [6, 5], [5, 6]]);
  });

  it('matches a direct point-in-ellipse test on every pixel centre, and clips at the border', () => {
    const next = random(7);
    for (let n = 0; n < 40; n++) {
      const shape = { type: 'ellipse', cx: next() * 40 - 5, cy: next() * 30 - 5, rx: 0.5 + next() * 20, ry: 0.5 + next() * 15, category: 'face' } as const;
      if (validateShape(shape, 24, 32)) continue;
      const coverage = rasterizeShapes([shape], 24, 32);
      for (let r = 0; r < 24; r++) {
        for (let c = 0; c < 32; c++) {
          const dx = (c + 0.5 - shape.cx) / shape.rx;
          const dy = (r + 0.5 - shape.cy) / shape.ry;
          const inside = dx * dx + dy * dy <= 1 + 1e-12;
          const onCurve = Math.abs(dx * dx + dy * dy - 1) < 1e-9;
          if (!onCurve) expect(coverage[r * 32 + c], `ellipse ${n} at ${c},${r}`).toBe(inside ? 1 : 0);
        }
      }
    }
  });
});

describe('rasterizeShapes: polygons (non-zero winding)', () => {
  it('masks the overlap of a freehand loop that crosses itself, where even-odd would leave a hole', () => {
    // A loop drawn round the square twice, as a hand closing a lasso with overlap: winding number 2 inside.
    const square = [[1, 1], [7, 1], [7, 7], [1, 7]] as const;
    const coverage = rasterizeShapes([{ type: 'polygon', points: [...square, ...square], category: 'tattoo' }], 8, 8);
    for (let r = 1; r < 7; r++) expect(columnsOfRow(coverage, 8, r)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(windingNumber([...square, ...square], 4, 4)).toBe(2);
  });

  it('covers both lobes of a figure eight', () => {
    // The lobes wind in opposite directions (+1 and −1): both are inside under non-zero winding.
    const points = [[0, 0], [8, 0], [0, 8], [8, 8]] as const;
    const coverage = rasterizeShapes([{ type: 'polygon', points, category: 'other' }], 8, 8);
    expect(windingNumber(points, 4.5, 1.5)).toBe(-windingNumber(points, 4.5, 6.5));
    expect(coverage[4 * 8 + 0]).toBe(0); // left of the crossing: outside both lobes
    expect(coverage[1 * 8 + 4]).toBe(1); // top lobe
    expect(coverage[6 * 8 + 4]).toBe(1); // bottom lobe
  });

  it('matches a winding-number test on every pixel centre for random self-intersecting polygons', () => {
    const next = random(42);
    let checked = 0;
    for (let n = 0; n < 60; n++) {
      const points = Array.from({ length: 3 + Math.floor(next() * 12) }, () => [next() * 44 - 6, next() * 36 - 6] as [number, number]);
      const shape: MaskShape = { type: 'polygon', points, category: 'face' };
      if (validateShape(shape, 30, 40)) continue;
      const coverage = rasterizeShapes([shape], 30, 40);
      for (let r = 0; r < 30; r++) {
        for (let c = 0; c < 40; c++) {
          const expected = windingNumber(points, c + 0.5, r + 0.5) !== 0 ? 1 : 0;
          expect(coverage[r * 40 + c], `polygon ${n} at ${c},${r}`).toBe(expected);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30 * 40 * 20);
  });

  it('unions several shapes', () => {
    const coverage = rasterizeShapes(
      [
        { type: 'rectangle', x: 0, y: 0, width: 2, height: 1, category: 'face' },
        { type: 'polygon', points: [[3, 0], [4, 0], [4, 1]], category: 'face' },
        { type: 'ellipse', cx: 1, cy: 1, rx: 0.75, ry: 0.75, category: 'face' },
      ],
      2,
      5,
    );
    expect(coveredCells(coverage, 5)).toEqual([[0, 0], [1, 0], [3, 0], [0, 1], [1, 1]]);
  });
});

describe('validateShape', () => {
  const rect = (extra: Partial<Record<'x' | 'y' | 'width' | 'height', number>>): MaskShape => ({
    type: 'rectangle', x: 1, y: 1, width: 2, height: 2, category: 'face', ...extra,
  });

  it('accepts a shape that masks at least one pixel', () => {
    expect(validateShape(rect({}), 10, 10)).toBeUndefined();
  });

  it.each([
    ['a non-finite number', rect({ x: Number.NaN }), /rectangle \(face\): x is NaN, not a finite number/],
    ['an infinite size', rect({ width: Infinity }), /width is Infinity/],
    ['a negative width', rect({ width: -3 }), /width is -3; it must be greater than 0/],
    ['a zero height', rect({ height: 0 }), /height is 0/],
    ['a zero radius', { type: 'ellipse', cx: 2, cy: 2, rx: 0, ry: 1, category: 'iris' } as MaskShape, /ellipse \(iris\): rx is 0/],
    ['two polygon points', { type: 'polygon', points: [[0, 0], [3, 3]], category: 'palm' } as MaskShape, /polygon \(palm\): it has 2 points; a polygon needs at least 3/],
    ['a point that is not a pair', { type: 'polygon', points: [[0, 0], [3, 3], [1] as unknown as [number, number]], category: 'palm' } as MaskShape, /point 3 is not an \[x, y\] pair/],
    ['a shape entirely outside', rect({ x: 10, width: 5 }), /lies entirely outside the 10×10 image \(x 10…15, y 1…3\)/],
    ['a shape above the image', rect({ y: -4, height: 4 }), /entirely outside/],
    ['a shape between pixel centres', rect({ x: 2.6, width: 0.5 }), /covers no pixel centre of the 10×10 image/],
    ['an unknown category', { ...rect({}), category: 'nose' } as unknown as MaskShape, /category is not one of face, tattoo/],
    ['an unknown type', { type: 'circle', category: 'face' } as unknown as MaskShape, /type is not rectangle, ellipse or polygon/],
  ])('explains %s', (_name, shape, message) => {
    expect(validateShape(shape, 10, 10)).toMatch(message);
  });

  it('makes rasterizeShapes throw naming the shape by position, before any pixel is set', () => {
    const shapes: MaskShape[] = [rect({}), rect({ width: -1 })];
    expect(() => rasterizeShapes(shapes, 10, 10)).toThrow(PixelOpError);
    expect(() => rasterizeShapes(shapes, 10, 10)).toThrow(/^shape 2: rectangle \(face\): width is -1/);
  });

  it('refuses an image without pixels', () => {
    expect(() => rasterizeShapes([], 0, 10)).toThrow(/0 rows cannot be masked/);
  });

  it('uses the shapes of the plan file unchanged', () => {
    const fromPlan: PlanMaskShape = { type: 'polygon', points: [[0, 0], [4, 0], [0, 4]], category: 'dental' };
    const asOps: MaskShape = fromPlan;
    const back: PlanMaskShape = asOps;
    expect(rasterizeShapes([back], 4, 4).reduce((a, b) => a + b, 0)).toBe(6);
  });
});

