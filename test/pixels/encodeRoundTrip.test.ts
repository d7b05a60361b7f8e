import { afterAll, describe, expect, it } from 'vitest';
import { readDicomBytes } from '../../main/dicom/readDicomFile.js';
import { createSampleArray, type SampleArray } from '../../main/pixels/decodedFrame.js';
import { openPixelData } from '../../main/pixels/decodeFrame.js';
import { encodeFrame, JPEG_LS_LOSSLESS, RLE_LOSSLESS, type EncodableFrame, type LosslessEncoding } from '../../main/pixels/encodeFrame.js';
import { haveTools } from '../support/environment.js';
import { buildDicom, seededRandom, testPattern } from './support/buildDicom.js';
import { compareFrames, decodeAllFrames, runTool, scratchDir } from './support/referenceTools.js';

/**
 * decode(encode(x)) === x for the lossless encoders, for 8- and 16-bit, signed and unsigned, one and three
 * samples, with the extremes of each range present; and the reference decoders (dcmdrle, dcmdjpls) read what
 * the encoders write to the same values.
 */

interface Shape {
  readonly bits: 8 | 16;
  readonly signed: boolean;
  readonly samplesPerPixel: 1 | 3;
}

const SHAPES: Shape[] = [8, 16].flatMap((bits) =>
  [false, true].flatMap((signed) => ([1, 3] as const).map((samplesPerPixel) => ({ bits: bits as 8 | 16, signed, samplesPerPixel }))),
);

function frameFor(shape: Shape, rows = 33, columns = 47, seed = 1): EncodableFrame {
  const layout = {
    rows,
    columns,
    samplesPerPixel: shape.samplesPerPixel,
    bitsAllocated: shape.bits,
    bitsStored: shape.bits,
    pixelRepresentation: shape.signed ? 1 : 0,
    sampleFormat: 'integer',
    photometric: shape.samplesPerPixel === 3 ? 'RGB' : 'MONOCHROME2',
  } as const;
  const min = shape.signed ? -(2 ** (shape.bits - 1)) : 0;
  const max = shape.signed ? 2 ** (shape.bits - 1) - 1 : 2 ** shape.bits - 1;
  const values = testPattern(rows, columns, shape.samplesPerPixel, 1, min, max, seed);
  const samples: SampleArray = createSampleArray(layout, values.length);
  samples.set(values);
  // The extremes, runs (RLE replicate runs and runs across rows) and noise (literal runs).
  samples[0] = min;
  samples[1] = max;
  samples.fill(max, 2 * columns, 3 * columns + 200);
  const random = seededRandom(seed + 99);
  for (let i = 5 * columns; i < 7 * columns; i++) samples[i] = min + Math.floor(random() * (max - min + 1));
  return { ...layout, samples };
}

function wrap(frame: EncodableFrame, uid: LosslessEncoding, fragments: Uint8Array[]): Uint8Array {
  return buildDicom(
    {
      rows: frame.rows,
      columns: frame.columns,
      samplesPerPixel: frame.samplesPerPixel,
      bitsAllocated: frame.bitsAllocated,
      bitsStored: frame.bitsStored,
      pixelRepresentation: frame.pixelRepresentation,
      photometric: frame.photometric,
      numberOfFrames: fragments.length,
    },
    uid,
    { kind: 'encapsulated', fragments },
  );
}

const ENCODINGS: [string, LosslessEncoding][] = [
  ['RLE Lossless', RLE_LOSSLESS],
  ['JPEG-LS Lossless', JPEG_LS_LOSSLESS],
];

describe.each(ENCODINGS)('%s encoding', (_name, uid) => {
  it.each(SHAPES.map((s) => [`${s.bits}-bit ${s.signed ? 'signed' : 'unsigned'} ${s.samplesPerPixel} sample(s)`, s] as const))(
    'round-trips %s exactly',
    async (_label, shape) => {
      const frames = [frameFor(shape, 33, 47, 1), frameFor(shape, 33, 47, 2)];
      const fragments = await Promise.all(frames.map((f) => encodeFrame(f, uid)));
      for (const fragment of fragments) expect(fragment.length % 2).toBe(0);
      const object = readDicomBytes(wrap(frames[0]!, uid, fragments));
      const reader = openPixelData(object);
      for (const [i, frame] of frames.entries()) {
        const decoded = await reader.decodeFrame(i);
        expect(decoded.samples.constructor).toBe(frame.samples.constructor);
        expect(Array.from(decoded.samples)).toEqual(Array.from(frame.samples));
        expect(decoded.photometric).toBe(frame.photometric);
      }
    },
  );

  it('rejects float samples and mislabelled subsampled frames', async () => {
    const frame = frameFor(SHAPES[0]!);
    await expect(encodeFrame({ ...frame, sampleFormat: 'float32', samples: new Float32Array(frame.samples.length) }, uid)).rejects.toThrow(/float/);
    await expect(encodeFrame({ ...frameFor(SHAPES[1]!), photometric: 'YBR_FULL_422' }, uid)).rejects.toThrow(/YBR_FULL_422/);
  });
});

const tools = haveTools('dcmdrle', 'dcmdjpls');
const scratch = scratchDir();
afterAll(() => scratch.dispose());

describe.runIf(tools)('reference decoders read what the encoders write', () => {
  const cases = ENCODINGS.flatMap(([name, uid]) => SHAPES.map((s) => [`${name} ${s.bits}-bit ${s.signed ? 'signed' : 'unsigned'} ×${s.samplesPerPixel}`, uid, s] as const));
  it.each(cases)('%s', async (label, uid, shape) => {
    const frame = frameFor(shape, 64, 80, 5);
    const encoded = scratch.file(`${label.replace(/\W+/g, '_')}.dcm`, wrap(frame, uid, [await encodeFrame(frame, uid)]));
    const decoded = scratch.file(`${label.replace(/\W+/g, '_')}-ref.dcm`);
    runTool(uid === RLE_LOSSLESS ? 'dcmdrle' : 'dcmdjpls', [encoded, decoded]);
    const result = compareFrames(await decodeAllFrames(decoded), [{ index: 0, ...frame }]);
    expect(result.first).toBeUndefined();
  });
});
