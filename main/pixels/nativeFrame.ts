import { createSampleArray, storeValues, type SampleArray } from './decodedFrame.js';
import type { ImageInfo } from './imageInfo.js';
import { PixelDataError } from './pixelDataError.js';

/** Where one frame lies in a native (uncompressed) pixel data value. */
export interface NativeFrameRange {
  /** Byte offset from the start of the value. */
  readonly offset: number;
  readonly length: number;
  /** First bit of the frame in its first byte: 1-bit frames need not start on a byte (PS3.5 8.1.1). */
  readonly bitOffset: number;
}

/** YBR_FULL_422 stores two Y and one Cb, Cr per pair of pixels when native (PS3.3 C.7.6.3.1.2). */
export const isNativeSubsampled = (info: Pick<ImageInfo, 'photometric' | 'samplesPerPixel'>): boolean =>
  info.samplesPerPixel === 3 && info.photometric === 'YBR_FULL_422';

/** Stored samples in one native frame. */
function storedSamplesPerFrame(info: ImageInfo): number {
  return isNativeSubsampled(info) ? info.rows * info.columns * 2 : info.rows * info.columns * info.samplesPerPixel;
}

/** The byte range of a frame; frames are contiguous without padding (PS3.5 8.1.1, A.4 for the native case). */
export function nativeFrameRange(info: ImageInfo, frame: number): NativeFrameRange {
  const bits = storedSamplesPerFrame(info) * info.bitsAllocated;
  const startBit = frame * bits;
  const offset = Math.floor(startBit / 8);
  const bitOffset = startBit % 8;
  return { offset, length: Math.ceil((bitOffset + bits) / 8), bitOffset };
}

/**
 * How many bytes form one byte-order unit in the source: native values are in the transfer syntax's byte order;
 * OW words swap as 16-bit units even when they hold 8- or 1-bit samples (PS3.5 7.3, 8.1.1), OB never swaps,
 * wider samples swap at their own width. 32-bit samples in an OW value are taken as 32-bit big-endian values,
 * as pydicom reads them; dcmtk's dcmconv swaps them as words instead.
 */
export function byteOrderUnit(info: Pick<ImageInfo, 'bitsAllocated' | 'pixelData'>): 1 | 2 | 4 | 8 {
  if (info.bitsAllocated >= 64) return 8;
  if (info.bitsAllocated >= 32) return 4;
  if (info.bitsAllocated >= 16) return 2;
  return info.pixelData.vr === 'OW' ? 2 : 1;
}

/** A little-endian copy of big-endian bytes (or the bytes themselves when no swap is needed). */
function toLittleEndian(bytes: Uint8Array, unit: 1 | 2 | 4 | 8): Uint8Array {
  if (unit === 1) return bytes;
  const out = new Uint8Array(bytes.length);
  const whole = bytes.length - (bytes.length % unit);
  for (let i = 0; i < whole; i += unit) for (let k = 0; k < unit; k++) out[i + k] = bytes[i + unit - 1 - k]!;
  for (let i = whole; i < bytes.length; i++) out[i] = bytes[i]!;
  return out;
}

/** A typed view of little-endian bytes, copying only when the bytes are not aligned to the element size. */
function wordsOf(bytes: Uint8Array, size: 1 | 2 | 4 | 8, count: number, float: boolean): ArrayLike<number> {
  // new Uint8Array(bytes) copies; Buffer#slice (the source may hand out Buffers) would not.
  const aligned = bytes.byteOffset % size === 0 ? bytes : new Uint8Array(bytes);
  const { buffer, byteOffset } = aligned;
  switch (size) {
    case 1: return aligned.subarray(0, count);
    case 2: return new Uint16Array(buffer, byteOffset, count);
    case 4: return float ? new Float32Array(buffer, byteOffset, count) : new Uint32Array(buffer, byteOffset, count);
    case 8: return new Float64Array(buffer, byteOffset, count);
  }
}

/**
 * Decodes one native frame read from the pixel data value (`bytes` is exactly `nativeFrameRange`). Output follows
 * DecodedFrame's convention: interleaved values; YBR_FULL_422 is expanded to one Y, Cb, Cr per pixel.
 */
export function decodeNativeFrame(bytes: Uint8Array, range: NativeFrameRange, info: ImageInfo, littleEndian: boolean): SampleArray {
  if (bytes.length < range.length) {
    throw new PixelDataError('missing-data', `needs ${range.length} bytes of pixel data but only ${bytes.length} remain`);
  }
  const stored = storedSamplesPerFrame(info);
  const out = createSampleArray(info, info.rows * info.columns * info.samplesPerPixel);
  if (info.bitsAllocated === 1) {
    const le = littleEndian ? bytes : toLittleEndian(bytes, byteOrderUnit(info));
    unpackBits(le, range.bitOffset, stored, out);
    return info.planarConfiguration === 1 ? interleavePlanes(out, info.samplesPerPixel) : out;
  }
  const size = (info.bitsAllocated / 8) as 1 | 2 | 4 | 8;
  const le = littleEndian ? bytes : toLittleEndian(bytes.subarray(0, range.length), byteOrderUnit(info));
  const words = wordsOf(le, size, stored, info.sampleFormat !== 'integer');
  let values: SampleArray;
  if (info.sampleFormat !== 'integer') {
    values = out;
    (out as Float32Array | Float64Array).set(words);
  } else {
    values = isNativeSubsampled(info) ? createSampleArray(info, stored) : out;
    const shift = info.highBit + 1 - info.bitsStored;
    const plain = shift === 0 && info.bitsStored === info.bitsAllocated;
    if (plain) values.set(words as unknown as ArrayLike<number> & SampleArray);
    else storeValues(values, words, info.bitsStored, info.pixelRepresentation === 1, shift);
  }
  if (isNativeSubsampled(info)) return expandYbr422(values, info.rows * info.columns, out);
  return info.planarConfiguration === 1 ? interleavePlanes(values, info.samplesPerPixel) : values;
}

/** One value (0/1) per pixel from bits packed least significant bit first (PS3.5 8.1.1, Annex D). */
function unpackBits(bytes: Uint8Array, bitOffset: number, count: number, out: SampleArray): void {
  for (let i = 0; i < count; i++) {
    const bit = bitOffset + i;
    out[i] = (bytes[bit >>> 3]! >>> (bit & 7)) & 1;
  }
}

/** Colour-by-plane (R…, G…, B…) to colour-by-pixel (RGB RGB …). */
export function interleavePlanes(planes: SampleArray, samplesPerPixel: number): SampleArray {
  if (samplesPerPixel === 1) return planes;
  const pixels = planes.length / samplesPerPixel;
  const out = planes.slice();
  for (let s = 0; s < samplesPerPixel; s++) {
    const base = s * pixels;
    for (let p = 0; p < pixels; p++) out[p * samplesPerPixel + s] = planes[base + p]!;
  }
  return out;
}

/** Y1 Y2 Cb Cr per two pixels to Y Cb Cr per pixel; an odd last pixel of a row pair takes its pair's chroma. */
function expandYbr422(stored: SampleArray, pixels: number, out: SampleArray): SampleArray {
  for (let p = 0, s = 0; p < pixels; p += 2, s += 4) {
    const cb = stored[s + 2]!;
    const cr = stored[s + 3]!;
    out[p * 3] = stored[s]!;
    out[p * 3 + 1] = cb;
    out[p * 3 + 2] = cr;
    if (p + 1 < pixels) {
      out[p * 3 + 3] = stored[s + 1]!;
      out[p * 3 + 4] = cb;
      out[p * 3 + 5] = cr;
    }
  }
  return out;
}
