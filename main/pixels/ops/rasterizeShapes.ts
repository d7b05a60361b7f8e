import type { MaskShape } from './maskShape.js';
import { PixelOpError } from './pixelOpError.js';
import { visitShapeSpans } from './shapeSpans.js';
import { checkImageSize, validateShape } from './validateShape.js';

/**
 * The coverage of a set of shapes on a rows × columns image: one byte per pixel in row-major order, 1 where
 * any shape covers the pixel's centre (see visitShapeSpans for the boundary and winding rules). Every shape is
 * validated first, so a plan error fails before any pixel changes; the PixelOpError names the shape by its
 * 1-based position ("shape 2: ellipse (face): …").
 */
export function rasterizeShapes(shapes: readonly MaskShape[], rows: number, columns: number): Uint8Array {
  checkImageSize(rows, columns);
  shapes.forEach((shape, index) => {
    const problem = validateShape(shape, rows, columns);
    if (problem) throw new PixelOpError('invalid-argument', `shape ${index + 1}: ${problem}`);
  });
  const coverage = new Uint8Array(rows * columns);
  for (const shape of shapes) {
    visitShapeSpans(shape, rows, columns, (row, first, last) => {
      coverage.fill(1, row * columns + first, row * columns + last + 1);
    });
  }
  return coverage;
}
