import type { Affine } from './affine.js';
import type { ImageSize } from './snapGeometry.js';

/**
 * Sizes a layer canvas to its box at the device's pixel ratio and draws `bitmap` (any resolution) over the
 * image's full extent through the image-to-canvas transform; with no bitmap it only clears. `smooth` chooses
 * interpolated or blocky magnification.
 */
export function drawBitmapLayer(
  canvas: HTMLCanvasElement,
  bitmap: CanvasImageSource & { width: number; height: number } | undefined,
  transform: Affine | undefined,
  size: ImageSize | undefined,
  smooth: boolean,
): void {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  if (!bitmap || !transform || !size) return;
  const { a, b, c, d, e, f } = transform;
  context.setTransform(a * ratio, b * ratio, c * ratio, d * ratio, e * ratio, f * ratio);
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
