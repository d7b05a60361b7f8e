import { describe, expect, it } from 'vitest';
import { readDicomBytes } from '../dicom/readDicomFile.js';
import { buildDicom, type EncapsulatedPixels } from '../../test/pixels/support/buildDicom.js';
import { openPixelData } from './decodeFrame.js';

/** Which fragments make up each frame, by fragment value length (the fragments here have distinct lengths). */
function split(frames: number, pixels: EncapsulatedPixels, uid = '1.2.840.10008.1.2.4.50') {
  const object = readDicomBytes(buildDicom({ rows: 8, columns: 8, bitsAllocated: 8, numberOfFrames: frames }, uid, pixels));
  const index = openPixelData(object).frameIndex()!;
  return { method: index.method, lengths: index.frames.map((f) => f.map((x) => x.length)) };
}

const jpeg = (length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i === 0 ? 0xff : i === 1 ? 0xd8 : 0x11));
const tail = (length: number): Uint8Array => new Uint8Array(length).fill(0x22);
const j2k = (length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => [0xff, 0x4f, 0xff, 0x51][i] ?? 0x33);

describe('assigning fragments to frames (PS3.5 A.4)', () => {
  it('follows the Basic Offset Table', () => {
    // Frame 1: fragments of 10 and 12 bytes (8-byte item headers); frame 2 starts at 18 + 20 = 38.
    const result = split(2, { kind: 'encapsulated', fragments: [jpeg(10), tail(12), jpeg(14)], basicOffsets: [0, 38] });
    expect(result).toEqual({ method: 'basic-offset-table', lengths: [[10, 12], [14]] });
  });

  it('prefers the Extended Offset Table', () => {
    const result = split(3, { kind: 'encapsulated', fragments: [jpeg(10), jpeg(12), jpeg(14)], extendedOffsets: true });
    expect(result).toEqual({ method: 'extended-offset-table', lengths: [[10], [12], [14]] });
  });

  it('ignores an offset table that does not point at fragment starts', () => {
    const result = split(2, { kind: 'encapsulated', fragments: [jpeg(10), jpeg(12)], basicOffsets: [0, 7] });
    expect(result).toEqual({ method: 'one-fragment-per-frame', lengths: [[10], [12]] });
  });

  it('gives all fragments to a single frame', () => {
    expect(split(1, { kind: 'encapsulated', fragments: [jpeg(10), tail(12), tail(14)] })).toEqual({ method: 'single-frame', lengths: [[10, 12, 14]] });
  });

  it('splits on JPEG SOI and J2K SOC+SIZ when frames span fragments without an offset table', () => {
    expect(split(2, { kind: 'encapsulated', fragments: [jpeg(10), tail(12), tail(16), jpeg(14)] })).toEqual({ method: 'start-markers', lengths: [[10, 12, 16], [14]] });
    expect(split(2, { kind: 'encapsulated', fragments: [j2k(10), tail(12), j2k(14)] }, '1.2.840.10008.1.2.4.90')).toEqual({
      method: 'start-markers',
      lengths: [[10, 12], [14]],
    });
  });

  it('says why when the fragments cannot be told apart', () => {
    expect(() => split(3, { kind: 'encapsulated', fragments: [jpeg(10), tail(12), jpeg(14), tail(16)] })).toThrow(
      /Number of Frames is 3 but the 4 fragments hold 2 codestreams/,
    );
    expect(() => split(2, { kind: 'encapsulated', fragments: [tail(10), tail(12), tail(14)] }, '1.2.840.10008.1.2.5')).toThrow(/no offset table/);
  });
});
