import { PixelDataError } from '../pixelDataError.js';
import { copyDecoded, ReusableDecoder, type WasmImage } from './wasmImage.js';
import { loadCharLs, type CharLsDecoder, type CharLsEncoder, type CharLsModule } from './wasmModules.js';

/**
 * JPEG-LS (ISO 14495-1; DICOM .80 lossless and .81 near-lossless, PS3.5 A.4.3) through CharLS. JPEG-LS codes
 * samples as unsigned values of the frame's precision: signed DICOM data travel as their two's complement bit
 * patterns, which the caller sign-extends.
 */

/** ISO 14495-1 interleave modes (ILV): planes one after another, line by line, or sample by sample. */
const INTERLEAVE_NONE = 0;
const INTERLEAVE_SAMPLE = 2;

let decoder: ReusableDecoder<CharLsDecoder> | undefined;
let encoder: CharLsEncoder | undefined;

async function charls(): Promise<CharLsModule> {
  return loadCharLs();
}

/** Decodes a JPEG-LS frame; samples come back interleaved by pixel whatever the interleave mode. */
export async function decodeJpegLs(data: Uint8Array): Promise<WasmImage & { readonly nearLossless: number }> {
  const module = await charls();
  decoder ??= new ReusableDecoder('JPEG-LS (CharLS)', () => new module.JpegLSDecoder());
  return decoder.run(data, (d) => {
    const info = d.getFrameInfo();
    const samples = copyDecoded(d.getDecodedBuffer(), info, false);
    const planar = info.componentCount > 1 && d.getInterleaveMode() === INTERLEAVE_NONE;
    return {
      width: info.width,
      height: info.height,
      components: info.componentCount,
      bitsPerSample: info.bitsPerSample,
      signed: false,
      samples: planar ? interleave(samples, info.componentCount) : samples,
      nearLossless: d.getNearLossless(),
    };
  });
}

function interleave<T extends WasmImage['samples']>(planes: T, components: number): T {
  const out = planes.slice() as T;
  const count = planes.length / components;
  for (let c = 0; c < components; c++) for (let i = 0; i < count; i++) out[i * components + c] = planes[c * count + i]!;
  return out;
}

/** What JPEG-LS encoding needs to know about the samples. */
export interface JpegLsInput {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  /** Bits per sample (2–16): Bits Stored. */
  readonly bitsPerSample: number;
  /** Interleaved samples as unsigned values below 2^bitsPerSample. */
  readonly samples: ArrayLike<number>;
}

/** Encodes losslessly (NEAR = 0) with sample interleaving, as dcmcjpls does by default. */
export async function encodeJpegLs(input: JpegLsInput): Promise<Uint8Array> {
  if (input.bitsPerSample < 2 || input.bitsPerSample > 16) {
    throw new PixelDataError('unsupported', `JPEG-LS cannot encode ${input.bitsPerSample}-bit samples (2 to 16 bits)`);
  }
  const module = await charls();
  const e = (encoder ??= new module.JpegLSEncoder());
  try {
    const info = { width: input.width, height: input.height, bitsPerSample: input.bitsPerSample, componentCount: input.components };
    const raw = e.getDecodedBuffer(info);
    if (input.bitsPerSample > 8) {
      new Uint16Array(raw.buffer, raw.byteOffset, input.samples.length).set(input.samples);
    } else {
      raw.set(input.samples);
    }
    e.setNearLossless(0);
    e.setInterleaveMode(input.components > 1 ? INTERLEAVE_SAMPLE : INTERLEAVE_NONE);
    e.encode();
    // A copy as a plain Uint8Array (the module hands out a Uint8ClampedArray view of its memory).
    return new Uint8Array(e.getEncodedBuffer());
  } catch (error) {
    encoder = undefined;
    try {
      e.delete();
    } catch {
      // Abandoned either way.
    }
    const why = error instanceof Error ? error.message : `internal error ${String(error)}`;
    throw new PixelDataError('corrupt-data', `JPEG-LS (CharLS) could not encode the frame: ${why}`);
  }
}
