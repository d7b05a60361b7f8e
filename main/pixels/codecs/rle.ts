import { createSampleArray, storeValues, type FrameLayout, type SampleArray } from '../decodedFrame.js';
import { PixelDataError } from '../pixelDataError.js';

/**
 * RLE Lossless (PS3.5 Annex G). A frame is one fragment: a 64-byte header (segment count, then up to 15 segment
 * offsets, little endian), then one PackBits segment per byte plane. Planes run sample by sample and, within a
 * sample, from the most significant byte to the least (G.2), so 16-bit RGB has six segments: R high, R low, …
 */

const HEADER_LENGTH = 64;
const MAX_SEGMENTS = 15;

/** The geometry of the stored words: what RLE needs beyond the frame layout. */
export interface RleGeometry {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
}

const bytesPerSample = (g: RleGeometry): number => {
  if (g.bitsAllocated !== 8 && g.bitsAllocated !== 16 && g.bitsAllocated !== 32) {
    throw new PixelDataError('unsupported', `RLE of Bits Allocated ${g.bitsAllocated} is not supported (8, 16 or 32)`);
  }
  return g.bitsAllocated / 8;
};

/**
 * Decodes an RLE frame to interleaved values. `shift` is High Bit + 1 − Bits Stored: RLE carries whole stored
 * words, so the stored bits are picked out as for native data (PS3.5 8.1.1).
 */
export function decodeRle(data: Uint8Array, layout: FrameLayout, shift: number): SampleArray {
  const width = bytesPerSample(layout);
  const pixels = layout.rows * layout.columns;
  const segmentCount = layout.samplesPerPixel * width;
  if (data.length < HEADER_LENGTH) throw new PixelDataError('corrupt-data', `the RLE fragment has ${data.length} bytes, fewer than its 64-byte header`);
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  const declared = view.getUint32(0, true);
  if (declared !== segmentCount) {
    throw new PixelDataError(
      'corrupt-data',
      `the RLE header declares ${declared} segments but ${layout.samplesPerPixel} samples of ${layout.bitsAllocated} bits need ${segmentCount}`,
    );
  }
  const offsets: number[] = [];
  for (let s = 0; s < segmentCount; s++) offsets.push(view.getUint32(4 + s * 4, true));
  const words = new Uint32Array(pixels * layout.samplesPerPixel);
  const plane = new Uint8Array(pixels);
  for (let s = 0; s < segmentCount; s++) {
    const start = offsets[s]!;
    const end = s + 1 < segmentCount ? offsets[s + 1]! : data.length;
    if (start < HEADER_LENGTH || start > end || end > data.length) {
      throw new PixelDataError('corrupt-data', `RLE segment ${s + 1} has offset ${start}, outside the fragment of ${data.length} bytes`);
    }
    unpackSegment(data, start, end, plane, s);
    const sample = Math.floor(s / width);
    const byteShift = 8 * (width - 1 - (s % width));
    const spp = layout.samplesPerPixel;
    for (let p = 0, i = sample; p < pixels; p++, i += spp) words[i] = (words[i]! | (plane[p]! << byteShift)) >>> 0;
  }
  const out = createSampleArray(layout, words.length);
  storeValues(out, words, layout.bitsStored, layout.pixelRepresentation === 1, shift);
  return out;
}

/** PackBits (G.3.1): header n ≥ 0 copies n+1 literal bytes, −127…−1 repeats the next byte 1−n times, −128 is a no-op. */
function unpackSegment(data: Uint8Array, start: number, end: number, out: Uint8Array, segment: number): void {
  let i = start;
  let o = 0;
  const total = out.length;
  while (o < total && i < end) {
    const n = data[i++]!;
    if (n < 128) {
      const count = Math.min(n + 1, total - o, end - i);
      out.set(data.subarray(i, i + count), o);
      o += count;
      i += n + 1;
    } else if (n > 128) {
      if (i >= end) break;
      const count = Math.min(257 - n, total - o);
      out.fill(data[i++]!, o, o + count);
      o += count;
    }
  }
  if (o < total) {
    throw new PixelDataError('corrupt-data', `RLE segment ${segment + 1} decodes to ${o} bytes but the frame needs ${total}`);
  }
}

/**
 * Encodes interleaved values as one RLE fragment (even length, PS3.5 A.4). Values are written as words of Bits
 * Allocated bits in two's complement, so decodeRle gives them back unchanged.
 */
export function encodeRle(samples: SampleArray, geometry: RleGeometry): Uint8Array {
  const width = bytesPerSample(geometry);
  const spp = geometry.samplesPerPixel;
  const pixels = geometry.rows * geometry.columns;
  const segmentCount = spp * width;
  if (segmentCount > MAX_SEGMENTS) throw new PixelDataError('unsupported', `RLE allows at most 15 segments, ${segmentCount} needed`);
  if (samples.length !== pixels * spp) {
    throw new PixelDataError('bad-attributes', `the frame has ${samples.length} samples but ${geometry.columns}×${geometry.rows}×${spp} are needed`);
  }
  // Worst case per row: one header byte per 128 literal bytes.
  const rowBound = geometry.columns + Math.ceil(geometry.columns / 128);
  const out = new Uint8Array(HEADER_LENGTH + segmentCount * rowBound * geometry.rows + 1);
  const view = new DataView(out.buffer);
  view.setUint32(0, segmentCount, true);
  const plane = new Uint8Array(pixels);
  let at = HEADER_LENGTH;
  for (let s = 0; s < segmentCount; s++) {
    view.setUint32(4 + s * 4, at, true);
    const sample = Math.floor(s / width);
    const byteShift = 8 * (width - 1 - (s % width));
    for (let p = 0, i = sample; p < pixels; p++, i += spp) plane[p] = (samples[i]! >>> byteShift) & 0xff;
    // G.3.1: each row is encoded separately; a run never crosses a row boundary.
    for (let r = 0; r < geometry.rows; r++) {
      at = packRow(plane, r * geometry.columns, (r + 1) * geometry.columns, out, at);
    }
  }
  if (at & 1) out[at++] = 0;
  return out.slice(0, at);
}

/** PackBits for one row: runs of two or more identical bytes repeat; a literal stops where a run of three starts. */
function packRow(plane: Uint8Array, start: number, end: number, out: Uint8Array, at: number): number {
  let i = start;
  while (i < end) {
    const value = plane[i]!;
    let run = 1;
    while (i + run < end && run < 128 && plane[i + run] === value) run++;
    if (run >= 2) {
      out[at++] = 257 - run;
      out[at++] = value;
      i += run;
      continue;
    }
    const literalStart = i++;
    while (i < end && i - literalStart < 128) {
      if (i + 2 < end && plane[i] === plane[i + 1] && plane[i] === plane[i + 2]) break;
      i++;
    }
    out[at++] = i - literalStart - 1;
    out.set(plane.subarray(literalStart, i), at);
    at += i - literalStart;
  }
  return at;
}
