import { findElement } from '../dicom/dataset.js';
import { readDicomFile } from '../dicom/readDicomFile.js';
import { numberValues } from '../dicom/values.js';
import { openPixelData, type DecodedFrame } from '../pixels/index.js';
import { downsampleFrame, readPaletteColorLut } from '../pixels/ops/index.js';
import { encodePng } from './pdf/png/encodePng.js';

const WINDOW_CENTER = 0x00281050;
const WINDOW_WIDTH = 0x00281051;
const RESCALE_INTERCEPT = 0x00281052;
const RESCALE_SLOPE = 0x00281053;

export interface Thumbnail {
  readonly width: number;
  readonly height: number;
  readonly png: Uint8Array;
}

/** Display values 0–255 of one frame: the file's first window (PS3.3 C.11.2.1.2) or the frame's range. */
function toDisplay(frame: DecodedFrame, dataset: Parameters<typeof findElement>[0], palette: ReturnType<typeof readPaletteColorLut> | undefined): { pixels: Uint8Array; samples: 1 | 3 } {
  const count = frame.rows * frame.columns;
  if (frame.photometric === 'PALETTE COLOR' && palette) {
    const out = new Uint8Array(count * 3);
    const shift = palette.bits > 8 ? palette.bits - 8 : 0;
    for (let i = 0; i < count; i++) {
      const entry = Math.max(0, Math.min(palette.entries - 1, frame.samples[i]! - palette.firstMapped));
      out[i * 3] = palette.red[entry]! >> shift;
      out[i * 3 + 1] = palette.green[entry]! >> shift;
      out[i * 3 + 2] = palette.blue[entry]! >> shift;
    }
    return { pixels: out, samples: 3 };
  }
  if (frame.samplesPerPixel === 3) {
    const shift = Math.max(0, frame.bitsStored - 8);
    const out = new Uint8Array(count * 3);
    for (let i = 0; i < count * 3; i++) out[i] = Math.max(0, Math.min(255, frame.samples[i]! >> shift));
    return { pixels: out, samples: 3 };
  }
  const first = (tag: number): number | undefined => {
    const element = findElement(dataset, tag);
    return element ? numberValues(element)[0] : undefined;
  };
  const slope = first(RESCALE_SLOPE) ?? 1;
  const intercept = first(RESCALE_INTERCEPT) ?? 0;
  let center = first(WINDOW_CENTER);
  let width = first(WINDOW_WIDTH);
  if (center === undefined || width === undefined || width <= 0) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < count; i++) {
      const v = frame.samples[i]! * slope + intercept;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    center = (min + max) / 2;
    width = Math.max(1, max - min);
  }
  const low = center - width / 2;
  const invert = frame.photometric === 'MONOCHROME1';
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const v = Math.round(((frame.samples[i]! * slope + intercept - low) / width) * 255);
    const clamped = Math.max(0, Math.min(255, v));
    out[i] = invert ? 255 - clamped : clamped;
  }
  return { pixels: out, samples: 1 };
}

/**
 * A small PNG of the first frame of a written (already de-identified and masked) object, for the assessment
 * sheet: never of a source, so no unmasked pixel reaches the sheet.
 */
export async function renderThumbnail(path: string, maxSide = 160): Promise<Thumbnail> {
  const object = readDicomFile(path);
  try {
    const frame = await openPixelData(object).decodeFrame(0);
    const palette = frame.photometric === 'PALETTE COLOR' ? readPaletteColorLut(object.dataset, object.source) : undefined;
    const display = toDisplay(frame, object.dataset, palette);
    const scale = Math.min(1, maxSide / Math.max(frame.rows, frame.columns));
    const rows = Math.max(1, Math.round(frame.rows * scale));
    const columns = Math.max(1, Math.round(frame.columns * scale));
    const small = downsampleFrame(
      {
        index: 0,
        rows: frame.rows,
        columns: frame.columns,
        samplesPerPixel: display.samples,
        bitsAllocated: 8,
        bitsStored: 8,
        pixelRepresentation: 0,
        sampleFormat: 'integer',
        photometric: display.samples === 3 ? 'RGB' : 'MONOCHROME2',
        samples: display.pixels,
      },
      rows,
      columns,
    );
    return { width: columns, height: rows, png: encodePng({ pixels: small.samples as Uint8Array, width: columns, height: rows, channels: display.samples }) };
  } finally {
    object.close();
  }
}
