import type { Affine } from './affine.js';
import { sizeCanvasToDevicePixels } from './devicePixels.js';
import type { ImageSize } from './snapGeometry.js';

/**
 * Sizes a layer canvas to its box in device pixels and draws `bitmap` (any resolution) over the image's full
 * extent through the image-to-canvas transform (CSS pixels); with no bitmap it only clears. `smooth` chooses
 * interpolated or blocky magnification.
 */
export function drawBitmapLayer(
  canvas: HTMLCanvasElement,
  bitmap: CanvasImageSource & { width: number; height: number } | undefined,
  transform: Affine | undefined,
  size: ImageSize | undefined,
  smooth: boolean,
): void {
  sizeCanvasToDevicePixels(canvas);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  if (!bitmap || !transform || !size || canvas.clientWidth === 0 || canvas.clientHeight === 0) return;
  // The store's own pixels per CSS pixel rather than devicePixelRatio, which its whole-pixel size rounds.
  const sx = canvas.width / canvas.clientWidth;
  const sy = canvas.height / canvas.clientHeight;
  const { a, b, c, d, e, f } = transform;
  context.setTransform(a * sx, b * sy, c * sx, d * sy, e * sx, f * sy);
  context.imageSmoothingEnabled = smooth;
  context.drawImage(bitmap, 0, 0, bitmap.width, bitmap.height, 0, 0, size.columns, size.rows);
}

/** A canvas holding RGBA pixels, used as the source of a layer. */
export function canvasFromPixels(width: number, height: number, fill: (data: Uint8ClampedArray) => void): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context) {
    const image = context.createImageData(width, height);
    fill(image.data);
    context.putImageData(image, 0, 0);
  }
  return canvas;
}
