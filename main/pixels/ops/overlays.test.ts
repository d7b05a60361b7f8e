import { describe, expect, it } from 'vitest';
import { readDicomBytes } from '../../dicom/readDicomFile.js';
import { EXPLICIT_VR_BIG_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, RLE_LOSSLESS, el, encapsulated, encodePart10, type DataElement, type FixtureTransferSyntax } from '../../../test/fixtures/encoder/index.js';
import { createSampleArray, type DecodedFrame, type FrameLayout } from '../decodedFrame.js';
import { openPixelData } from '../decodeFrame.js';
import { burnOverlays } from './burnOverlays.js';
import { readEmbeddedOverlayBits } from './readEmbeddedOverlayBits.js';
import { readOverlayPlanes, type OverlayPlane } from './readOverlayPlanes.js';

const object = (elements: DataElement[], transferSyntax: FixtureTransferSyntax = EXPLICIT_VR_LITTLE_ENDIAN) =>
  readDicomBytes(encodePart10([el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'), el(0x00080018, 'UI', '2.25.9'), ...elements], { transferSyntax }));

/** Overlay bits packed first pixel in the least significant bit (PS3.5 8.1.2), padded to whole words. */
function packBits(bits: readonly number[]): Uint8Array {
  const out = new Uint8Array(Math.ceil(bits.length / 16) * 2);
  bits.forEach((b, i) => (out[i >> 3]! |= b << (i & 7)));
  return out;
}

/** Overlay Data as 16-bit words (for an OW value the encoder byte-swaps in big endian). */
function packWords(bits: readonly number[]): number[] {
  const bytes = packBits(bits);
  return Array.from({ length: bytes.length / 2 }, (_, i) => bytes[2 * i]! | (bytes[2 * i + 1]! << 8));
}

const g = (group: number, element: number): number => ((group << 16) | element) >>> 0;

function overlayElements(group: number, rows: number, columns: number, bits: readonly number[], extra: DataElement[] = []): DataElement[] {
  return [
    el(g(group, 0x0010), 'US', [rows]),
    el(g(group, 0x0011), 'US', [columns]),
    el(g(group, 0x0040), 'CS', 'G'),
    el(g(group, 0x0100), 'US', [1]),
    el(g(group, 0x0102), 'US', [0]),
    el(g(group, 0x3000), 'OW', packWords(bits)),
    ...extra,
  ];
}

function frameOf(rows: number, columns: number, overrides: Partial<FrameLayout> = {}, index = 0): DecodedFrame {
  const layout: FrameLayout = {
    rows, columns, samplesPerPixel: 1, bitsAllocated: 16, bitsStored: 12, pixelRepresentation: 0,
    sampleFormat: 'integer', photometric: 'MONOCHROME2', ...overrides,
  };
  const samples = createSampleArray(layout, rows * columns * layout.samplesPerPixel);
  samples.fill(5);
  return { ...layout, index, samples };
}

const L = [1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1]; // a 4 × 3 overlay

describe('readOverlayPlanes', () => {
  it('reads size, origin, type and unpacked bits, in either byte order', () => {
    for (const syntax of [EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN]) {
      const planes = readOverlayPlanes(object(overlayElements(0x6000, 3, 4, L, [el(0x60000050, 'SS', [2, -1])]), syntax).dataset);
      expect(planes).toHaveLength(1);
      const [plane] = planes;
      expect(plane).toMatchObject({ group: 0x6000, rows: 3, columns: 4, originRow: 2, originColumn: -1, type: 'G', frames: undefined, imageFrameOrigin: 1 });
      expect(plane!.data.kind).toBe('separate');
      expect(Array.from((plane!.data as { bits: Uint8Array }).bits)).toEqual(L);
    }
  });

  it('reads every even group 6000–601E, and skips groups that show nothing', () => {
    const planes = readOverlayPlanes(object([
      ...overlayElements(0x6000, 1, 2, [1, 0]),
      el(0x60020010, 'US', [1]), // a stray group without data
      ...overlayElements(0x601e, 1, 2, [0, 1]),
    ]).dataset);
    expect(planes.map((p) => p.group)).toEqual([0x6000, 0x601e]);
  });

  it('reads multi-frame overlays (PS3.3 C.9.3) and embedded ones (PS3.5 8.1.2)', () => {
    const multi = readOverlayPlanes(object(overlayElements(0x6002, 1, 2, [1, 0, 0, 1], [el(0x60020015, 'IS', '2'), el(0x60020051, 'US', [3])])).dataset);
    expect(multi[0]).toMatchObject({ frames: 2, imageFrameOrigin: 3 });
    expect(Array.from((multi[0]!.data as { bits: Uint8Array }).bits)).toEqual([1, 0, 0, 1]);
    const embedded = readOverlayPlanes(object([
      el(0x60000010, 'US', [2]), el(0x60000011, 'US', [2]), el(0x60000040, 'CS', 'G'), el(0x60000100, 'US', [16]), el(0x60000102, 'US', [13]),
    ]).dataset);
    expect(embedded[0]!.data).toEqual({ kind: 'embedded', bitPosition: 13 });
  });

  it('names the group of a malformed plane', () => {
    expect(() => readOverlayPlanes(object([el(0x60040010, 'US', [2]), el(0x60043000, 'OW', [1])]).dataset)).toThrow(/overlay 6004: Overlay Rows and Columns are 2 and undefined/);
    expect(() => readOverlayPlanes(object(overlayElements(0x6000, 4, 8, [1])).dataset)).toThrow(/overlay 6000: Overlay Data has 16 bits but rows × columns × frames needs 32/);
    expect(() => readOverlayPlanes(object([el(0x60000010, 'US', [2]), el(0x60000011, 'US', [2]), el(0x60000100, 'US', [16]), el(0x60000102, 'US', [16])]).dataset)).toThrow(
      /Overlay Bit Position 16 is not a bit of a 16-bit cell/,
    );
  });
});

describe('burnOverlays', () => {
  const planeAt = (originRow: number, originColumn: number, extra: Partial<OverlayPlane> = {}): OverlayPlane => ({
    group: 0x6000, rows: 3, columns: 4, originRow, originColumn, type: 'G', frames: undefined, imageFrameOrigin: 1,
    data: { kind: 'separate', bits: Uint8Array.from(L) }, ...extra,
  });

  it('burns set overlay pixels at the brightest value, at the overlay origin, clipped to the image', () => {
    // Origin row 2, column 4 (1-based): the overlay starts at image row 1, column 3; only its first column fits.
    const out = burnOverlays(frameOf(3, 4), [planeAt(2, 4)]);
    expect(Array.from(out.samples)).toEqual([5, 5, 5, 5, 5, 5, 5, 4095, 5, 5, 5, 4095]);
  });

  it('burns MONOCHROME1 with its smallest value and colour with white', () => {
    const inverted = burnOverlays(frameOf(3, 4, { photometric: 'MONOCHROME1' }), [planeAt(1, 1)]);
    expect(Array.from(inverted.samples)).toEqual(L.map((b) => (b ? 0 : 5)));
    const rgb = burnOverlays(frameOf(1, 2, { samplesPerPixel: 3, bitsAllocated: 8, bitsStored: 8, photometric: 'RGB' }), [
      planeAt(1, 1, { rows: 1, columns: 2, data: { kind: 'separate', bits: Uint8Array.of(0, 1) } }),
    ]);
    expect(Array.from(rgb.samples)).toEqual([5, 5, 5, 255, 255, 255]);
  });

  it('applies a multi-frame overlay only to its frames, and an overlay without frames to every frame', () => {
    const multi = planeAt(1, 1, { rows: 1, columns: 2, frames: 2, imageFrameOrigin: 2, data: { kind: 'separate', bits: Uint8Array.of(1, 0, 0, 1) } });
    const burned = [0, 1, 2, 3].map((index) => Array.from(burnOverlays(frameOf(1, 2, {}, index), [multi]).samples));
    expect(burned).toEqual([[5, 5], [4095, 5], [5, 4095], [5, 5]]);
    const everywhere = planeAt(1, 1, { rows: 1, columns: 2, data: { kind: 'separate', bits: Uint8Array.of(1, 0) } });
    expect(Array.from(burnOverlays(frameOf(1, 2, {}, 7), [everywhere]).samples)).toEqual([4095, 5]);
  });

  it('takes a given fill, and needs the bits of embedded overlays', () => {
    expect(Array.from(burnOverlays(frameOf(1, 1), [planeAt(1, 1, { rows: 1, columns: 1, data: { kind: 'separate', bits: Uint8Array.of(1) } })], { fill: [77] }).samples)).toEqual([77]);
    const embedded = planeAt(1, 1, { rows: 1, columns: 2, data: { kind: 'embedded', bitPosition: 12 } });
    expect(() => burnOverlays(frameOf(1, 2), [embedded])).toThrow(/overlay 6000 is embedded in the pixel cells: pass its bits for frame 1/);
    const out = burnOverlays(frameOf(1, 2), [embedded], { embeddedBits: new Map([[0x6000, Uint8Array.of(0, 1)]]) });
    expect(Array.from(out.samples)).toEqual([5, 4095]);
  });
});

describe('readEmbeddedOverlayBits', () => {
  // 2 frames of 2 × 2 cells: 12 stored bits (0…11), overlay in bit 12 of frame 1 and bit 14 noise elsewhere.
  const cells = [0x1001, 0x0002, 0x1fff, 0x4003, /* frame 2 */ 0x0004, 0x1005, 0x0006, 0x1007];
  const image = (syntax: FixtureTransferSyntax) =>
    object([
      el(0x00280002, 'US', [1]), el(0x00280004, 'CS', 'MONOCHROME2'), el(0x00280008, 'IS', '2'), el(0x00280010, 'US', [2]), el(0x00280011, 'US', [2]),
      el(0x00280100, 'US', [16]), el(0x00280101, 'US', [12]), el(0x00280102, 'US', [11]), el(0x00280103, 'US', [0]),
      el(0x60000010, 'US', [2]), el(0x60000011, 'US', [2]), el(0x60000040, 'CS', 'G'), el(0x60000050, 'SS', [1, 1]),
      el(0x60000100, 'US', [16]), el(0x60000102, 'US', [12]),
      el(0x7fe00010, 'OW', cells),
    ], syntax);

  it('reads the overlay bit of each cell, per frame, in either byte order, while decoding keeps only the stored bits', async () => {
    for (const syntax of [EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN]) {
      const o = image(syntax);
      const [plane] = readOverlayPlanes(o.dataset);
      expect(Array.from(readEmbeddedOverlayBits(o, plane!, 0))).toEqual([1, 0, 1, 0]);
      expect(Array.from(readEmbeddedOverlayBits(o, plane!, 1))).toEqual([0, 1, 0, 1]);
      const decoded = await openPixelData(o).decodeFrame(0);
      expect(Array.from(decoded.samples)).toEqual([1, 2, 0xfff, 3]);
      const burned = burnOverlays(decoded, [plane!], { embeddedBits: new Map([[0x6000, readEmbeddedOverlayBits(o, plane!, 0)]]) });
      expect(Array.from(burned.samples)).toEqual([4095, 2, 4095, 3]);
    }
  });

  it('refuses compressed pixel data, stored bits, and frames that do not exist', () => {
    const o = image(EXPLICIT_VR_LITTLE_ENDIAN);
    const [plane] = readOverlayPlanes(o.dataset);
    expect(() => readEmbeddedOverlayBits(o, { ...plane!, data: { kind: 'embedded', bitPosition: 11 } }, 0)).toThrow(/Overlay Bit Position 11 is one of the stored bits 0…11/);
    expect(() => readEmbeddedOverlayBits(o, plane!, 2)).toThrow(/frame 3 is not one of the image's 2 frames/);
    const compressed = object([
      el(0x00280002, 'US', [1]), el(0x00280004, 'CS', 'MONOCHROME2'), el(0x00280010, 'US', [1]), el(0x00280011, 'US', [1]),
      el(0x00280100, 'US', [16]), el(0x00280101, 'US', [12]), el(0x00280102, 'US', [11]),
      encapsulated(0x7fe00010, [new Uint8Array(64)]),
    ], RLE_LOSSLESS);
    expect(() => readEmbeddedOverlayBits(compressed, { ...plane!, rows: 1, columns: 1 }, 0)).toThrow(/cannot be read from RLE Lossless pixel data/);
  });
});
