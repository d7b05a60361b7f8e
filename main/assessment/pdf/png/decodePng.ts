import { inflateSync } from 'node:zlib';
import { PngError, readPngChunks } from './pngChunks.js';

/** An opaque 8-bit image: grey (1 sample a pixel) or RGB (3), rows top to bottom without padding. */
export interface OpaqueImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  readonly pixels: Uint8Array;
}

/** Thumbnails are small; anything larger is refused before its data is inflated. */
const MAX_PIXELS = 4096 * 4096;

/** Samples per pixel by PNG colour type (PNG spec 11.2.2), with the bit depths each allows. */
const COLOUR_TYPES: ReadonlyMap<number, { readonly samples: number; readonly depths: readonly number[] }> = new Map([
  [0, { samples: 1, depths: [1, 2, 4, 8, 16] }],
  [2, { samples: 3, depths: [8, 16] }],
  [3, { samples: 1, depths: [1, 2, 4, 8] }],
  [4, { samples: 2, depths: [8, 16] }],
  [6, { samples: 4, depths: [8, 16] }],
]);

/** Adam7 passes: first column, first row, column step, row step (PNG spec 8.2). */
const ADAM7 = [
  [0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2],
] as const;

interface Header {
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly colourType: number;
  readonly samples: number;
  readonly interlaced: boolean;
}

function readHeader(data: Uint8Array | undefined): Header {
  if (!data || data.length !== 13) throw new PngError('PNG image has no valid IHDR chunk');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const depth = data[8]!;
  const colourType = data[9]!;
  const kind = COLOUR_TYPES.get(colourType);
  if (!kind || !kind.depths.includes(depth)) throw new PngError(`PNG colour type ${colourType} with bit depth ${depth} is not valid`);
  if (data[10] !== 0 || data[11] !== 0 || data[12]! > 1) throw new PngError('PNG image uses an unknown compression, filter or interlace method');
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) throw new PngError(`PNG image of ${width} × ${height} pixels is empty or too large for a thumbnail`);
  return { width, height, depth, colourType, samples: kind.samples, interlaced: data[12] === 1 };
}

interface Pass {
  readonly x0: number;
  readonly y0: number;
  readonly dx: number;
  readonly dy: number;
  readonly columns: number;
  readonly rows: number;
}

function passesOf(h: Header): Pass[] {
  const steps = h.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  return steps
    .map(([x0, y0, dx, dy]) => ({ x0, y0, dx, dy, columns: Math.ceil((h.width - x0) / dx), rows: Math.ceil((h.height - y0) / dy) }))
    .filter((p) => p.columns > 0 && p.rows > 0);
}

const rowBytes = (h: Header, columns: number): number => Math.ceil((columns * h.samples * h.depth) / 8);

/** Reverses the per-row filters in place (PNG spec 9.2); returns the rows without their filter bytes. */
function unfilter(data: Uint8Array, offset: number, rows: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(rows * stride);
  for (let r = 0; r < rows; r++) {
    const filter = data[offset + r * (stride + 1)];
    const src = offset + r * (stride + 1) + 1;
    const row = r * stride;
    const prev = row - stride;
    for (let i = 0; i < stride; i++) {
      const raw = data[src + i]!;
      const a = i >= bpp ? out[row + i - bpp]! : 0;
      const b = r > 0 ? out[prev + i]! : 0;
      const c = r > 0 && i >= bpp ? out[prev + i - bpp]! : 0;
      let predicted: number;
      switch (filter) {
        case 0: predicted = 0; break;
        case 1: predicted = a; break;
        case 2: predicted = b; break;
        case 3: predicted = (a + b) >> 1; break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new PngError(`PNG row uses unknown filter type ${filter}`);
      }
      out[row + i] = (raw + predicted) & 0xff;
    }
  }
  return out;
}

/** The sample at index `n` of a row, at the image's bit depth (1, 2, 4, 8 or 16 bits). */
function sampleAt(row: Uint8Array, start: number, n: number, depth: number): number {
  if (depth === 8) return row[start + n]!;
  if (depth === 16) return (row[start + 2 * n]! << 8) | row[start + 2 * n + 1]!;
  const bit = n * depth;
  const byte = row[start + (bit >> 3)]!;
  return (byte >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
}

/**
 * Decodes any valid PNG (every colour type, bit depth and interlacing) and composites it on white, so that what
 * is embedded is always the simplest kind of image: 8-bit grey or RGB without transparency.
 */
export function decodePngOpaque(bytes: Uint8Array): OpaqueImage {
  const chunks = readPngChunks(bytes);
  if (chunks[0]?.type !== 'IHDR') throw new PngError('PNG image does not start with IHDR');
  const h = readHeader(chunks[0].data);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const transparency = chunks.find((c) => c.type === 'tRNS')?.data;
  if (h.colourType === 3 && !palette) throw new PngError('PNG palette image has no PLTE chunk');

  const passes = passesOf(h);
  const expected = passes.reduce((sum, p) => sum + p.rows * (rowBytes(h, p.columns) + 1), 0);
  const compressed = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  let data: Uint8Array;
  try {
    data = inflateSync(compressed, { maxOutputLength: Math.max(expected, 1) });
  } catch (error) {
    throw new PngError(`PNG image data cannot be inflated: ${(error as Error).message}`);
  }
  if (data.length < expected) throw new PngError('PNG image data is shorter than its size says');

  const channels: 1 | 3 = h.colourType === 0 || h.colourType === 4 ? 1 : 3;
  const pixels = new Uint8Array(h.width * h.height * channels);
  const max = (1 << h.depth) - 1;
  const to8 = (v: number): number => (h.depth === 16 ? v >> 8 : h.depth === 8 ? v : Math.round((v * 255) / max));
  const transparentKey = transparency && (h.colourType === 0 || h.colourType === 2)
    ? Array.from({ length: transparency.length / 2 }, (_, i) => (transparency[2 * i]! << 8) | transparency[2 * i + 1]!)
    : undefined;
  const bpp = Math.max(1, (h.samples * h.depth) >> 3);

  const hasAlpha = h.colourType === 4 || h.colourType === 6;
  const colourSamples = hasAlpha ? h.samples - 1 : h.samples;
  const raw = new Array<number>(h.samples).fill(0);
  const colour = [0, 0, 0];
  let offset = 0;
  for (const pass of passes) {
    const stride = rowBytes(h, pass.columns);
    const rows = unfilter(data, offset, pass.rows, stride, bpp);
    offset += pass.rows * (stride + 1);
    for (let r = 0; r < pass.rows; r++) {
      const rowStart = (pass.y0 + r * pass.dy) * h.width;
      for (let c = 0; c < pass.columns; c++) {
        for (let s = 0; s < h.samples; s++) raw[s] = sampleAt(rows, r * stride, c * h.samples + s, h.depth);
        let alpha = 255;
        if (h.colourType === 3) {
          const index = raw[0]!;
          if (3 * index + 2 >= palette!.length) throw new PngError('PNG pixel refers past the end of its palette');
          for (let k = 0; k < 3; k++) colour[k] = palette![3 * index + k]!;
          if (transparency && index < transparency.length) alpha = transparency[index]!;
        } else {
          for (let k = 0; k < colourSamples; k++) colour[k] = to8(raw[k]!);
          if (hasAlpha) alpha = to8(raw[h.samples - 1]!);
          else if (transparentKey && transparentKey.every((v, k) => v === raw[k])) alpha = 0;
        }
        const at = (rowStart + pass.x0 + c * pass.dx) * channels;
        for (let k = 0; k < channels; k++) pixels[at + k] = Math.round((colour[k]! * alpha + 255 * (255 - alpha)) / 255);
      }
    }
  }
  return { width: h.width, height: h.height, channels, pixels };
}
