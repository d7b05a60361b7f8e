import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePart10, type FixtureElement } from './encodePart10.js';

/**
 * Synthetic images whose every pixel is known, for what pydicom's corpus does not cover: MONOCHROME1, PALETTE
 * COLOR, an overlay plane (60xx), a series of single-frame files to scroll, and a multi-frame cine loop. Each
 * has a feature whose position on screen proves orientation (nothing mirrored or transposed).
 */

const UID_ROOT = '1.2.826.0.1.3680043.10.1337.2';

/** Geometry and expected appearance, shared with the tests that check what the page shows. */
export const FIXTURES = {
  monochrome1: {
    file: 'mono1-gradient.dcm',
    columns: 160,
    rows: 120,
    /** Stored value 4095 (displays black in MONOCHROME1) fills this block; elsewhere a left→right ramp 0→4095. */
    marker: { x: 10, y: 10, width: 20, height: 20 },
  },
  palette: {
    file: 'palette-quadrants.dcm',
    columns: 128,
    rows: 96,
    /** Colours of the quadrants in reading order: top-left, top-right, bottom-left, bottom-right. */
    quadrantColours: [
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
      [255, 255, 0],
    ] as const,
  },
  overlay: {
    file: 'overlay-plane.dcm',
    columns: 128,
    rows: 128,
    background: 64,
    /** The overlay's set bits: a "label" bar as a burned-in annotation would be. */
    bar: { x: 16, y: 100, width: 96, height: 12 },
  },
  series: {
    directory: 'series',
    count: 24,
    columns: 256,
    rows: 256,
    /** Each slice has a bright disc at a column that moves with the slice index (30 + 8 × index). */
    discColumn: (index: number): number => 30 + 8 * index,
    discRow: 128,
    discRadius: 12,
  },
  cine: {
    file: 'cine-16frames.dcm',
    columns: 128,
    rows: 64,
    frames: 16,
    /** Frame k has a white vertical bar of width 8 starting at column 8k. */
    barX: (frame: number): number => 8 * frame,
  },
} as const;

const common = (n: number): FixtureElement[] => [
  { tag: 0x00080020, vr: 'DA', value: '20240101' },
  { tag: 0x00080060, vr: 'CS', value: 'OT' },
  { tag: 0x00100010, vr: 'PN', value: 'Synthetic^Fixture' },
  { tag: 0x00100020, vr: 'LO', value: 'E2E' },
  { tag: 0x0020000d, vr: 'UI', value: `${UID_ROOT}.1` },
  { tag: 0x0020000e, vr: 'UI', value: `${UID_ROOT}.1.${n}` },
  { tag: 0x00200013, vr: 'IS', value: 1 },
];

const pixelModule = (columns: number, rows: number, bits: 8 | 16, stored: number, photometric: string): FixtureElement[] => [
  { tag: 0x00280002, vr: 'US', value: 1 },
  { tag: 0x00280004, vr: 'CS', value: photometric },
  { tag: 0x00280010, vr: 'US', value: rows },
  { tag: 0x00280011, vr: 'US', value: columns },
  { tag: 0x00280100, vr: 'US', value: bits },
  { tag: 0x00280101, vr: 'US', value: stored },
  { tag: 0x00280102, vr: 'US', value: stored - 1 },
  { tag: 0x00280103, vr: 'US', value: 0 },
];

function monochrome1(): Uint8Array {
  const { columns, rows, marker } = FIXTURES.monochrome1;
  const pixels = new Uint16Array(columns * rows);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const inMarker = x >= marker.x && x < marker.x + marker.width && y >= marker.y && y < marker.y + marker.height;
      pixels[y * columns + x] = inMarker ? 4095 : Math.round((x / (columns - 1)) * 4095);
    }
  }
  return encodePart10(`${UID_ROOT}.2.1`, [
    ...common(1),
    ...pixelModule(columns, rows, 16, 12, 'MONOCHROME1'),
    { tag: 0x00281050, vr: 'DS', value: 2048 },
    { tag: 0x00281051, vr: 'DS', value: 4096 },
    { tag: 0x7fe00010, vr: 'OW', value: pixels },
  ]);
}

function palette(): Uint8Array {
  const { columns, rows, quadrantColours } = FIXTURES.palette;
  const pixels = new Uint8Array(columns * rows);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) pixels[y * columns + x] = (y < rows / 2 ? 0 : 2) + (x < columns / 2 ? 0 : 1);
  }
  // 16-bit LUT entries (PS3.3 C.7.6.3.1.5): the colour is in the high byte, so 8-bit 0xff becomes 0xffff.
  const lut = (channel: 0 | 1 | 2): Uint16Array => {
    const table = new Uint16Array(256);
    quadrantColours.forEach((colour, index) => (table[index] = colour[channel] * 257));
    return table;
  };
  return encodePart10(`${UID_ROOT}.3.1`, [
    ...common(2),
    ...pixelModule(columns, rows, 8, 8, 'PALETTE COLOR'),
    { tag: 0x00281101, vr: 'US', value: [256, 0, 16] },
    { tag: 0x00281102, vr: 'US', value: [256, 0, 16] },
    { tag: 0x00281103, vr: 'US', value: [256, 0, 16] },
    { tag: 0x00281201, vr: 'OW', value: lut(0) },
    { tag: 0x00281202, vr: 'OW', value: lut(1) },
    { tag: 0x00281203, vr: 'OW', value: lut(2) },
    { tag: 0x7fe00010, vr: 'OB', value: pixels },
  ]);
}

function overlay(): Uint8Array {
  const { columns, rows, background, bar } = FIXTURES.overlay;
  const pixels = new Uint8Array(columns * rows).fill(background);
  // Overlay Data (60xx,3000): one bit per pixel, row by row, least significant bit first (PS3.5 8.1.2).
  const bits = new Uint8Array(Math.ceil((columns * rows) / 8));
  for (let y = bar.y; y < bar.y + bar.height; y++) {
    for (let x = bar.x; x < bar.x + bar.width; x++) {
      const n = y * columns + x;
      bits[n >> 3]! |= 1 << (n & 7);
    }
  }
  return encodePart10(`${UID_ROOT}.4.1`, [
    ...common(3),
    ...pixelModule(columns, rows, 8, 8, 'MONOCHROME2'),
    { tag: 0x00281050, vr: 'DS', value: 128 },
    { tag: 0x00281051, vr: 'DS', value: 256 },
    { tag: 0x60000010, vr: 'US', value: rows },
    { tag: 0x60000011, vr: 'US', value: columns },
    { tag: 0x60000040, vr: 'CS', value: 'G' },
    { tag: 0x60000050, vr: 'SS', value: [1, 1] },
    { tag: 0x60000100, vr: 'US', value: 1 },
    { tag: 0x60000102, vr: 'US', value: 0 },
    { tag: 0x60003000, vr: 'OW', value: bits },
    { tag: 0x7fe00010, vr: 'OB', value: pixels },
  ]);
}

function seriesSlice(index: number): Uint8Array {
  const { columns, rows, discRow, discRadius } = FIXTURES.series;
  const discColumn = FIXTURES.series.discColumn(index);
  const pixels = new Int16Array(columns * rows);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const inDisc = (x + 0.5 - discColumn) ** 2 + (y + 0.5 - discRow) ** 2 <= discRadius ** 2;
      // Stored values with intercept -1024 give Hounsfield units: air −1000, soft tissue ~40, the disc bone 1000.
      pixels[y * columns + x] = (inDisc ? 2024 : y < 40 ? 24 : 1064) + ((x * 7 + y * 3) % 11);
    }
  }
  return encodePart10(`${UID_ROOT}.5.${index + 1}`, [
    ...common(4).filter((e) => e.tag !== 0x00200013 && e.tag !== 0x00080060),
    { tag: 0x00080060, vr: 'CS', value: 'CT' },
    { tag: 0x00200013, vr: 'IS', value: index + 1 },
    { tag: 0x00200032, vr: 'DS', value: [-128, -128, index * 2.5] },
    { tag: 0x00200037, vr: 'DS', value: [1, 0, 0, 0, 1, 0] },
    { tag: 0x00200052, vr: 'UI', value: `${UID_ROOT}.5.0` },
    ...pixelModule(columns, rows, 16, 16, 'MONOCHROME2').map((e) => (e.tag === 0x00280103 ? { ...e, value: 1 } : e)),
    { tag: 0x00280030, vr: 'DS', value: [1, 1] },
    { tag: 0x00281050, vr: 'DS', value: 40 },
    { tag: 0x00281051, vr: 'DS', value: 400 },
    { tag: 0x00281052, vr: 'DS', value: -1024 },
    { tag: 0x00281053, vr: 'DS', value: 1 },
    { tag: 0x7fe00010, vr: 'OW', value: new Uint16Array(pixels.buffer) },
  ]);
}

function cine(): Uint8Array {
  const { columns, rows, frames } = FIXTURES.cine;
  const pixels = new Uint8Array(columns * rows * frames).fill(20);
  for (let f = 0; f < frames; f++) {
    const x0 = FIXTURES.cine.barX(f);
    for (let y = 0; y < rows; y++) pixels.fill(235, f * columns * rows + y * columns + x0, f * columns * rows + y * columns + x0 + 8);
  }
  return encodePart10(`${UID_ROOT}.6.1`, [
    ...common(5),
    ...pixelModule(columns, rows, 8, 8, 'MONOCHROME2'),
    { tag: 0x00181063, vr: 'DS', value: 40 },
    { tag: 0x00280008, vr: 'IS', value: frames },
    { tag: 0x00280009, vr: 'AT', value: 0x00181063 },
    { tag: 0x7fe00010, vr: 'OB', value: pixels },
  ]);
}

/** Writes every fixture below `directory` (idempotent: rewrites the same bytes). */
export function writeSyntheticFixtures(directory: string): void {
  mkdirSync(join(directory, FIXTURES.series.directory), { recursive: true });
  writeFileSync(join(directory, FIXTURES.monochrome1.file), monochrome1());
  writeFileSync(join(directory, FIXTURES.palette.file), palette());
  writeFileSync(join(directory, FIXTURES.overlay.file), overlay());
  writeFileSync(join(directory, FIXTURES.cine.file), cine());
  for (let i = 0; i < FIXTURES.series.count; i++) {
    writeFileSync(join(directory, FIXTURES.series.directory, seriesSliceName(i)), seriesSlice(i));
  }
}

export const seriesSliceName = (index: number): string => `slice-${String(index + 1).padStart(3, '0')}.dcm`;
