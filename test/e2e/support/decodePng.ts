import { inflateSync } from 'node:zlib';

/** An 8-bit RGBA raster. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * Decodes the PNGs Chromium writes for screenshots (8-bit greyscale, RGB or RGBA, not interlaced) into RGBA,
 * so that the tests can read what the page showed without a native image library.
 */
export function decodePng(png: Uint8Array): Raster {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const bitDepth = body[8];
      colourType = body[9]!;
      if (bitDepth !== 8 || body[12] !== 0 || ![0, 2, 6].includes(colourType)) {
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colourType}, interlace ${body[12]})`);
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 1;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const value = line[x]!;
      const predicted = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    for (let k = 0; k < 3; k++) data[p * 4 + k] = pixels[p * channels + (channels === 1 ? 0 : k)]!;
    data[p * 4 + 3] = channels === 4 ? pixels[p * channels + 3]! : 255;
  }
  return { width, height, data };
}

/** The RGB of the raster at a point (rounded down to a pixel). */
export function pixelAt(raster: Raster, x: number, y: number): [number, number, number] {
  const p = (Math.floor(y) * raster.width + Math.floor(x)) * 4;
  return [raster.data[p]!, raster.data[p + 1]!, raster.data[p + 2]!];
}

/** Mean and standard deviation of luminance, and the number of distinct RGB values, over the raster. */
export function rasterStatistics(raster: Raster): { mean: number; deviation: number; distinct: number } {
  let sum = 0;
  let squares = 0;
  const distinct = new Set<number>();
  const n = raster.width * raster.height;
  for (let p = 0; p < n; p++) {
    const [r, g, b] = [raster.data[p * 4]!, raster.data[p * 4 + 1]!, raster.data[p * 4 + 2]!];
    const luminance = 0.299 * r + 0.587 * g + 0.114 * b;
    sum += luminance;
    squares += luminance * luminance;
    distinct.add((r << 16) | (g << 8) | b);
  }
  const mean = sum / n;
  return { mean, deviation: Math.sqrt(Math.max(0, squares / n - mean * mean)), distinct: distinct.size };
}
