import { MASK_CATEGORIES, type MaskShape } from './maskShape.js';
import { PixelOpError } from './pixelOpError.js';
import { visitShapeSpans } from './shapeSpans.js';

const CATEGORIES: ReadonlySet<string> = new Set(MASK_CATEGORIES);

/** Throws unless an image size is usable as a raster (rows and columns are positive integers). */
export function checkImageSize(rows: number, columns: number): void {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
    throw new PixelOpError('invalid-argument', `an image of ${columns} columns × ${rows} rows cannot be masked`);
  }
}

/** Signals the first problem found; caught inside validateShape only. */
class ShapeProblem {
  constructor(readonly why: string) {}
}

/**
 * Why a shape cannot be applied to a rows × columns image, or undefined when it can. The reason starts with the
 * shape's kind and category ("rectangle (face): width is -3; it must be greater than 0") so that a caller can
 * prefix where the shape came from (plan entry, shape number). Problems: a value that is not a finite number, a
 * size that is not positive, a polygon of fewer than 3 points, an unknown type or category, and a shape that
 * masks nothing because it lies outside the image or between pixel centres. A mask that masks nothing is a plan
 * error, never a silent no-op: the operator meant to hide something. An image size that is not positive whole
 * pixels is the caller's error and throws PixelOpError.
 */
export function validateShape(shape: MaskShape, rows: number, columns: number): string | undefined {
  checkImageSize(rows, columns);
  if (typeof shape !== 'object' || shape === null) return 'the shape is not an object';
  const name = `${typeof shape.type === 'string' ? shape.type : 'shape'} (${String(shape.category)})`;
  try {
    checkShape(shape, rows, columns);
    return undefined;
  } catch (problem) {
    if (problem instanceof ShapeProblem) return `${name}: ${problem.why}`;
    throw problem;
  }
}

function checkShape(shape: MaskShape, rows: number, columns: number): void {
  const fail = (why: string): never => {
    throw new ShapeProblem(why);
  };
  if (!CATEGORIES.has(shape.category)) fail(`the category is not one of ${MASK_CATEGORIES.join(', ')}`);
  const finite = (what: string, value: unknown): void => {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} is ${String(value)}, not a finite number`);
  };
  const positive = (what: string, value: number): void => {
    if (value <= 0) fail(`${what} is ${value}; it must be greater than 0`);
  };
  let bounds: { minX: number; minY: number; maxX: number; maxY: number };
  switch (shape.type) {
    case 'rectangle':
      for (const key of ['x', 'y', 'width', 'height'] as const) finite(key, shape[key]);
      positive('width', shape.width);
      positive('height', shape.height);
      bounds = { minX: shape.x, minY: shape.y, maxX: shape.x + shape.width, maxY: shape.y + shape.height };
      break;
    case 'ellipse':
      for (const key of ['cx', 'cy', 'rx', 'ry'] as const) finite(key, shape[key]);
      positive('rx', shape.rx);
      positive('ry', shape.ry);
      bounds = { minX: shape.cx - shape.rx, minY: shape.cy - shape.ry, maxX: shape.cx + shape.rx, maxY: shape.cy + shape.ry };
      break;
    case 'polygon': {
      if (!Array.isArray(shape.points) || shape.points.length < 3) {
        fail(`it has ${Array.isArray(shape.points) ? shape.points.length : 'no'} points; a polygon needs at least 3`);
      }
      const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
      shape.points.forEach((point, i) => {
        if (!Array.isArray(point) || point.length !== 2) fail(`point ${i + 1} is not an [x, y] pair`);
        finite(`point ${i + 1} x`, point[0]);
        finite(`point ${i + 1} y`, point[1]);
        box.minX = Math.min(box.minX, point[0]);
        box.maxX = Math.max(box.maxX, point[0]);
        box.minY = Math.min(box.minY, point[1]);
        box.maxY = Math.max(box.maxY, point[1]);
      });
      bounds = box;
      break;
    }
    default:
      return fail('the type is not rectangle, ellipse or polygon');
  }
  const extent = `x ${bounds.minX}…${bounds.maxX}, y ${bounds.minY}…${bounds.maxY}`;
  if (bounds.maxX <= 0 || bounds.maxY <= 0 || bounds.minX >= columns || bounds.minY >= rows) {
    fail(`it lies entirely outside the ${columns}×${rows} image (${extent})`);
  }
  let covers = false;
  visitShapeSpans(shape, rows, columns, () => {
    covers = true;
  });
  if (!covers) fail(`it covers no pixel centre of the ${columns}×${rows} image (${extent}); a pixel is masked when its centre lies inside`);
}
