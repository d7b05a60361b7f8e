import type { DecodedFrame } from '../decodedFrame.js';
import { PixelOpError } from './pixelOpError.js';
import type { PaletteColorLut } from './readPaletteColorLut.js';
import { storedRange } from './storedRange.js';

/** One value per sample of a pixel (1 for monochrome and palette, 3 for colour), as stored values. */
export type SampleFill = readonly number[];

/** What besides the frame decides how a stored value displays. */
export interface DisplayContext {
  /** The palette of a PALETTE COLOR image (readPaletteColorLut). */
  readonly palette?: PaletteColorLut;
}

/**
 * The stored value that displays darkest: what a mask is burned with, so that a masked region reads as
 * "nothing here" under any window (PS3.3 C.7.6.3.1.2 for the photometric interpretations):
 * - MONOCHROME1 (minimum displays white): the largest value Bits Stored and signedness allow;
 * - MONOCHROME2: the smallest such value;
 * - RGB: the smallest value in each sample (0, 0, 0 for unsigned data);
 * - YBR_FULL (and YBR_ICT/YBR_RCT frames a codec left untransformed): Y at its smallest, Cb = Cr = 2^(bits−1),
 *   the neutral chroma; YBR_PARTIAL_*: Y = 16 · 2^(bits−8), the black of the partial range;
 * - PALETTE COLOR: the stored value whose palette entry has the lowest luminance (ITU-R BT.601 weights,
 *   0.299 R + 0.587 G + 0.114 B, the weights PS3.3 uses for YBR_FULL); ties take the lowest value;
 * - float samples (Float / Double Float Pixel Data, PS3.3 C.7.6.24) have no stored range, so the smallest
 *   finite value of this frame (the largest for MONOCHROME1).
 * It assumes the usual increasing Modality LUT (Rescale Slope > 0); a VOI LUT cannot make a masked region show
 * content because every masked pixel gets the same value.
 */
export function maskFillValue(frame: DecodedFrame, context: DisplayContext = {}): SampleFill {
  return extremeValue(frame, context, 'darkest');
}

/**
 * The stored value that displays brightest (the mirror of maskFillValue): what overlays are burned with, so that
 * burned-in graphics stand out as a viewer shows them, to be reviewed and masked like burned-in text.
 */
export function overlayFillValue(frame: DecodedFrame, context: DisplayContext = {}): SampleFill {
  return extremeValue(frame, context, 'brightest');
}

type Extreme = 'darkest' | 'brightest';

function extremeValue(frame: DecodedFrame, context: DisplayContext, extreme: Extreme): SampleFill {
  const photometric = frame.photometric;
  const low = extreme === 'darkest';
  if (frame.sampleFormat !== 'integer') {
    if (frame.samplesPerPixel !== 1) throw unsupported(frame, 'colour float samples');
    const smallest = photometric === 'MONOCHROME1' ? !low : low;
    return [finiteExtreme(frame, smallest)];
  }
  const range = storedRange(frame);
  const bits = frame.bitsStored;
  switch (photometric) {
    case 'MONOCHROME1':
      return [low ? range.max : range.min];
    case 'MONOCHROME2':
      return [low ? range.min : range.max];
    case 'RGB':
      return low ? [range.min, range.min, range.min] : [range.max, range.max, range.max];
    case 'YBR_FULL':
    case 'YBR_FULL_422':
    case 'YBR_ICT':
    case 'YBR_RCT': {
      const mid = 2 ** (bits - 1);
      return [low ? range.min : range.max, mid, mid];
    }
    case 'YBR_PARTIAL_422':
    case 'YBR_PARTIAL_420': {
      // ITU-R BT.601 studio range: Y from 16 to 235 at 8 bits, scaled for wider samples.
      if (bits < 8) throw unsupported(frame, `${photometric} with ${bits} bits stored`);
      const scale = 2 ** (bits - 8);
      return [(low ? 16 : 235) * scale, 128 * scale, 128 * scale];
    }
    case 'PALETTE COLOR':
      return [paletteExtreme(frame, context.palette, extreme)];
    default:
      throw unsupported(frame, `Photometric Interpretation ${photometric}`);
  }
}

function finiteExtreme(frame: DecodedFrame, smallest: boolean): number {
  let best = smallest ? Infinity : -Infinity;
  const samples = frame.samples;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]!;
    if (Number.isFinite(v) && (smallest ? v < best : v > best)) best = v;
  }
  if (!Number.isFinite(best)) {
    throw new PixelOpError('unsupported', `frame ${frame.index + 1} has no finite sample, so no displayed extreme to burn with`);
  }
  return best;
}

function paletteExtreme(frame: DecodedFrame, palette: PaletteColorLut | undefined, extreme: Extreme): number {
  if (!palette) throw new PixelOpError('invalid-argument', `frame ${frame.index + 1} is PALETTE COLOR but no palette was given (readPaletteColorLut)`);
  const range = storedRange(frame);
  const last = palette.entries - 1;
  // Stored values outside the table show its first or last entry, so only entries some stored value reaches count.
  const from = Math.min(last, Math.max(0, range.min - palette.firstMapped));
  const to = Math.min(last, Math.max(0, range.max - palette.firstMapped));
  let best = from;
  let bestLuminance = extreme === 'darkest' ? Infinity : -Infinity;
  for (let i = from; i <= to; i++) {
    const y = 0.299 * palette.red[i]! + 0.587 * palette.green[i]! + 0.114 * palette.blue[i]!;
    if (extreme === 'darkest' ? y < bestLuminance : y > bestLuminance) {
      best = i;
      bestLuminance = y;
    }
  }
  return Math.min(range.max, Math.max(range.min, best + palette.firstMapped));
}

const unsupported = (frame: DecodedFrame, what: string): PixelOpError =>
  new PixelOpError('unsupported', `frame ${frame.index + 1}: no darkest or brightest displayed value is defined for ${what}`);
