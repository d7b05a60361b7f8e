import { describe, expect, it } from 'vitest';
import { readDicomBytes } from '../dicom/readDicomFile.js';
import { buildDicom, nativeValue } from '../../test/pixels/support/buildDicom.js';
import { openPixelData } from './decodeFrame.js';
import { nativeFrameRange } from './nativeFrame.js';
import { readImageInfo } from './imageInfo.js';

const LE = '1.2.840.10008.1.2.1';
const BE = '1.2.840.10008.1.2.2';

const frames = async (bytes: Uint8Array) => {
  const reader = openPixelData(readDicomBytes(bytes));
  const out = [];
  for (let i = 0; i < reader.numberOfFrames; i++) out.push(await reader.decodeFrame(i));
  return out;
};

describe('native frames', () => {
  it('unpacks 1-bit frames that start inside a byte (PS3.5 8.1.1)', async () => {
    // 3×3 frames: 9 bits each, so frame 2 starts at bit 1 of byte 1.
    const bits = [1, 0, 1, 1, 0, 0, 1, 0, 1, /* frame 2 */ 0, 1, 1, 1, 0, 1, 0, 0, 1];
    const value = new Uint8Array(4);
    bits.forEach((b, i) => (value[i >> 3]! |= b << (i & 7)));
    const decoded = await frames(buildDicom({ rows: 3, columns: 3, bitsAllocated: 1, numberOfFrames: 2 }, LE, { kind: 'native', value, vr: 'OB' }));
    expect(Array.from(decoded[0]!.samples)).toEqual(bits.slice(0, 9));
    expect(Array.from(decoded[1]!.samples)).toEqual(bits.slice(9));
    expect(decoded[1]!.samples).toBeInstanceOf(Uint8Array);
  });

  it('reads only the bytes of the frame asked for', () => {
    const info = readImageInfo(readDicomBytes(buildDicom({ rows: 2, columns: 3, bitsAllocated: 16, numberOfFrames: 4 }, LE, { kind: 'native', value: new Uint8Array(48), vr: 'OW' })).dataset);
    expect(nativeFrameRange(info, 2)).toEqual({ offset: 24, length: 12, bitOffset: 0 });
  });

  it('shifts stored bits down from High Bit and sign-extends (PS3.5 8.1.1)', async () => {
    // 12 bits stored at bits 13..2 with garbage in the other bits: -1, 2047, -2048, 5.
    const words = [(0xfff << 2) | 0x8001, (0x7ff << 2) | 0x3, 0x800 << 2, (5 << 2) | 0xc000];
    const fixture = { rows: 1, columns: 4, bitsAllocated: 16, bitsStored: 12, highBit: 13, pixelRepresentation: 1 } as const;
    const [frame] = await frames(buildDicom(fixture, LE, { kind: 'native', value: nativeValue(words, 16), vr: 'OW' }));
    expect(Array.from(frame!.samples)).toEqual([-1, 2047, -2048, 5]);
    expect(frame!.samples).toBeInstanceOf(Int16Array);
  });

  it('reads big endian 16- and 32-bit samples in the right values', async () => {
    const v16 = [1, 0x1234, 0xfffe, 300];
    const v32 = [1, 0x12345678, 0xfffffffe, 70000];
    const [a] = await frames(buildDicom({ rows: 2, columns: 2, bitsAllocated: 16 }, BE, { kind: 'native', value: nativeValue(v16, 16, false), vr: 'OW' }));
    const [b] = await frames(buildDicom({ rows: 2, columns: 2, bitsAllocated: 32, pixelRepresentation: 1 }, BE, { kind: 'native', value: nativeValue(v32, 32, false), vr: 'OW' }));
    expect(Array.from(a!.samples)).toEqual(v16);
    expect(Array.from(b!.samples)).toEqual([1, 0x12345678, -2, 70000]);
  });

  it('reads big endian 8-bit samples in OW as swapped word pairs', async () => {
    const [frame] = await frames(buildDicom({ rows: 1, columns: 4, bitsAllocated: 8 }, BE, { kind: 'native', value: Uint8Array.from([2, 1, 4, 3]), vr: 'OW' }));
    expect(Array.from(frame!.samples)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['Float Pixel Data (OF)', 'OF', 32, Float32Array],
    ['Double Float Pixel Data (OD)', 'OD', 64, Float64Array],
  ] as const)('reads %s in both byte orders', async (_name, vr, bits, Type) => {
    const values = [0.5, -1.25, 1e-3, 123456.75, -0, Number.POSITIVE_INFINITY];
    for (const littleEndian of [true, false]) {
      const bytes = new Uint8Array(values.length * (bits / 8));
      const view = new DataView(bytes.buffer);
      values.forEach((v, i) => (bits === 32 ? view.setFloat32(i * 4, v, littleEndian) : view.setFloat64(i * 8, v, littleEndian)));
      const [frame] = await frames(buildDicom({ rows: 2, columns: 3, bitsAllocated: bits }, littleEndian ? LE : BE, { kind: 'native', value: bytes, vr }));
      expect(frame!.samples).toBeInstanceOf(Type);
      expect(frame!.sampleFormat).toBe(bits === 32 ? 'float32' : 'float64');
      expect(Array.from(frame!.samples)).toEqual(Array.from(Type.from(values)));
    }
  });

  it('interleaves planar configuration 1', async () => {
    const planes = [1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24];
    const [frame] = await frames(buildDicom({ rows: 2, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, planarConfiguration: 1 }, LE, { kind: 'native', value: Uint8Array.from(planes), vr: 'OB' }));
    expect(Array.from(frame!.samples)).toEqual([1, 11, 21, 2, 12, 22, 3, 13, 23, 4, 14, 24]);
  });

  it('expands YBR_FULL_422 to YBR_FULL (PS3.3 C.7.6.3.1.2)', async () => {
    const stored = [10, 20, 100, 200, 30, 40, 101, 201];
    const [frame] = await frames(buildDicom({ rows: 1, columns: 4, samplesPerPixel: 3, bitsAllocated: 8, photometric: 'YBR_FULL_422' }, LE, { kind: 'native', value: Uint8Array.from(stored), vr: 'OB' }));
    expect(frame!.photometric).toBe('YBR_FULL');
    expect(Array.from(frame!.samples)).toEqual([10, 100, 200, 20, 100, 200, 30, 101, 201, 40, 101, 201]);
  });

  it('names the frame when the value is shorter than the frames it declares', async () => {
    const bytes = buildDicom({ rows: 2, columns: 2, bitsAllocated: 16, numberOfFrames: 3 }, LE, { kind: 'native', value: new Uint8Array(16), vr: 'OW' });
    const reader = openPixelData(readDicomBytes(bytes));
    await expect(reader.decodeFrame(1)).resolves.toBeDefined();
    await expect(reader.decodeFrame(2)).rejects.toThrow(/^frame 3: the pixel data value has 16 bytes/);
    await expect(reader.decodeFrame(3)).rejects.toThrow(/no frame 4/);
  });
});

describe('Encapsulated Uncompressed Explicit VR Little Endian (.98)', () => {
  it('reads each fragment as one native frame', async () => {
    const fragments = [nativeValue([1, 2, 3, 4], 16), nativeValue([5, 6, 7, 65535], 16)];
    const bytes = buildDicom({ rows: 2, columns: 2, bitsAllocated: 16, numberOfFrames: 2 }, '1.2.840.10008.1.2.1.98', { kind: 'encapsulated', fragments });
    const decoded = await frames(bytes);
    expect(decoded.map((f) => Array.from(f.samples))).toEqual([[1, 2, 3, 4], [5, 6, 7, 65535]]);
  });
});
