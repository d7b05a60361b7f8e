import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDicomBytes, readDicomFile } from '../../main/dicom/readDicomFile.js';
import { openPixelData } from '../../main/pixels/decodeFrame.js';
import { PixelDataError } from '../../main/pixels/pixelDataError.js';
import { corpusPath, haveCorpus } from '../support/environment.js';
import { seededRandom } from './support/buildDicom.js';

/**
 * Damaged compressed data must give a PixelDataError that names the frame, never another exception, a crash
 * of a WebAssembly module, or a hang; and a codec must keep working after a damaged frame.
 */

const FILES = [
  'JPGExtended.dcm',
  'SC_rgb_dcmtk_+eb+cy+np.dcm',
  'SC_rgb_jpeg_gdcm.dcm',
  'MR_small_jpeg_ls_lossless.dcm',
  'MR_small_jp2klossless.dcm',
  'SC_rgb_gdcm_KY.dcm',
  'SC_rgb_rle_16bit.dcm',
];

/** The file's bytes and where its first fragment's value lies. */
function firstFragment(name: string): { bytes: Uint8Array; start: number; length: number } {
  const path = corpusPath('test_files', name);
  const object = readDicomFile(path);
  const pixelData = object.dataset.find((e) => e.tag === 0x7fe00010)!;
  const fragment = pixelData.fragments![1]!;
  object.close();
  return { bytes: new Uint8Array(readFileSync(path)), start: fragment.valueOffset, length: fragment.length };
}

async function decodeDamaged(bytes: Uint8Array): Promise<unknown> {
  try {
    await openPixelData(readDicomBytes(bytes)).decodeFrame(0);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe.runIf(haveCorpus())('damaged compressed frames', () => {
  it.each(FILES.map((f) => [f]))('%s: damage is reported for frame 1, and the codec recovers', async (name) => {
    const { bytes, start, length } = firstFragment(name);
    const random = seededRandom(name.length * 7919);
    const variants: Uint8Array[] = [];
    // Truncated codestreams (the fragment keeps its length, the rest is zeros), and flipped bytes.
    for (const keep of [0.1, 0.5, 0.9]) {
      const v = bytes.slice();
      v.fill(0, start + Math.floor(length * keep), start + length);
      variants.push(v);
    }
    for (let n = 0; n < 25; n++) {
      const v = bytes.slice();
      const flips = 1 + Math.floor(random() * 8);
      for (let k = 0; k < flips; k++) v[start + Math.floor(random() * length)] = Math.floor(random() * 256);
      variants.push(v);
    }
    let reported = 0;
    for (const variant of variants) {
      const started = Date.now();
      const error = await decodeDamaged(variant);
      expect(Date.now() - started).toBeLessThan(5000);
      if (error === undefined) continue; // Damage a codec cannot detect (e.g. a changed sample in RLE).
      expect(error).toBeInstanceOf(PixelDataError);
      expect((error as PixelDataError).frame).toBe(0);
      expect((error as Error).message).toMatch(/^frame 1: /);
      reported++;
    }
    expect(reported).toBeGreaterThan(0);
    // The same codec still decodes an intact frame.
    await expect(openPixelData(readDicomBytes(bytes)).decodeFrame(0)).resolves.toBeDefined();
  });

  it('explains a frame that is not a codestream at all', async () => {
    const { bytes, start, length } = firstFragment('JPGExtended.dcm');
    const v = bytes.slice();
    v.fill(0x20, start, start + length);
    await expect(openPixelData(readDicomBytes(v)).decodeFrame(0)).rejects.toThrow(/^frame 1: JPEG: the frame does not begin with an SOI marker/);
  });
});
