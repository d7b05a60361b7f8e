import type { DicomObject } from '../dicom/readDicomFile.js';
import type { TransferSyntax } from '../dicom/transferSyntax.js';
import { createSampleArray, storeValues, type DecodedFrame, type FrameLayout, type SampleArray } from './decodedFrame.js';
import { indexFrames, readFrameBytes, type FrameIndex, type FrameStartMarker } from './encapsulatedFrames.js';
import { readImageInfo, type ImageInfo } from './imageInfo.js';
import { decodeNativeFrame, nativeFrameRange } from './nativeFrame.js';
import { PixelDataError } from './pixelDataError.js';
import { decodeJpeg } from './codecs/jpeg/decodeJpeg.js';
import { decodeHtj2k, decodeJpeg2000, type J2kImage } from './codecs/jpeg2000.js';
import { decodeJpegLs } from './codecs/jpegLs.js';
import { decodeRle } from './codecs/rle.js';
import type { WasmImage } from './codecs/wasmImage.js';

/** How the frames of a transfer syntax are stored, and which decoder reads them. */
type Codec = 'native' | 'encapsulated-native' | 'rle' | 'jpeg' | 'jpeg-ls' | 'jpeg2000' | 'htj2k';

const CODECS: Readonly<Record<string, Codec>> = {
  '1.2.840.10008.1.2.1.98': 'encapsulated-native',
  '1.2.840.10008.1.2.5': 'rle',
  '1.2.840.10008.1.2.4.50': 'jpeg',
  '1.2.840.10008.1.2.4.51': 'jpeg',
  '1.2.840.10008.1.2.4.53': 'jpeg',
  '1.2.840.10008.1.2.4.55': 'jpeg',
  '1.2.840.10008.1.2.4.57': 'jpeg',
  '1.2.840.10008.1.2.4.70': 'jpeg',
  '1.2.840.10008.1.2.4.80': 'jpeg-ls',
  '1.2.840.10008.1.2.4.81': 'jpeg-ls',
  '1.2.840.10008.1.2.4.90': 'jpeg2000',
  '1.2.840.10008.1.2.4.91': 'jpeg2000',
  '1.2.840.10008.1.2.4.201': 'htj2k',
  '1.2.840.10008.1.2.4.202': 'htj2k',
  '1.2.840.10008.1.2.4.203': 'htj2k',
};

const MARKERS: Readonly<Record<Codec, FrameStartMarker>> = {
  native: 'none',
  'encapsulated-native': 'none',
  rle: 'none',
  jpeg: 'jpeg',
  'jpeg-ls': 'jpeg',
  jpeg2000: 'jpeg2000',
  htj2k: 'jpeg2000',
};

/** Photometric interpretations whose JPEG data dcmdjpeg converts to RGB by default (see JpegDecodeOptions). */
const JPEG_YCBCR = new Set(['YBR_FULL', 'YBR_FULL_422', 'YBR_PARTIAL_422']);

function codecFor(syntax: TransferSyntax): Codec {
  if (!syntax.encapsulated) return 'native';
  const codec = CODECS[syntax.uid];
  if (!codec) throw new PixelDataError('unsupported', `pixel data in ${syntax.name} (${syntax.uid}) cannot be decoded`);
  return codec;
}

/** Reads the frames of one object, one at a time: nothing but the frame asked for is read from the source. */
export interface PixelDataReader {
  readonly info: ImageInfo;
  readonly transferSyntax: TransferSyntax;
  readonly numberOfFrames: number;
  /** Decodes frame `index` (0-based). Throws PixelDataError naming the frame. */
  decodeFrame(index: number): Promise<DecodedFrame>;
  /** How fragments were assigned to frames (encapsulated syntaxes; computed on first use). */
  frameIndex(): FrameIndex | undefined;
}

/** Prepares to decode an object's pixel data. Throws PixelDataError when the attributes are unusable. */
export function openPixelData(object: DicomObject): PixelDataReader {
  const info = readImageInfo(object.dataset);
  const syntax = object.transferSyntax;
  const codec = codecFor(syntax);
  if (codec !== 'native' && info.sampleFormat !== 'integer') {
    throw new PixelDataError('bad-attributes', `${info.sampleFormat} pixel data cannot be encapsulated (PS3.5 A.4)`);
  }
  if (codec === 'native' && info.pixelData.fragments) {
    throw new PixelDataError('bad-attributes', `${syntax.name} pixel data must not be encapsulated`);
  }
  let index: FrameIndex | undefined;
  const frames = (): FrameIndex =>
    (index ??= indexFrames(info.pixelData, object.dataset, info.numberOfFrames, MARKERS[codec], object.source));

  return {
    info,
    transferSyntax: syntax,
    numberOfFrames: info.numberOfFrames,
    frameIndex: () => (codec === 'native' ? undefined : frames()),
    async decodeFrame(frame: number): Promise<DecodedFrame> {
      if (!Number.isInteger(frame) || frame < 0 || frame >= info.numberOfFrames) {
        throw new PixelDataError('missing-data', `there is no frame ${frame + 1}; the object has ${info.numberOfFrames}`);
      }
      try {
        if (codec === 'native') return decodeNative(object, info, frame);
        const fragments = frames().frames[frame];
        if (!fragments) throw new PixelDataError('missing-data', 'no fragment holds this frame');
        const bytes = readFrameBytes(fragments, object.source);
        return { index: frame, ...(await decodeEncapsulated(codec, bytes, info)) };
      } catch (error) {
        if (error instanceof PixelDataError) throw error.inFrame(frame);
        // Reading beyond the file's end surfaces as the reader's own error; anything else is a damaged stream.
        const why = error instanceof Error ? error.message : String(error);
        throw new PixelDataError('missing-data', why, frame);
      }
    },
  };
}

/** Decodes one frame of an object (opening its pixel data each time; use openPixelData for many frames). */
export function decodeFrame(object: DicomObject, frame: number): Promise<DecodedFrame> {
  return openPixelData(object).decodeFrame(frame);
}

/** Native frames always come out at full resolution: YBR_FULL_422 becomes YBR_FULL (PS3.3 C.7.6.3.1.2). */
const fullResolution = (photometric: string): string => (photometric === 'YBR_FULL_422' ? 'YBR_FULL' : photometric);

function layoutOf(info: ImageInfo, photometric: string): FrameLayout {
  return {
    rows: info.rows,
    columns: info.columns,
    samplesPerPixel: info.samplesPerPixel,
    bitsAllocated: info.bitsAllocated,
    bitsStored: info.bitsStored,
    pixelRepresentation: info.pixelRepresentation,
    sampleFormat: info.sampleFormat,
    photometric,
  };
}

function decodeNative(object: DicomObject, info: ImageInfo, frame: number): DecodedFrame {
  const range = nativeFrameRange(info, frame);
  const element = info.pixelData;
  if (element.length === 0xffffffff) throw new PixelDataError('bad-attributes', 'native pixel data has undefined length');
  if (range.offset + range.length > element.length) {
    throw new PixelDataError(
      'missing-data',
      `the pixel data value has ${element.length} bytes but the frame needs bytes ${range.offset} to ${range.offset + range.length}`,
    );
  }
  const bytes = element.bytes
    ? element.bytes.subarray(range.offset, range.offset + range.length)
    : object.source.read(element.valueOffset + range.offset, range.length);
  const samples = decodeNativeFrame(bytes, range, info, element.littleEndian);
  return { index: frame, ...layoutOf(info, fullResolution(info.photometric)), samples };
}

async function decodeEncapsulated(codec: Codec, bytes: Uint8Array, info: ImageInfo): Promise<Omit<DecodedFrame, 'index'>> {
  const shift = info.highBit + 1 - info.bitsStored;
  switch (codec) {
    case 'encapsulated-native': {
      // PS3.5 A.4.11: each fragment holds one frame exactly as Explicit VR Little Endian would.
      const range = { offset: 0, length: nativeFrameRange(info, 0).length, bitOffset: 0 };
      return { ...layoutOf(info, fullResolution(info.photometric)), samples: decodeNativeFrame(bytes, range, info, true) };
    }
    case 'rle': {
      const layout = layoutOf(info, fullResolution(info.photometric));
      return { ...layout, samples: decodeRle(bytes, layout, shift) };
    }
    case 'jpeg': {
      const image = decodeJpeg(bytes, { convertYcbcrToRgb: JPEG_YCBCR.has(info.photometric) });
      checkGeometry(image.width, image.height, image.components, info);
      const photometric = image.convertedToRgb ? 'RGB' : fullResolution(info.photometric);
      return fromRawWords(image.samples, info, photometric);
    }
    case 'jpeg-ls': {
      const image = await decodeJpegLs(bytes);
      checkWasmImage(image, info);
      return fromRawWords(image.samples, info, fullResolution(info.photometric));
    }
    case 'jpeg2000':
    case 'htj2k': {
      const image = codec === 'jpeg2000' ? await decodeJpeg2000(bytes) : await decodeHtj2k(bytes);
      checkWasmImage(image, info);
      // The codestream's precision (SIZ Ssiz) governs when it exceeds Bits Stored, as GDCM decides: masking the
      // decoded values to fewer bits would wrap lossy overshoot and wider data. The frame reports the wider
      // Bits Stored so that the writer can correct (0028,0101) and (0028,0102).
      const bitsStored = Math.min(info.bitsAllocated, Math.max(info.bitsStored, image.bitsPerSample));
      return fromRawWords(image.samples, { ...info, bitsStored }, j2kPhotometric(image, info));
    }
    case 'native':
      throw new PixelDataError('unsupported', 'native pixel data is not encapsulated');
  }
}

/** RCT/ICT were undone by the decoder when COD says they were applied (PS3.5 A.4.4: YBR_RCT, YBR_ICT → RGB). */
function j2kPhotometric(image: J2kImage, info: ImageInfo): string {
  if (image.components === 3 && image.header.multipleComponentTransform) return 'RGB';
  return fullResolution(info.photometric);
}

function checkGeometry(width: number, height: number, components: number, info: ImageInfo): void {
  if (width !== info.columns || height !== info.rows || components !== info.samplesPerPixel) {
    throw new PixelDataError(
      'corrupt-data',
      `the codestream is ${width}×${height} with ${components} components but the data set says ${info.columns}×${info.rows} with ${info.samplesPerPixel}`,
    );
  }
}

function checkWasmImage(image: WasmImage, info: ImageInfo): void {
  checkGeometry(image.width, image.height, image.components, info);
  if (image.bitsPerSample > info.bitsAllocated) {
    throw new PixelDataError('corrupt-data', `the codestream has ${image.bitsPerSample}-bit samples but Bits Allocated is ${info.bitsAllocated}`);
  }
}

/** Codec output (stored values in the low bits, interleaved) to the frame's typed values. */
function fromRawWords(raw: ArrayLike<number>, info: ImageInfo, photometric: string): Omit<DecodedFrame, 'index'> {
  const layout = layoutOf(info, photometric);
  const samples: SampleArray = createSampleArray(layout, info.rows * info.columns * info.samplesPerPixel);
  storeValues(samples, raw, info.bitsStored, info.pixelRepresentation === 1);
  return { ...layout, samples };
}
