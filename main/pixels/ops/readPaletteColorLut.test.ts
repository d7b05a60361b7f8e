import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDicomBytes, readDicomFile } from '../../dicom/readDicomFile.js';
import { EXPLICIT_VR_BIG_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10, type DataElement, type FixtureTransferSyntax } from '../../../test/fixtures/encoder/index.js';
import { expandSegmentedLut } from './expandSegmentedLut.js';
import { readPaletteColorLut } from './readPaletteColorLut.js';

const parse = (elements: DataElement[], transferSyntax: FixtureTransferSyntax = EXPLICIT_VR_LITTLE_ENDIAN) =>
  readDicomBytes(
    encodePart10([el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'), el(0x00080018, 'UI', '2.25.7'), ...elements], { transferSyntax }),
  ).dataset;

const descriptors = (entries: number, first: number, bits: number): DataElement[] =>
  [0x00281101, 0x00281102, 0x00281103].map((tag) => el(tag, 'US', [entries, first, bits]));

describe('readPaletteColorLut', () => {
  it('reads 16-bit tables in either byte order', () => {
    for (const syntax of [EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN]) {
      const lut = readPaletteColorLut(parse([
        ...descriptors(3, 100, 16),
        el(0x00281201, 'OW', [0, 0x8000, 0xffff]),
        el(0x00281202, 'OW', [1, 2, 3]),
        el(0x00281203, 'OW', [0xffff, 0, 0x1234]),
      ], syntax));
      expect(lut).toEqual({ entries: 3, firstMapped: 100, bits: 16, red: [0, 0x8000, 0xffff], green: [1, 2, 3], blue: [0xffff, 0, 0x1234] });
    }
  });

  it('reads 8-bit entries packed two to a word, and one to a word', () => {
    const packed = readPaletteColorLut(parse([
      ...descriptors(4, 0, 8),
      el(0x00281201, 'OW', Uint8Array.of(1, 2, 3, 4)),
      el(0x00281202, 'OW', Uint8Array.of(5, 6, 7, 8)),
      el(0x00281203, 'OW', Uint8Array.of(9, 10, 11, 12)),
    ]));
    expect(packed.red).toEqual([1, 2, 3, 4]);
    const wide = readPaletteColorLut(parse([
      ...descriptors(2, 0, 8),
      el(0x00281201, 'OW', [7, 200]),
      el(0x00281202, 'OW', [7, 200]),
      el(0x00281203, 'OW', [7, 200]),
    ]));
    expect(wide.blue).toEqual([7, 200]);
  });

  it('reads 0 entries as 65536 and a signed first mapped value', () => {
    // 128 KiB tables exceed the parser's bulk threshold: they stay in the source.
    const object = readDicomBytes(encodePart10([
      el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'),
      el(0x00080018, 'UI', '2.25.7'),
      el(0x00280103, 'US', [1]),
      ...descriptors(0, 0xfc00, 16),
      ...[0x00281201, 0x00281202, 0x00281203].map((tag) => el(tag, 'OW', new Array<number>(65536).fill(9))),
    ], { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN }));
    expect(() => readPaletteColorLut(object.dataset)).toThrow(/Red palette data was left in the file/);
    const lut = readPaletteColorLut(object.dataset, object.source);
    expect(lut.entries).toBe(65536);
    expect(lut.firstMapped).toBe(-1024);
    expect(lut.green).toHaveLength(65536);
  });

  it('reads an SS descriptor: unsigned entry count, signed first value', () => {
    const lut = readPaletteColorLut(parse([
      el(0x00280103, 'US', [1]),
      ...[0x00281101, 0x00281102, 0x00281103].map((tag) => el(tag, 'SS', [-25536, -100, 8])), // 40000 entries
      ...[0x00281201, 0x00281202, 0x00281203].map((tag) => el(tag, 'OW', Uint8Array.from({ length: 40000 }, (_, i) => i % 256))),
    ]));
    expect(lut.entries).toBe(40000);
    expect(lut.firstMapped).toBe(-100);
    expect(lut.red[300]).toBe(44);
  });

  it('expands segmented tables (discrete and linear segments)', () => {
    const lut = readPaletteColorLut(parse([
      ...descriptors(6, 0, 16),
      el(0x00281221, 'OW', [0, 2, 100, 200, 1, 4, 0]), // 100, 200, then 4 steps to 0
      el(0x00281222, 'OW', [0, 6, 1, 2, 3, 4, 5, 6]),
      el(0x00281223, 'OW', [0, 1, 0, 1, 5, 65535]),
    ]));
    expect(lut.red).toEqual([100, 200, 150, 100, 50, 0]);
    expect(lut.green).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lut.blue).toEqual([0, 13107, 26214, 39321, 52428, 65535]);
  });

  it('names the problem: missing data, short tables, disagreeing descriptors, wrong segmented length', () => {
    expect(() => readPaletteColorLut(parse(descriptors(2, 0, 16)))).toThrow(/Red Palette Color Lookup Table Data is missing/);
    expect(() => readPaletteColorLut(parse([el(0x00281101, 'US', [2, 0])]))).toThrow(/Red Palette Color Lookup Table Descriptor is 2 values/);
    expect(() => readPaletteColorLut(parse([...descriptors(4, 0, 16), ...[0x00281201, 0x00281202, 0x00281203].map((t) => el(t, 'OW', [1, 2]))]))).toThrow(
      /has 4 bytes, too few for 4 entries/,
    );
    expect(() => readPaletteColorLut(parse([...descriptors(2, 0, 12)]))).toThrow(/12 bits per entry/);
    expect(() => readPaletteColorLut(parse([
      ...descriptors(3, 0, 16),
      ...[0x00281221, 0x00281222, 0x00281223].map((t) => el(t, 'OW', [0, 2, 1, 2])),
    ]))).toThrow(/segmented Red palette expands to 2 entries but its descriptor says 3/);
  });
});

describe('expandSegmentedLut', () => {
  it('refuses indirect segments and linear segments without a start', () => {
    expect(() => expandSegmentedLut([0, 1, 5, 2, 1, 0, 0], 'Red')).toThrow(/indirect segment \(PS3.3 C.7.9.2.3\)/);
    expect(() => expandSegmentedLut([1, 3, 9], 'Green')).toThrow(/starts with a linear segment/);
    expect(() => expandSegmentedLut([0, 4, 1, 2], 'Blue')).toThrow(/ends inside the segment that starts at unit 0/);
    expect(() => expandSegmentedLut([7, 1, 1], 'Blue')).toThrow(/unknown segment type 7/);
  });

  it('ignores a trailing padding unit', () => {
    expect(expandSegmentedLut([0, 1, 42, 0], 'Red')).toEqual([42]);
  });
});

const SPRING = join(import.meta.dirname, '../../../test/.cache/pydicom/palettes/spring.dcm');

describe.skipIf(!existsSync(SPRING))('readPaletteColorLut on pydicom’s spring palette (8-bit segmented)', () => {
  it('gives red 255, green rising 0…255 and blue falling 255…0', () => {
    const object = readDicomFile(SPRING);
    try {
      const lut = readPaletteColorLut(object.dataset, object.source);
      expect(lut.entries).toBe(256);
      expect(lut.red.every((v) => v === 255)).toBe(true);
      expect(lut.green).toEqual(Array.from({ length: 256 }, (_, i) => i));
      expect(lut.blue).toEqual(Array.from({ length: 256 }, (_, i) => 255 - i));
    } finally {
      object.close();
    }
  });
});
