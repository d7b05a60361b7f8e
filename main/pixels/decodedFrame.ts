import type { SampleFormat } from './imageInfo.js';

/** Typed arrays that hold a frame's samples; the type follows Bits Allocated, Pixel Representation and format. */
export type SampleArray = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** What a frame's samples mean: enough to interpret, re-encode, or write them (PS3.3 C.7.6.3). */
export interface FrameLayout {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: 1 | 3;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly pixelRepresentation: 0 | 1;
  readonly sampleFormat: SampleFormat;
  /**
   * The Photometric Interpretation of the decoded samples, which can differ from the data set's: native
   * YBR_FULL_422 is expanded to YBR_FULL, and a codec that converts colour (JPEG YCbCr, JPEG 2000 ICT/RCT)
   * yields RGB. The writer puts this value in (0028,0004).
   */
  readonly photometric: string;
}

/**
 * One decoded frame. Output convention of the pixel layer:
 * - samples are interleaved (colour-by-pixel, Planar Configuration 0) in row-major order, rows × columns ×
 *   samples per pixel values, whatever the source's planar configuration;
 * - integer samples are the stored values: the Bits Stored bits at High Bit (PS3.5 8.1.1), shifted down to bit 0
 *   and sign-extended when Pixel Representation is 1, in a typed array as wide as Bits Allocated (1-bit samples
 *   are one 0/1 value per Uint8Array element). Bits outside Bits Stored (such as retired overlays in the high
 *   bits, PS3.5 8.1.2) are not kept;
 * - float samples are Float32Array (Float Pixel Data) or Float64Array (Double Float Pixel Data).
 */
export interface DecodedFrame extends FrameLayout {
  /** 0-based frame number. */
  readonly index: number;
  readonly samples: SampleArray;
}

/** A zeroed sample array of the type the layout calls for. */
export function createSampleArray(layout: Omit<FrameLayout, 'photometric' | 'rows' | 'columns' | 'samplesPerPixel' | 'bitsStored'>, length: number): SampleArray {
  if (layout.sampleFormat === 'float32') return new Float32Array(length);
  if (layout.sampleFormat === 'float64') return new Float64Array(length);
  const signed = layout.pixelRepresentation === 1;
  if (layout.bitsAllocated <= 8) return signed ? new Int8Array(length) : new Uint8Array(length);
  if (layout.bitsAllocated <= 16) return signed ? new Int16Array(length) : new Uint16Array(length);
  return signed ? new Int32Array(length) : new Uint32Array(length);
}

/**
 * Copies stored sample words into `target` as values: `shift` drops bits below the stored bits (High Bit + 1 −
 * Bits Stored), then Bits Stored bits are kept and sign-extended for signed data. `source` holds raw words
 * (unsigned or signed, at most 32 bits).
 */
export function storeValues(
  target: SampleArray,
  source: ArrayLike<number>,
  bitsStored: number,
  signed: boolean,
  shift = 0,
): void {
  const n = Math.min(target.length, source.length);
  if (bitsStored >= 32) {
    for (let i = 0; i < n; i++) target[i] = source[i]! >>> shift;
    return;
  }
  const mask = 2 ** bitsStored - 1;
  if (signed) {
    const up = 32 - bitsStored;
    for (let i = 0; i < n; i++) target[i] = (((source[i]! >>> shift) & mask) << up) >> up;
  } else {
    for (let i = 0; i < n; i++) target[i] = (source[i]! >>> shift) & mask;
  }
}
