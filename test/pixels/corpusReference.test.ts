import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { PixelDataError } from '../../main/pixels/pixelDataError.js';
import { openPixelData } from '../../main/pixels/decodeFrame.js';
import { corpusPath, haveCorpus, haveTools, listFiles, PYDICOM_DIR } from '../support/environment.js';
import { compareFrames, decodeAllFrames, referenceDecoder, runTool, scratchDir } from './support/referenceTools.js';

/**
 * Every image in the pydicom corpus, decoded by the pixel layer, against the reference tools: compressed files
 * against dcmtk's (dcmdjpeg, dcmdjpls, dcmdrle) or GDCM's (gdcmconv --raw) decompressed copy read through our
 * native path; native files against a dcmtk-compressed copy (dcmtk reads the native data itself to compress it)
 * and against their twins in other native syntaxes. All comparisons are exact, lossy JPEG included.
 */

const ready = haveCorpus() && haveTools('dcmdjpeg', 'dcmdjpls', 'dcmdrle', 'dcmcrle', 'dcmconv', 'gdcmconv');

/** Files whose data are damaged on purpose; every reference tool rejects them too. */
const DAMAGED = new Set(['JPEG2000-embedded-sequence-delimiter.dcm']);

/**
 * Big endian files with 32-bit samples in OW: dcmtk swaps them as 16-bit words (dcmconv, dcmcrle), so the LE
 * twins from the corpus are the reference; pydicom and the pixel layer read them as 32-bit big-endian values.
 */
const TWINS: Readonly<Record<string, string>> = {
  'rtdose_expb.dcm': 'rtdose.dcm',
  'rtdose_expb_1frame.dcm': 'rtdose_1frame.dcm',
  'MR_small_bigendian.dcm': 'MR_small.dcm',
  'MR_small_expb.dcm': 'MR_small.dcm',
  'MR_small_implicit.dcm': 'MR_small.dcm',
  'liver_expb_1frame.dcm': 'liver_1frame.dcm',
};

/** dcmtk cannot parse this file's header (a broken VR in (0008,0008)); GDCM, also IJG-based for JPEG, can. */
const REFERENCE_OVERRIDES: Readonly<Record<string, string[]>> = { 'SC_rgb_jpeg.dcm': ['gdcmconv', '--raw'] };

interface CorpusImage {
  readonly path: string;
  readonly name: string;
  readonly uid: string;
  readonly photometric: string;
  readonly bitsAllocated: number;
}

/** Corpus files that hold an image the pixel layer is meant to read (others fail earlier or have no pixels). */
function corpusImages(): CorpusImage[] {
  if (!existsSync(join(PYDICOM_DIR, 'test_files'))) return [];
  const images: CorpusImage[] = [];
  for (const path of listFiles(corpusPath('test_files'))) {
    if (!path.endsWith('.dcm')) continue;
    try {
      const object = readDicomFile(path);
      try {
        const reader = openPixelData(object);
        images.push({ path, name: basename(path), uid: object.transferSyntax.uid, photometric: reader.info.photometric, bitsAllocated: reader.info.bitsAllocated });
      } finally {
        object.close();
      }
    } catch {
      // Not an image, or not readable as DICOM: other suites cover those files.
    }
  }
  return images;
}

const images = ready ? corpusImages() : [];
const scratch = scratchDir();
afterAll(() => scratch.dispose());

/** Numbers for the report: how many files and samples each comparison covered. */
const tally = { files: 0, samples: 0 };
afterAll(() => {
  if (tally.files > 0) console.log(`pixel corpus: ${tally.files} comparisons, ${tally.samples} samples, all exact`);
});

describe.runIf(ready)('pixel layer against reference decoders on the pydicom corpus', () => {
  it('finds the corpus images', () => {
    expect(images.length).toBeGreaterThan(40);
  });

  const compressed = images.filter((i) => referenceDecoder(i.uid) && !DAMAGED.has(i.name));
  it.each(compressed.map((i) => [i.name, i] as const))('%s equals its reference decompression', async (_name, image) => {
    const tool = REFERENCE_OVERRIDES[image.name] ?? referenceDecoder(image.uid)!;
    const out = scratch.file(`ref-${image.name}`);
    runTool(tool[0]!, [...tool.slice(1), image.path, out]);
    const result = compareFrames(await decodeAllFrames(image.path), await decodeAllFrames(out));
    expect(result.first).toBeUndefined();
    expect(result.mismatches).toBe(0);
    tally.files++;
    tally.samples += result.samples;
  });

  const native = images.filter((i) => !referenceDecoder(i.uid) && !TWINS[i.name]);
  it.each(native.map((i) => [i.name, i] as const))('%s equals what the reference reads from it (RLE round trip)', async (_name, image) => {
    if (image.bitsAllocated === 1) {
      // dcmcrle does not compress 1-bit data; the big-endian twin comparison covers 1-bit unpacking.
      expect(image.name).toMatch(/liver/);
      return;
    }
    const out = scratch.file(`rle-${image.name}`);
    // dcmcrle refuses YBR_FULL_422; GDCM expands it to YBR_FULL, which is what the pixel layer yields.
    if (image.photometric === 'YBR_FULL_422') runTool('gdcmconv', ['--rle', image.path, out]);
    else runTool('dcmcrle', [image.path, out]);
    const result = compareFrames(await decodeAllFrames(image.path), await decodeAllFrames(out));
    expect(result.first).toBeUndefined();
    tally.files++;
    tally.samples += result.samples;
  });

  it.each(Object.entries(TWINS).filter(([a]) => images.some((i) => i.name === a)))('%s equals its twin %s', async (name, twin) => {
    const result = compareFrames(await decodeAllFrames(corpusPath('test_files', name)), await decodeAllFrames(corpusPath('test_files', twin)));
    expect(result.first).toBeUndefined();
    tally.files++;
    tally.samples += result.samples;
  });

  it('8-bit RGB big endian equals dcmconv\'s little-endian conversion', async () => {
    const out = scratch.file('ExplVR_BigEnd-le.dcm');
    runTool('dcmconv', ['+te', corpusPath('test_files', 'ExplVR_BigEnd.dcm'), out]);
    const result = compareFrames(await decodeAllFrames(corpusPath('test_files', 'ExplVR_BigEnd.dcm')), await decodeAllFrames(out));
    expect(result.first).toBeUndefined();
  });

  it.each([...DAMAGED].map((n) => [n]))('%s is reported as damaged, naming the frame', async (name) => {
    const error = await decodeAllFrames(corpusPath('test_files', name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PixelDataError);
    expect((error as PixelDataError).code).toBe('corrupt-data');
    expect((error as PixelDataError).message).toMatch(/^frame 1: /);
  });
});
