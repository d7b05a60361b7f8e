import { describe, expect, it } from 'vitest';
import { readDicomBytes } from '../dicom/readDicomFile.js';
import { buildDicom } from '../../test/pixels/support/buildDicom.js';
import type { FrameLayout } from './decodedFrame.js';
import { openPixelData } from './decodeFrame.js';
import { createNativePacker } from './nativeEncoder.js';

const layout = (bitsAllocated: number, signed: boolean, sampleFormat: FrameLayout['sampleFormat'] = 'integer'): FrameLayout => ({
  rows: 3,
  columns: 3,
  samplesPerPixel: 1,
  bitsAllocated,
  bitsStored: bitsAllocated,
  pixelRepresentation: signed ? 1 : 0,
  sampleFormat,
  photometric: 'MONOCHROME2',
});

describe('packing frames as native pixel data', () => {
  it.each([
    [8, true, Int8Array.from([-128, -1, 0, 1, 127, 5, 6, 7, 8])],
    [16, false, Uint16Array.from([0, 1, 65535, 300, 4, 5, 6, 7, 8])],
    [32, true, Int32Array.from([-2147483648, -1, 0, 2147483647, 4, 5, 6, 7, 8])],
  ] as const)('%i-bit signed=%s round-trips through the native decoder in both byte orders', async (bits, signed, samples) => {
    for (const [uid, littleEndian] of [['1.2.840.10008.1.2.1', true], ['1.2.840.10008.1.2.2', false]] as const) {
      const packer = createNativePacker(layout(bits, signed), littleEndian);
      const value = Buffer.concat([packer.pack(samples), packer.pack(samples), packer.finish()]);
      const bytes = buildDicom({ rows: 3, columns: 3, bitsAllocated: bits, pixelRepresentation: signed ? 1 : 0, numberOfFrames: 2 }, uid, {
        kind: 'native',
        value,
        vr: bits === 8 ? 'OB' : 'OW',
      });
      const reader = openPixelData(readDicomBytes(bytes));
      expect(Array.from((await reader.decodeFrame(1)).samples)).toEqual(Array.from(samples));
    }
  });

  it('carries 1-bit frames across byte boundaries and pads the value to even length', () => {
    const packer = createNativePacker(layout(1, false), true);
    const frame = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0, 1]);
    const first = packer.pack(frame);
    const second = packer.pack(frame);
    const rest = packer.finish();
    expect(Array.from(first)).toEqual([0b01001101]);
    expect(Array.from(second)).toEqual([0b10011011]);
    expect(Array.from(rest)).toEqual([0b10, 0]);
  });

  it('writes float samples at their width', () => {
    const packer = createNativePacker(layout(64, false, 'float64'), false);
    const bytes = packer.pack(Float64Array.from([1.5, -2, 0, 0, 0, 0, 0, 0, 0]));
    expect(new DataView(bytes.buffer).getFloat64(8, false)).toBe(-2);
  });
});
