import { afterAll, describe, expect, it } from 'vitest';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { openPixelData } from '../../main/pixels/decodeFrame.js';
import { haveTools } from '../support/environment.js';
import { buildDicom, nativeValue, testPattern, type PixelFixture } from './support/buildDicom.js';
import { compareFrames, decodeAllFrames, referenceDecoder, runTool, scratchDir } from './support/referenceTools.js';

/**
 * Cases the pydicom corpus lacks (JPEG lossless process 14 with every predictor, 12-bit and signed data, 4:1:1
 * chroma, JPEG-LS near-lossless and every interleave mode, JPEG 2000 lossy colour, palette colour,
 * MONOCHROME1, planar configuration 1, multi-frame objects whose frames span several fragments with no offset
 * table): small native images built here, compressed by dcmtk or GDCM, then decoded by the pixel layer and
 * compared exactly with the same tool family's decompression. Lossless cases must also give the source values.
 */

const EXPLICIT_LE = '1.2.840.10008.1.2.1';
const ready = haveTools('dcmcjpeg', 'dcmdjpeg', 'dcmcjpls', 'dcmdjpls', 'dcmcrle', 'dcmdrle', 'gdcmconv');
const scratch = scratchDir();
afterAll(() => scratch.dispose());

interface Case {
  readonly name: string;
  readonly fixture: PixelFixture;
  /** Compressor command (input and output paths are appended). */
  readonly compress: string[];
  readonly lossless: boolean;
}

const mono = (bits: number, stored: number, signed: boolean, frames = 1, extra: Partial<PixelFixture> = {}): PixelFixture => ({
  rows: 37,
  columns: 45,
  bitsAllocated: bits,
  bitsStored: stored,
  pixelRepresentation: signed ? 1 : 0,
  numberOfFrames: frames,
  ...extra,
});
const rgb = (frames = 1, extra: Partial<PixelFixture> = {}): PixelFixture => ({
  rows: 40,
  columns: 52,
  samplesPerPixel: 3,
  bitsAllocated: 8,
  numberOfFrames: frames,
  ...extra,
});

const CASES: Case[] = [
  ...[1, 2, 3, 4, 5, 6, 7].map((sv) => ({ name: `JPEG lossless SV${sv} 16-bit`, fixture: mono(16, 16, false), compress: ['dcmcjpeg', '+el', '+sv', String(sv)], lossless: true })),
  { name: 'JPEG lossless 12-bit signed', fixture: mono(16, 12, true), compress: ['dcmcjpeg', '+el', '+sv', '7'], lossless: true },
  { name: 'JPEG lossless point transform 2', fixture: mono(16, 12, false), compress: ['dcmcjpeg', '+el', '+pt', '2'], lossless: false },
  { name: 'JPEG lossless SV1 RGB 3 frames', fixture: rgb(3), compress: ['dcmcjpeg', '+e1'], lossless: true },
  { name: 'JPEG baseline 8-bit mono', fixture: mono(8, 8, false), compress: ['dcmcjpeg', '+eb', '+q', '75'], lossless: false },
  { name: 'JPEG baseline RGB 4:2:2 YBR_FULL_422', fixture: rgb(), compress: ['dcmcjpeg', '+eb', '+s2'], lossless: false },
  { name: 'JPEG baseline RGB 4:1:1 YBR_FULL', fixture: rgb(), compress: ['dcmcjpeg', '+eb', '+n1'], lossless: false },
  { name: 'JPEG baseline RGB without colour transform', fixture: rgb(), compress: ['dcmcjpeg', '+eb', '+cr'], lossless: false },
  {
    name: 'JPEG baseline RGB 3 frames, 1 KiB fragments, empty offset table',
    fixture: rgb(3),
    compress: ['dcmcjpeg', '+eb', '+fs', '1', '-ot'],
    lossless: false,
  },
  { name: 'JPEG extended 12-bit', fixture: mono(16, 12, false), compress: ['dcmcjpeg', '+ee', '+q', '80'], lossless: false },
  { name: 'JPEG extended 12-bit signed', fixture: mono(16, 12, true), compress: ['dcmcjpeg', '+ee'], lossless: false },
  { name: 'JPEG-LS lossless 16-bit signed', fixture: mono(16, 16, true), compress: ['dcmcjpls', '+el'], lossless: true },
  { name: 'JPEG-LS lossless 12-bit 2 frames', fixture: mono(16, 12, false, 2), compress: ['dcmcjpls', '+el'], lossless: true },
  ...(['+il', '+is', '+in'] as const).map((mode) => ({ name: `JPEG-LS lossless RGB ${mode}`, fixture: rgb(), compress: ['dcmcjpls', '+el', mode], lossless: true })),
  { name: 'JPEG-LS near-lossless NEAR=3 8-bit', fixture: mono(8, 8, false), compress: ['dcmcjpls', '+en', '+md', '3'], lossless: false },
  { name: 'JPEG-LS near-lossless RGB', fixture: rgb(), compress: ['dcmcjpls', '+en'], lossless: false },
  {
    name: 'JPEG-LS 3 frames, 1 KiB fragments, empty offset table',
    fixture: mono(16, 16, false, 3),
    compress: ['dcmcjpls', '+el', '+fs', '1', '-ot'],
    lossless: true,
  },
  { name: 'RLE 16-bit signed', fixture: mono(16, 16, true), compress: ['dcmcrle'], lossless: true },
  { name: 'RLE 32-bit signed 2 frames', fixture: mono(32, 32, true, 2), compress: ['dcmcrle'], lossless: true },
  { name: 'RLE 8-bit signed', fixture: mono(8, 8, true), compress: ['dcmcrle'], lossless: true },
  { name: 'RLE RGB planar configuration 1', fixture: rgb(2, { planarConfiguration: 1 }), compress: ['dcmcrle'], lossless: true },
  { name: 'RLE MONOCHROME1 12-bit', fixture: mono(16, 12, false, 1, { photometric: 'MONOCHROME1' }), compress: ['dcmcrle'], lossless: true },
  {
    name: 'RLE PALETTE COLOR 8-bit',
    fixture: mono(8, 8, false, 1, { photometric: 'PALETTE COLOR', palette: { entries: 256, bits: 16 } }),
    compress: ['dcmcrle'],
    lossless: true,
  },
  {
    name: 'RLE PALETTE COLOR 16-bit',
    fixture: mono(16, 16, false, 1, { photometric: 'PALETTE COLOR', palette: { entries: 4096, bits: 16 } }),
    compress: ['dcmcrle'],
    lossless: true,
  },
  { name: 'JPEG 2000 lossless 16-bit signed', fixture: mono(16, 16, true), compress: ['gdcmconv', '--j2k'], lossless: true },
  { name: 'JPEG 2000 lossless RGB (RCT)', fixture: rgb(), compress: ['gdcmconv', '--j2k'], lossless: true },
  { name: 'JPEG 2000 lossless 2 frames', fixture: mono(16, 12, false, 2), compress: ['gdcmconv', '--j2k'], lossless: true },
  { name: 'JPEG 2000 lossy RGB (ICT)', fixture: rgb(), compress: ['gdcmconv', '--j2k', '--lossy', '-q', '40'], lossless: false },
  { name: 'JPEG 2000 lossy 12-bit', fixture: mono(16, 12, false), compress: ['gdcmconv', '--j2k', '--lossy', '-q', '30'], lossless: false },
];

/** Source values for a fixture: a pattern over the stored range, signed where the fixture is. */
function sourceValues(f: PixelFixture): number[] {
  const stored = f.bitsStored ?? f.bitsAllocated;
  const signed = f.pixelRepresentation === 1;
  const min = signed ? -(2 ** (stored - 1)) : 0;
  const max = signed ? 2 ** (stored - 1) - 1 : 2 ** stored - 1;
  return testPattern(f.rows, f.columns, f.samplesPerPixel ?? 1, f.numberOfFrames ?? 1, min, max, stored * 31 + (signed ? 1 : 0));
}

/** Values in stored order: planar configuration 1 stores each frame's planes one after another. */
function storedOrder(values: number[], f: PixelFixture): number[] {
  const spp = f.samplesPerPixel ?? 1;
  if (spp === 1 || f.planarConfiguration !== 1) return values;
  const perFrame = f.rows * f.columns * spp;
  const out: number[] = [];
  for (let start = 0; start < values.length; start += perFrame) {
    for (let s = 0; s < spp; s++) for (let p = 0; p < f.rows * f.columns; p++) out.push(values[start + p * spp + s]!);
  }
  return out;
}

let compared = 0;
afterAll(() => {
  if (compared > 0) console.log(`pixel synthetic cases: ${compared} compared exactly with dcmtk/GDCM`);
});

describe.runIf(ready)('pixel layer against dcmtk and GDCM on generated images', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const slug = name.replace(/[^A-Za-z0-9]+/g, '_');
    const values = sourceValues(c.fixture);
    const source = scratch.file(`${slug}-src.dcm`, buildDicom(c.fixture, EXPLICIT_LE, {
      kind: 'native',
      value: nativeValue(storedOrder(values, c.fixture), c.fixture.bitsAllocated),
      vr: c.fixture.bitsAllocated > 8 ? 'OW' : 'OB',
    }));
    const compressed = scratch.file(`${slug}-c.dcm`);
    runTool(c.compress[0]!, [...c.compress.slice(1), source, compressed]);
    const object = readDicomFile(compressed);
    const uid = object.transferSyntax.uid;
    object.close();
    const tool = referenceDecoder(uid);
    expect(tool, `no reference decoder for ${uid}`).toBeDefined();
    const reference = scratch.file(`${slug}-r.dcm`);
    runTool(tool![0]!, [...tool!.slice(1), compressed, reference]);

    const ours = await decodeAllFrames(compressed);
    const result = compareFrames(ours, await decodeAllFrames(reference));
    expect(result.first).toBeUndefined();
    if (c.lossless) {
      const fromSource = compareFrames(ours.map((f) => ({ ...f, photometric: 'same' })), (await decodeAllFrames(source)).map((f) => ({ ...f, photometric: 'same' })));
      expect(fromSource.first).toBeUndefined();
      // + 0 turns the pattern's −0 into 0, which typed arrays cannot hold.
      expect(Array.from(ours.flatMap((f) => Array.from(f.samples)))).toEqual(values.map((v) => v + 0));
    }
    compared++;
  });

  it('splits fragments on start markers when frames span fragments and the offset table is empty', async () => {
    const slug = 'JPEG_baseline_RGB_3_frames_1_KiB_fragments_empty_offset_table';
    const object = readDicomFile(scratch.file(`${slug}-c.dcm`));
    try {
      const reader = openPixelData(object);
      const index = reader.frameIndex()!;
      expect(index.method).toBe('start-markers');
      expect(index.frames).toHaveLength(3);
      expect(index.frames.some((f) => f.length > 1)).toBe(true);
    } finally {
      object.close();
    }
  });
});
