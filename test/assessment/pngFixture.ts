import { crc32, deflateSync } from 'node:zlib';

/** Samples per pixel of each PNG colour type. */
const SAMPLES: Record<PngColourType, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

export type PngColourType = 0 | 2 | 3 | 4 | 6;

export interface PngSpec {
  readonly width: number;
  readonly height: number;
  readonly colourType: PngColourType;
  readonly depth?: 1 | 2 | 4 | 8 | 16;
  /** Samples at the bit depth, `SAMPLES[colourType]` a pixel, rows top to bottom. */
  readonly samples: (x: number, y: number) => readonly number[];
  readonly palette?: readonly (readonly [number, number, number])[];
  readonly transparency?: readonly number[];
  readonly interlaced?: boolean;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function packRow(values: readonly number[], depth: number): Uint8Array {
  if (depth === 8) return Uint8Array.from(values);
  if (depth === 16) return Uint8Array.from(values.flatMap((v) => [v >> 8, v & 0xff]));
  const out = new Uint8Array(Math.ceil((values.length * depth) / 8));
  values.forEach((v, i) => {
    const bit = i * depth;
    out[bit >> 3]! |= v << (8 - depth - (bit & 7));
  });
  return out;
}

/** Applies PNG filter `type` to a row (the encoder side of PNG spec 9.2), so that a decoder's unfiltering is tested. */
function filterRow(row: Uint8Array, previous: Uint8Array | undefined, bpp: number, type: number): Uint8Array {
  const out = new Uint8Array(row.length + 1);
  out[0] = type;
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0;
    const b = previous ? previous[i]! : 0;
    const c = previous && i >= bpp ? previous[i - bpp]! : 0;
    const p = a + b - c;
    const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
    const predicted = [0, a, b, (a + b) >> 1, paeth][type]!;
    out[i + 1] = (row[i]! - predicted) & 0xff;
  }
  return out;
}

/** A PNG file built from scratch with zlib, cycling through the five row filters. */
export function buildPng(spec: PngSpec): Uint8Array {
  const depth = spec.depth ?? 8;
  const samples = SAMPLES[spec.colourType];
  const bpp = Math.max(1, (samples * depth) >> 3);
  const passes = spec.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const rows: Uint8Array[] = [];
  let filterType = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const columns = Math.ceil((spec.width - x0) / dx);
    const count = Math.ceil((spec.height - y0) / dy);
    if (columns <= 0 || count <= 0) continue;
    let previous: Uint8Array | undefined;
    for (let r = 0; r < count; r++) {
      const values: number[] = [];
      for (let c = 0; c < columns; c++) values.push(...spec.samples(x0 + c * dx, y0 + r * dy));
      const row = packRow(values, depth);
      rows.push(filterRow(row, previous, bpp, filterType++ % 5));
      previous = row;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(spec.width, 0);
  header.writeUInt32BE(spec.height, 4);
  header[8] = depth;
  header[9] = spec.colourType;
  header[12] = spec.interlaced ? 1 : 0;
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header)];
  if (spec.palette) parts.push(chunk('PLTE', Uint8Array.from(spec.palette.flat())));
  if (spec.transparency) {
    const t = spec.colourType === 3 ? Uint8Array.from(spec.transparency) : Uint8Array.from(spec.transparency.flatMap((v) => [v >> 8, v & 0xff]));
    parts.push(chunk('tRNS', t));
  }
  parts.push(chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', new Uint8Array(0)));
  return Uint8Array.from(Buffer.concat(parts));
}

/**
 * A grey "scan" for thumbnails: a bright ellipse (the body) on black with soft structure inside, and the masked
 * regions filled black with a white outline, as Peitto's burned masks look in an output image.
 */
export function maskedScanPng(width: number, height: number, seed: number, masks: readonly { x: number; y: number; w: number; h: number }[]): Uint8Array {
  return buildPng({
    width,
    height,
    colourType: 0,
    samples: (x, y) => {
      for (const m of masks) {
        const inside = x >= m.x && x < m.x + m.w && y >= m.y && y < m.y + m.h;
        if (inside) return [x === m.x || x === m.x + m.w - 1 || y === m.y || y === m.y + m.h - 1 ? 255 : 0];
      }
      const nx = (x - width / 2) / (width * 0.42);
      const ny = (y - height / 2) / (height * 0.46);
      const r = nx * nx + ny * ny;
      if (r > 1) return [8];
      const texture = 40 * Math.sin((x + seed * 7) / 5) * Math.cos((y - seed * 3) / 7);
      return [Math.max(0, Math.min(255, Math.round(150 + 60 * (1 - r) + texture)))];
    },
  });
}
