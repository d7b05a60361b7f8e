import { readFileSync } from 'node:fs';
import { parseDicom } from 'dicom-parser';

/** A greyscale frame in modality units (Rescale Slope/Intercept applied), as the test expects to see it. */
export interface GreyFrame {
  columns: number;
  rows: number;
  photometricInterpretation: string;
  values: Float64Array;
}

/**
 * Reads one frame of an uncompressed little-endian greyscale file with dicom-parser, independently of the
 * viewer's loader, so the tests can compute what the screen must show.
 */
export function readGreyPixels(path: string, frame = 0): GreyFrame {
  const dataSet = parseDicom(new Uint8Array(readFileSync(path)));
  const columns = dataSet.uint16('x00280011')!;
  const rows = dataSet.uint16('x00280010')!;
  const bitsAllocated = dataSet.uint16('x00280100')!;
  const bitsStored = dataSet.uint16('x00280101') ?? bitsAllocated;
  const signed = dataSet.uint16('x00280103') === 1;
  const slope = dataSet.floatString('x00281053') ?? 1;
  const intercept = dataSet.floatString('x00281052') ?? 0;
  const element = dataSet.elements['x7fe00010']!;
  const bytes = dataSet.byteArray;
  const view = new DataView(bytes.buffer, bytes.byteOffset + element.dataOffset, element.length);
  const size = bitsAllocated / 8;
  const start = frame * columns * rows * size;
  const values = new Float64Array(columns * rows);
  for (let i = 0; i < values.length; i++) {
    let stored = size === 2 ? view.getUint16(start + i * 2, true) : view.getUint8(start + i);
    stored &= (1 << bitsStored) - 1;
    if (signed && stored & (1 << (bitsStored - 1))) stored -= 1 << bitsStored;
    values[i] = stored * slope + intercept;
  }
  return { columns, rows, photometricInterpretation: dataSet.string('x00280004') ?? '', values };
}

/**
 * The grey level (0–255) the LINEAR VOI function gives a modality value (PS3.3 C.11.2.1.2.1), inverted for
 * MONOCHROME1.
 */
export function expectedLevel(value: number, window: { center: number; width: number }, monochrome1: boolean): number {
  const { center: c, width: w } = window;
  const level = Math.round(Math.min(1, Math.max(0, (value - (c - 0.5)) / (w - 1) + 0.5)) * 255);
  return monochrome1 ? 255 - level : level;
}
