import type { StackViewport, Types } from '@cornerstonejs/core';
import type { Affine } from './affine.js';
import type { RenderBackend } from './chooseRenderBackend.js';
import { worldToCss } from './devicePixels.js';

/**
 * Where each rendering path puts the image data's origin within the first pixel. The GPU path follows DICOM
 * (Image Position is the centre of the first pixel); Cornerstone's CPU path maps world to canvas through the
 * legacy pixel coordinates of cornerstone-core, in which the origin is the first pixel's top-left corner,
 * and draws the image accordingly. Measured: without this the CPU path's masks sit half a pixel off.
 */
const ORIGIN_IN_FIRST_PIXEL: Record<RenderBackend, number> = { gpu: 0.5, cpu: 0 };

/**
 * The map from source pixel coordinates (corner of the top-left pixel at 0, 0) to the viewport canvas (CSS
 * pixels, at any devicePixelRatio: see devicePixels.ts), from the geometry the viewport renders (its image
 * data's origin, spacing and direction) and its camera, so that zoom, pan, flips and rotation are all included.
 */
export function getImageToCanvasTransform(viewport: StackViewport, backend: RenderBackend): Affine | undefined {
  const imageData = viewport.getImageData() as Types.IImageData | Types.CPUIImageData | undefined;
  if (!imageData) return undefined;
  const { origin, spacing, direction } = imageData;
  const shift = ORIGIN_IN_FIRST_PIXEL[backend];
  const toWorld = (x: number, y: number): Types.Point3 => {
    const u = (x - shift) * spacing[0];
    const v = (y - shift) * spacing[1];
    return [
      origin[0] + direction[0] * u + direction[3] * v,
      origin[1] + direction[1] * u + direction[4] * v,
      origin[2] + direction[2] * u + direction[5] * v,
    ];
  };
  const p0 = worldToCss(viewport, toWorld(0, 0));
  const px = worldToCss(viewport, toWorld(1, 0));
  const py = worldToCss(viewport, toWorld(0, 1));
  return { a: px[0] - p0[0], b: px[1] - p0[1], c: py[0] - p0[0], d: py[1] - p0[1], e: p0[0], f: p0[1] };
}
