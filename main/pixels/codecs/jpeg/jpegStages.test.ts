import { describe, expect, it } from 'vitest';
import { ycbcrToRgb } from './colorConvert.js';
import { buildHuffmanTable, BitReader } from './huffman.js';
import { createIdctTables, idctIslow } from './idctIslow.js';
import { parseJpeg } from './jpegStream.js';
import { upsamplePlane } from './upsample.js';

describe('JPEG decoding stages', () => {
  it('inverse DCT: a DC-only block is flat at DC × Q / 8 + 2^(P−1)', () => {
    const coef = new Int32Array(64);
    const quant = new Int32Array(64).fill(1);
    coef[0] = -80;
    const out = new Uint16Array(64);
    idctIslow(coef, quant, out, 0, 8, createIdctTables(8), new Int32Array(64));
    expect(new Set(out)).toEqual(new Set([118]));
    coef[0] = 4000; // far beyond the range: clamps to the maximum like libjpeg's range-limit table
    idctIslow(coef, quant, out, 0, 8, createIdctTables(8), new Int32Array(64));
    expect(new Set(out)).toEqual(new Set([255]));
  });

  it('inverse DCT of a single AC term matches the cosine basis within rounding', () => {
    const coef = new Int32Array(64);
    coef[1] = 200;
    const out = new Uint16Array(64);
    idctIslow(coef, new Int32Array(64).fill(1), out, 0, 8, createIdctTables(12), new Int32Array(64));
    for (let x = 0; x < 8; x++) {
      // f(x, y) = ¼ C(u) C(v) F(u, v) cos((2x+1)uπ/16) cos((2y+1)vπ/16), C(0) = 1/√2, C(u>0) = 1.
      const expected = 2048 + (200 / 4) * Math.SQRT1_2 * Math.cos(((2 * x + 1) * Math.PI) / 16);
      expect(Math.abs(out[x]! - expected)).toBeLessThanOrEqual(1);
    }
  });

  it('fancy 2:1 upsampling weighs 3:1 with libjpeg rounding and keeps edge samples', () => {
    const plane = { samples: Uint16Array.from([10, 20, 40, 0, 0, 0, 0, 0]), stride: 8, width: 3, height: 1, hFactor: 2, vFactor: 1 };
    // (3·10 + 10 + 1) >> 2, (3·10 + 20 + 2) >> 2, (3·20 + 10 + 1) >> 2, …, last sample kept.
    expect(Array.from(upsamplePlane(plane, 6, 1))).toEqual([10, 13, 17, 25, 35, 40]);
    const narrow = { ...plane, width: 2 };
    expect(Array.from(upsamplePlane(narrow, 4, 1))).toEqual([10, 10, 20, 20]);
  });

  it('converts neutral YCbCr to grey and pure chroma with clamping', () => {
    const out = new Uint16Array(6);
    ycbcrToRgb(Uint16Array.from([100, 250]), Uint16Array.from([128, 128]), Uint16Array.from([128, 255]), 8, out);
    expect(Array.from(out)).toEqual([100, 100, 100, 255, 159, 250]);
  });

  it('decodes canonical Huffman codes of every length and rejects undefined codes', () => {
    // Codes: A=0 (1 bit), B=10 (2 bits), C=1100000000 (10 bits).
    const counts = new Uint8Array(16);
    counts[0] = 1;
    counts[1] = 1;
    counts[9] = 1;
    const table = buildHuffmanTable(counts, Uint8Array.from([0x0a, 0x0b, 0x0c]));
    const data = Uint8Array.from([0b01011000, 0b00000111, 0xff, 0x00]);
    const reader = new BitReader(data, 0, data.length);
    expect([reader.decode(table), reader.decode(table), reader.decode(table)]).toEqual([0x0a, 0x0b, 0x0c]);
    expect(() => reader.decode(table)).toThrow(/Huffman code that no table defines/);
  });

  it('reports unsupported processes and damaged headers', () => {
    const sof = (marker: number) => Uint8Array.from([0xff, 0xd8, 0xff, marker, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xff, 0xd9]);
    expect(() => parseJpeg(sof(0xc2))).toThrow(/progressive DCT \(SOF2\) is not supported/);
    expect(() => parseJpeg(sof(0xc9))).toThrow(/arithmetic-coded sequential/);
    expect(() => parseJpeg(sof(0xc0))).toThrow(/no scan \(SOS\)/);
    expect(() => parseJpeg(Uint8Array.from([0xff, 0xd8, 0xff, 0xdb, 0x10, 0x00, 1]))).toThrow(/beyond the end of the data/);
  });
});
