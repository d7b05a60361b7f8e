import type { StackViewport, Types } from '@cornerstonejs/core';
import type { Point } from './affine.js';

/**
 * Canvas backing stores and CSS pixels. A canvas shows its backing store stretched over its CSS box, so it is
 * sharp only when the store has one pixel per device pixel: CSS size × devicePixelRatio (2 on a 4K screen at
 * 200 %, 1.5 at 150 %). Everything the viewer reports or takes (imageToCanvas, the camera, pointer positions,
 * the SVG mask layer) is in CSS pixels; only drawing into a canvas is in device pixels.
 */

/** Sizes `canvas`'s backing store to its CSS box in device pixels, as Cornerstone's GPU path does; whether it changed. */
export function sizeCanvasToDevicePixels(canvas: HTMLCanvasElement): boolean {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(canvas.clientWidth * ratio);
  const height = Math.round(canvas.clientHeight * ratio);
  if (width < 1 || height < 1 || (canvas.width === width && canvas.height === height)) return false;
  canvas.width = width;
  canvas.height = height;
  return true;
}

/**
 * CSS pixels per unit of Cornerstone's canvas coordinates (worldToCanvas, canvasToWorld), along x and y.
 * Cornerstone 5 derives those coordinates from backing-store pixels by dividing by devicePixelRatio on both
 * rendering paths, which yields CSS pixels only while the store is exactly CSS size × ratio. Its CPU path sizes
 * its canvas in CSS pixels instead (on enable and on resize), so at 200 % its coordinates came out half size,
 * and whole-pixel rounding of the store puts them a fraction off at ratios like 1.25. Measuring the canvas
 * makes the map exact whatever size the store has.
 */
function cssPerCanvasUnit(canvas: HTMLCanvasElement): Point {
  const ratio = window.devicePixelRatio || 1;
  return [
    canvas.width > 0 && canvas.clientWidth > 0 ? (canvas.clientWidth * ratio) / canvas.width : 1,
    canvas.height > 0 && canvas.clientHeight > 0 ? (canvas.clientHeight * ratio) / canvas.height : 1,
  ];
}

/** Where a world point is shown, in CSS pixels from the viewport canvas's top-left corner. */
export function worldToCss(viewport: StackViewport, world: Types.Point3): Point {
  const [x, y] = viewport.worldToCanvas(world);
  const [sx, sy] = cssPerCanvasUnit(viewport.canvas);
  return [x * sx, y * sy];
}

/** The world point shown at a CSS pixel position of the viewport canvas. */
export function cssToWorld(viewport: StackViewport, [x, y]: Point): Types.Point3 {
  const [sx, sy] = cssPerCanvasUnit(viewport.canvas);
  return viewport.canvasToWorld([x / sx, y / sy]);
}
