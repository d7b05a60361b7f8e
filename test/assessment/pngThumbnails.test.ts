import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePngOpaque } from '../../main/assessment/pdf/png/decodePng.js';
import { encodePng } from '../../main/assessment/pdf/png/encodePng.js';
import { PngError } from '../../main/assessment/pdf/png/pngChunks.js';
import { buildPng, type PngSpec } from './pngFixture.js';

/** A PNG that declares a size in its header and holds no image data: the size check must come first. */
function headerOnlyPng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(17);
  ihdr.write('IHDR', 0, 'latin1');
  ihdr.writeUInt32BE(width, 4);
  ihdr.writeUInt32BE(height, 8);
  ihdr[12] = 8;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(ihdr) >>> 0);
  return Uint8Array.from(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), length, ihdr, crc, Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])]));
}

/** A 13 × 9 test pattern (odd sizes exercise partial bytes and short Adam7 passes). */
const W = 13;
const H = 9;
const grey = (x: number, y: number): number => (x * 19 + y * 23) % 256;

function decodeBoth(spec: Omit<PngSpec, 'interlaced'>): [ReturnType<typeof decodePngOpaque>, ReturnType<typeof decodePngOpaque>] {
  return [decodePngOpaque(buildPng({ ...spec, interlaced: false })), decodePngOpaque(buildPng({ ...spec, interlaced: true }))];
}

describe('thumbnail PNGs are decoded and flattened to opaque 8-bit images', () => {
  it('reads 8- and 16-bit grey, plain and Adam7-interlaced, with every row filter', () => {
    for (const depth of [8, 16] as const) {
      const scale = depth === 16 ? 257 : 1;
      for (const image of decodeBoth({ width: W, height: H, colourType: 0, depth, samples: (x, y) => [grey(x, y) * scale] })) {
        expect(image).toMatchObject({ width: W, height: H, channels: 1 });
        expect(image.pixels[4 * W + 7]).toBe(grey(7, 4));
      }
    }
  });

  it('scales 1-, 2- and 4-bit grey to the full 8-bit range', () => {
    for (const depth of [1, 2, 4] as const) {
      const max = (1 << depth) - 1;
      const [plain, interlaced] = decodeBoth({ width: W, height: H, colourType: 0, depth, samples: (x) => [x % (max + 1)] });
      const x = Math.min(max, W - 1);
      expect(plain.pixels[0]).toBe(0);
      expect(plain.pixels[x]).toBe(Math.round((x * 255) / max));
      expect(interlaced.pixels).toEqual(plain.pixels);
    }
  });

  it('reads RGB and palette images as RGB', () => {
    const rgb = (x: number, y: number): [number, number, number] => [grey(x, y), 255 - grey(x, y), (x * 40) % 256];
    for (const image of decodeBoth({ width: W, height: H, colourType: 2, samples: (x, y) => rgb(x, y) })) {
      expect(image.channels).toBe(3);
      expect(Array.from(image.pixels.subarray((2 * W + 5) * 3, (2 * W + 5) * 3 + 3))).toEqual(rgb(5, 2));
    }
    const palette: [number, number, number][] = [[10, 20, 30], [200, 100, 0], [0, 255, 128]];
    const [indexed] = decodeBoth({ width: W, height: H, colourType: 3, depth: 2, palette, samples: (x) => [x % 3] });
    expect(Array.from(indexed.pixels.subarray(3, 6))).toEqual(palette[1]);
  });

  it('composites transparency on white: alpha channels, tRNS keys and palette alpha', () => {
    const [greyAlpha] = decodeBoth({ width: W, height: H, colourType: 4, samples: (x) => [0, x === 0 ? 0 : x === 1 ? 255 : 128] });
    expect(Array.from(greyAlpha.pixels.subarray(0, 3))).toEqual([255, 0, 127]);
    const [rgba] = decodeBoth({ width: W, height: H, colourType: 6, depth: 16, samples: () => [0, 65535, 0, 0] });
    expect(Array.from(rgba.pixels.subarray(0, 3))).toEqual([255, 255, 255]);
    const [keyed] = decodeBoth({ width: W, height: H, colourType: 0, transparency: [7], samples: (x) => [x === 0 ? 7 : 8] });
    expect(Array.from(keyed.pixels.subarray(0, 2))).toEqual([255, 8]);
    const [paletteAlpha] = decodeBoth({ width: W, height: H, colourType: 3, palette: [[0, 0, 0], [0, 0, 255]], transparency: [0], samples: (x) => [x % 2] });
    expect(Array.from(paletteAlpha.pixels.subarray(0, 6))).toEqual([255, 255, 255, 0, 0, 255]);
  });

  it('re-encodes as a plain PNG that decodes to the same pixels', () => {
    const source = decodePngOpaque(buildPng({ width: W, height: H, colourType: 6, interlaced: true, samples: (x, y) => [grey(x, y), 3, 200, 90] }));
    const again = decodePngOpaque(encodePng(source));
    expect(again).toEqual(source);
    const bytes = encodePng(source);
    expect(bytes[24 + 1]).toBe(2);
    expect(bytes[28]).toBe(0);
  });

  it('refuses damaged or oversized data with a PngError instead of crashing later', () => {
    const good = buildPng({ width: W, height: H, colourType: 0, samples: () => [1] });
    const flipped = Uint8Array.from(good);
    flipped[40] = flipped[40]! ^ 0xff;
    expect(() => decodePngOpaque(flipped)).toThrow(PngError);
    expect(() => decodePngOpaque(good.subarray(0, 50))).toThrow(PngError);
    expect(() => decodePngOpaque(Uint8Array.from([1, 2, 3]))).toThrow(/signature/);
    expect(() => decodePngOpaque(headerOnlyPng(5000, 5000))).toThrow(/too large/);
  });
});
