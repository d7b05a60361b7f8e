import type { FrameLayout, SampleArray } from './decodedFrame.js';
import { PixelDataError } from './pixelDataError.js';
import { encodeJpegLs } from './codecs/jpegLs.js';
import { encodeRle } from './codecs/rle.js';

/** The lossless syntaxes the engine writes changed pixels in: RLE Lossless and JPEG-LS Lossless. */
export const RLE_LOSSLESS = '1.2.840.10008.1.2.5';
export const JPEG_LS_LOSSLESS = '1.2.840.10008.1.2.4.80';
export type LosslessEncoding = typeof RLE_LOSSLESS | typeof JPEG_LS_LOSSLESS;

/** A frame to encode: values in DecodedFrame's convention (interleaved, stored values at bit 0). */
export interface EncodableFrame extends FrameLayout {
  readonly samples: SampleArray;
}

/**
 * Encodes one frame as the single fragment of an encapsulated frame (PS3.5 A.4: RLE and JPEG-LS frames are one
 * fragment each). Decoding the result gives back exactly `frame.samples`. The photometric interpretation is
 * unchanged: neither encoder transforms colour (RLE of RGB stays RGB, PS3.5 G.2; JPEG-LS without the colour
 * transform of ISO 14495-2). Throws PixelDataError for frames the syntax cannot hold.
 */
export async function encodeFrame(frame: EncodableFrame, transferSyntaxUid: LosslessEncoding): Promise<Uint8Array> {
  checkFrame(frame);
  if (transferSyntaxUid === RLE_LOSSLESS) return encodeRle(frame.samples, frame);
  if (transferSyntaxUid === JPEG_LS_LOSSLESS) {
    const encoded = await encodeJpegLs({
      width: frame.columns,
      height: frame.rows,
      components: frame.samplesPerPixel,
      bitsPerSample: frame.bitsStored,
      samples: unsignedPatterns(frame),
    });
    return evenLength(encoded);
  }
  throw new PixelDataError('unsupported', `encoding to transfer syntax ${String(transferSyntaxUid)} is not supported`);
}

function checkFrame(frame: EncodableFrame): void {
  if (frame.sampleFormat !== 'integer') {
    throw new PixelDataError('unsupported', 'float pixel data can only be stored uncompressed (PS3.5 A.4)');
  }
  if (frame.bitsAllocated !== 8 && frame.bitsAllocated !== 16 && !(frame.bitsAllocated === 32)) {
    throw new PixelDataError('unsupported', `frames with Bits Allocated ${frame.bitsAllocated} cannot be compressed`);
  }
  const expected = frame.rows * frame.columns * frame.samplesPerPixel;
  if (frame.samples.length !== expected) {
    throw new PixelDataError('bad-attributes', `the frame has ${frame.samples.length} samples but ${frame.columns}×${frame.rows}×${frame.samplesPerPixel} are needed`);
  }
  if (frame.photometric === 'YBR_FULL_422') {
    // Decoded frames are never subsampled (DecodedFrame's convention); 422 values here would be mislabelled.
    throw new PixelDataError('bad-attributes', 'a full-resolution frame cannot be labelled YBR_FULL_422');
  }
}

/**
 * JPEG-LS codes samples as unsigned P-bit numbers; signed values travel as their two's complement bit pattern in
 * Bits Stored bits (PS3.5 A.4.3 leaves interpretation to Pixel Representation), and decoding sign-extends them.
 */
function unsignedPatterns(frame: EncodableFrame): ArrayLike<number> {
  if (frame.pixelRepresentation === 0) return frame.samples;
  const mask = 2 ** frame.bitsStored - 1;
  const out = new Uint32Array(frame.samples.length);
  for (let i = 0; i < out.length; i++) out[i] = frame.samples[i]! & mask;
  return out;
}

/**
 * Fragments have even length (PS3.5 A.4). An odd codestream gets a fill byte FF before its final EOI marker
 * (markers may be preceded by fill bytes), as dcmcjpls does by default, rather than a byte after EOI.
 */
function evenLength(bytes: Uint8Array): Uint8Array {
  if (bytes.length % 2 === 0) return bytes;
  const n = bytes.length;
  if (n < 2 || bytes[n - 2] !== 0xff || bytes[n - 1] !== 0xd9) {
    throw new PixelDataError('corrupt-data', 'the JPEG-LS encoder produced a codestream that does not end with EOI');
  }
  const out = new Uint8Array(n + 1);
  out.set(bytes.subarray(0, n - 2));
  out.set([0xff, 0xff, 0xd9], n - 2);
  return out;
}
