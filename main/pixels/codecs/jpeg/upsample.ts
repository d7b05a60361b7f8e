import { PixelDataError } from '../../pixelDataError.js';
import type { ComponentPlane } from './componentPlane.js';

/**
 * Chroma upsampling as libjpeg 6b does it by default ("fancy" upsampling, which dcmdjpeg does not switch off):
 * for 2:1 horizontal, and 2:1 in both directions, a triangle filter — each output sample weighs its own input
 * sample 3/4 and the nearer neighbour 1/4 — with libjpeg's rounding biases (+1/+2 for 2:1, +8/+7 for 2×2,
 * alternating so that errors do not accumulate); at the image edges the edge sample stands in for the missing
 * neighbour. Components narrower than three samples, and every other ratio, are replicated (box filter).
 * Returns a width × height plane without padding.
 */
export function upsamplePlane(plane: ComponentPlane, width: number, height: number): Uint16Array {
  const { hFactor, vFactor } = plane;
  if (hFactor === 1 && vFactor === 1) return cropPlane(plane, width, height);
  const fancy = plane.width > 2;
  if (fancy && hFactor === 2 && vFactor === 1) return fancyH2V1(plane, width, height);
  if (fancy && hFactor === 2 && vFactor === 2) return fancyH2V2(plane, width, height);
  return replicate(plane, width, height);
}

function cropPlane(plane: ComponentPlane, width: number, height: number): Uint16Array {
  if (plane.stride === width && plane.samples.length === width * height) return plane.samples;
  const out = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) out.set(plane.samples.subarray(y * plane.stride, y * plane.stride + width), y * width);
  return out;
}

function fancyH2V1(plane: ComponentPlane, width: number, height: number): Uint16Array {
  const out = new Uint16Array(width * height);
  const last = plane.width - 1;
  const s = plane.samples;
  for (let y = 0; y < height; y++) {
    const row = y * plane.stride;
    const o = y * width;
    for (let x = 0; x < width; x++) {
      const i = x >> 1;
      const here = 3 * s[row + i]!;
      out[o + x] = x & 1 ? (here + s[row + Math.min(i + 1, last)]! + 2) >> 2 : (here + s[row + Math.max(i - 1, 0)]! + 1) >> 2;
    }
  }
  return out;
}

function fancyH2V2(plane: ComponentPlane, width: number, height: number): Uint16Array {
  const out = new Uint16Array(width * height);
  const lastColumn = plane.width - 1;
  const lastRow = plane.height - 1;
  const s = plane.samples;
  const sums = new Int32Array(plane.width);
  for (let y = 0; y < height; y++) {
    const r = y >> 1;
    const near = y & 1 ? Math.min(r + 1, lastRow) : Math.max(r - 1, 0);
    const row = r * plane.stride;
    const nearRow = near * plane.stride;
    for (let c = 0; c <= lastColumn; c++) sums[c] = 3 * s[row + c]! + s[nearRow + c]!;
    const o = y * width;
    for (let x = 0; x < width; x++) {
      const c = x >> 1;
      const here = 3 * sums[c]!;
      out[o + x] = x & 1 ? (here + sums[Math.min(c + 1, lastColumn)]! + 7) >> 4 : (here + sums[Math.max(c - 1, 0)]! + 8) >> 4;
    }
  }
  return out;
}

function replicate(plane: ComponentPlane, width: number, height: number): Uint16Array {
  const { hFactor, vFactor } = plane;
  if (!Number.isInteger(hFactor) || !Number.isInteger(vFactor)) {
    throw new PixelDataError('unsupported', `JPEG: fractional chroma sampling (${hFactor}×${vFactor}) is not supported`);
  }
  const out = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / vFactor) * plane.stride;
    const o = y * width;
    for (let x = 0; x < width; x++) out[o + x] = plane.samples[row + Math.floor(x / hFactor)]!;
  }
  return out;
}
