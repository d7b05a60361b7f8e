import type { FrameLayout } from '../decodedFrame.js';
import { PixelOpError } from './pixelOpError.js';

/** The smallest and largest stored value of an integer layout. */
export interface StoredRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The range of stored values that Bits Stored and Pixel Representation allow (PS3.3 C.7.6.3.1.1): two's
 * complement when signed. Frames give these after decoding (a JPEG 2000 frame may report more bits than the
 * data set), so the frame's own layout is what counts.
 */
export function storedRange(layout: Pick<FrameLayout, 'bitsStored' | 'pixelRepresentation' | 'sampleFormat'>): StoredRange {
  if (layout.sampleFormat !== 'integer') {
    throw new PixelOpError('invalid-argument', `${layout.sampleFormat} samples have no stored range`);
  }
  const bits = layout.bitsStored;
  return layout.pixelRepresentation === 1 ? { min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1 } : { min: 0, max: 2 ** bits - 1 };
}
