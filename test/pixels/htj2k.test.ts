import { describe, expect, it } from 'vitest';
import { readDicomBytes } from '../../main/dicom/readDicomFile.js';
import { openPixelData } from '../../main/pixels/decodeFrame.js';
import { loadOpenJph } from '../../main/pixels/codecs/wasmModules.js';
import { buildDicom, testPattern } from './support/buildDicom.js';

/**
 * HTJ2K (.201/.202/.203). No Debian reference decoder is installed for it, so lossless frames are checked
 * against the values OpenJPH's encoder was given, and lossy frames for closeness; the colour case checks that
 * the reversible colour transform is undone and reported as RGB.
 */

interface HtCase {
  readonly name: string;
  readonly uid: string;
  readonly bits: 8 | 16;
  readonly signed: boolean;
  readonly components: 1 | 3;
  readonly reversible: boolean;
}

const CASES: HtCase[] = [
  { name: 'lossless 16-bit unsigned', uid: '1.2.840.10008.1.2.4.201', bits: 16, signed: false, components: 1, reversible: true },
  { name: 'lossless 16-bit signed (RPCL syntax)', uid: '1.2.840.10008.1.2.4.202', bits: 16, signed: true, components: 1, reversible: true },
  { name: 'lossless 8-bit RGB with colour transform', uid: '1.2.840.10008.1.2.4.201', bits: 8, signed: false, components: 3, reversible: true },
  { name: 'lossy 8-bit', uid: '1.2.840.10008.1.2.4.203', bits: 8, signed: false, components: 1, reversible: false },
];

async function encodeHt(c: HtCase, rows: number, columns: number, values: number[]): Promise<Uint8Array> {
  const module = await loadOpenJph();
  const encoder = new module.HTJ2KEncoder();
  try {
    const raw = encoder.getDecodedBuffer({
      width: columns,
      height: rows,
      bitsPerSample: c.bits,
      componentCount: c.components,
      isSigned: c.signed,
      isUsingColorTransform: c.components === 3,
    });
    const view =
      c.bits === 8 ? raw : c.signed ? new Int16Array(raw.buffer, raw.byteOffset, values.length) : new Uint16Array(raw.buffer, raw.byteOffset, values.length);
    view.set(values);
    encoder.setQuality(c.reversible, c.reversible ? 0 : 0.002);
    encoder.encode();
    return new Uint8Array(encoder.getEncodedBuffer());
  } finally {
    encoder.delete();
  }
}

describe('HTJ2K decoding', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const rows = 40;
    const columns = 56;
    const min = c.signed ? -(2 ** (c.bits - 1)) : 0;
    const max = c.signed ? 2 ** (c.bits - 1) - 1 : 2 ** c.bits - 1;
    const values = testPattern(rows, columns, c.components, 1, min, max, 11).map((v) => v + 0);
    const codestream = await encodeHt(c, rows, columns, values);
    const object = readDicomBytes(
      buildDicom(
        { rows, columns, samplesPerPixel: c.components, bitsAllocated: c.bits, pixelRepresentation: c.signed ? 1 : 0, photometric: c.components === 3 ? 'YBR_RCT' : 'MONOCHROME2' },
        c.uid,
        { kind: 'encapsulated', fragments: [codestream] },
      ),
    );
    const frame = await openPixelData(object).decodeFrame(0);
    expect(frame.photometric).toBe(c.components === 3 ? 'RGB' : 'MONOCHROME2');
    if (c.reversible) {
      expect(Array.from(frame.samples)).toEqual(values);
    } else {
      const worst = values.reduce((m, v, i) => Math.max(m, Math.abs(v - frame.samples[i]!)), 0);
      expect(worst).toBeLessThan(24);
    }
  });
});
