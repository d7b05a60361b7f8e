import { PixelDataError } from '../../pixelDataError.js';
import { interleaveComponents, ycbcrToRgb } from './colorConvert.js';
import { decodeDctScans } from './jpegDct.js';
import { decodeLosslessScans } from './jpegLossless.js';
import { parseJpeg, type JpegProcess } from './jpegStream.js';
import { upsamplePlane } from './upsample.js';

/** A decoded JPEG image: interleaved samples at full resolution. */
export interface JpegImage {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  readonly precision: number;
  readonly process: JpegProcess;
  /** Whether YCbCr was converted to RGB. */
  readonly convertedToRgb: boolean;
  readonly samples: Uint16Array;
}

export interface JpegDecodeOptions {
  /**
   * Convert three-component DCT-based images from YCbCr to RGB. dcmdjpeg's default (+cp) converts exactly when
   * the data set's Photometric Interpretation is YBR_FULL, YBR_FULL_422 or YBR_PARTIAL_422, whatever colour space
   * the JPEG markers suggest; otherwise it passes the components through unchanged.
   */
  readonly convertYcbcrToRgb: boolean;
}

/** Decodes a baseline, extended (8/12-bit) or lossless Huffman-coded JPEG stream. Throws PixelDataError. */
export function decodeJpeg(data: Uint8Array, options: JpegDecodeOptions): JpegImage {
  const stream = parseJpeg(data);
  const { frame } = stream;
  const count = frame.components.length;
  if (count !== 1 && count !== 3) throw new PixelDataError('unsupported', `JPEG with ${count} components is not supported (1 or 3)`);
  const samples = new Uint16Array(frame.width * frame.height * count);
  if (frame.process === 'lossless') {
    // Lossless data are never colour-converted: that would lose the exactness the syntax promises.
    interleaveComponents(decodeLosslessScans(data, stream), samples);
    return { ...describe(frame), convertedToRgb: false, samples };
  }
  const planes = decodeDctScans(data, stream).map((plane) => upsamplePlane(plane, frame.width, frame.height));
  const convert = count === 3 && options.convertYcbcrToRgb;
  if (convert) ycbcrToRgb(planes[0]!, planes[1]!, planes[2]!, frame.precision, samples);
  else interleaveComponents(planes, samples);
  return { ...describe(frame), convertedToRgb: convert, samples };
}

const describe = (frame: ReturnType<typeof parseJpeg>['frame']) => ({
  width: frame.width,
  height: frame.height,
  components: frame.components.length,
  precision: frame.precision,
  process: frame.process,
});
