import type { DecodedFrame } from '../decodedFrame.js';
import { checkFill } from './checkFill.js';
import type { SampleFill } from './displayExtremes.js';
import { PixelOpError } from './pixelOpError.js';

/**
 * A copy of the frame in which every pixel that `coverage` marks (rasterizeShapes: one byte per pixel, non-zero
 * = covered) has all its samples set to `fill` (maskFillValue), and every other sample is exactly as it was.
 */
export function burnMask(frame: DecodedFrame, coverage: Uint8Array, fill: SampleFill): DecodedFrame {
  const pixels = frame.rows * frame.columns;
  if (coverage.length !== pixels) {
    throw new PixelOpError('invalid-argument', `the mask has ${coverage.length} pixels but frame ${frame.index + 1} has ${frame.columns}×${frame.rows}`);
  }
  checkFill(frame, fill);
  const samples = frame.samples.slice();
  const spp = frame.samplesPerPixel;
  if (spp === 1) {
    const value = fill[0]!;
    for (let p = 0; p < pixels; p++) if (coverage[p] !== 0) samples[p] = value;
  } else {
    for (let p = 0; p < pixels; p++) {
      if (coverage[p] === 0) continue;
      for (let s = 0; s < spp; s++) samples[p * spp + s] = fill[s]!;
    }
  }
  return { ...frame, samples };
}
