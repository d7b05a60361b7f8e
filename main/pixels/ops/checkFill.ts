import type { DecodedFrame } from '../decodedFrame.js';
import type { SampleFill } from './displayExtremes.js';
import { PixelOpError } from './pixelOpError.js';
import { storedRange } from './storedRange.js';

/** Throws unless `fill` has one value per sample and each is a value the frame can store. */
export function checkFill(frame: DecodedFrame, fill: SampleFill): void {
  if (fill.length !== frame.samplesPerPixel) {
    throw new PixelOpError('invalid-argument', `frame ${frame.index + 1} has ${frame.samplesPerPixel} samples per pixel but the fill has ${fill.length} values`);
  }
  if (frame.sampleFormat !== 'integer') {
    if (fill.some((v) => typeof v !== 'number' || Number.isNaN(v))) throw new PixelOpError('invalid-argument', `fill ${fill.join('\\')} is not a number`);
    return;
  }
  const { min, max } = storedRange(frame);
  for (const v of fill) {
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new PixelOpError('invalid-argument', `fill value ${v} is not a stored value of frame ${frame.index + 1} (${min}…${max})`);
    }
  }
}
