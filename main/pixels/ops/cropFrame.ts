import { createSampleArray, type DecodedFrame } from '../decodedFrame.js';
import { PixelOpError } from './pixelOpError.js';

/** A crop in source pixels: the columns x … x + width − 1 of the rows y … y + height − 1. */
export interface CropRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Throws unless `rect` is a whole-pixel rectangle inside a rows × columns image with at least one pixel. Crops
 * are whole pixels because a fractional crop would resample, and resampling is the resolution step's job.
 */
export function validateCropRect(rect: CropRect, rows: number, columns: number): void {
  const fail = (why: string): never => {
    throw new PixelOpError('invalid-argument', `crop ${rect.x},${rect.y} ${rect.width}×${rect.height}: ${why}`);
  };
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    if (!Number.isInteger(rect[key])) fail(`${key} ${String(rect[key])} is not a whole number of pixels`);
  }
  if (rect.x < 0 || rect.y < 0) fail('x and y must not be negative');
  if (rect.width < 1 || rect.height < 1) fail('width and height must be at least 1');
  if (rect.x + rect.width > columns || rect.y + rect.height > rows) {
    fail(`reaches beyond the ${columns}×${rows} image (to column ${rect.x + rect.width - 1}, row ${rect.y + rect.height - 1})`);
  }
}

/** The part of a frame inside `rect` (validated first), as a new frame of rect.width × rect.height pixels. */
export function cropFrame(frame: DecodedFrame, rect: CropRect): DecodedFrame {
  validateCropRect(rect, frame.rows, frame.columns);
  const spp = frame.samplesPerPixel;
  const rowLength = rect.width * spp;
  const samples = createSampleArray(frame, rect.height * rowLength);
  for (let r = 0; r < rect.height; r++) {
    const from = ((rect.y + r) * frame.columns + rect.x) * spp;
    samples.set(frame.samples.subarray(from, from + rowLength), r * rowLength);
  }
  return { ...frame, rows: rect.height, columns: rect.width, samples };
}
