import { findElement, type DicomElement } from '../dicom/dataset.js';
import { getNumber, getString } from '../dicom/values.js';
import { PixelDataError } from './pixelDataError.js';

/** Pixel data elements: (7FE0,0010) integer samples, (7FE0,0008) Float and (7FE0,0009) Double Float (PS3.3 C.7.6.3). */
export const PIXEL_DATA = 0x7fe00010;
export const FLOAT_PIXEL_DATA = 0x7fe00008;
export const DOUBLE_FLOAT_PIXEL_DATA = 0x7fe00009;
/** Extended Offset Table and its lengths (PS3.3 C.7.6.3.1.8), used when encapsulated frames exceed 4 GiB offsets. */
export const EXTENDED_OFFSET_TABLE = 0x7fe00001;
export const EXTENDED_OFFSET_TABLE_LENGTHS = 0x7fe00002;

const SAMPLES_PER_PIXEL = 0x00280002;
const PHOTOMETRIC_INTERPRETATION = 0x00280004;
const PLANAR_CONFIGURATION = 0x00280006;
const NUMBER_OF_FRAMES = 0x00280008;
const ROWS = 0x00280010;
const COLUMNS = 0x00280011;
const BITS_ALLOCATED = 0x00280100;
const BITS_STORED = 0x00280101;
const HIGH_BIT = 0x00280102;
const PIXEL_REPRESENTATION = 0x00280103;

/** How samples are represented: integers (Pixel Data) or IEEE floats (Float / Double Float Pixel Data). */
export type SampleFormat = 'integer' | 'float32' | 'float64';

/** The Image Pixel module attributes (PS3.3 C.7.6.3) that decoding and encoding depend on. */
export interface ImageInfo {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: 1 | 3;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly highBit: number;
  /** 0 unsigned, 1 two's complement (PS3.3 C.7.6.3.1.1); always 0 for float samples. */
  readonly pixelRepresentation: 0 | 1;
  /** Photometric Interpretation as written, e.g. MONOCHROME2, RGB, YBR_FULL_422, PALETTE COLOR. */
  readonly photometric: string;
  /** 0 colour-by-pixel, 1 colour-by-plane (PS3.3 C.7.6.3.1.3); 0 for single-sample images. */
  readonly planarConfiguration: 0 | 1;
  readonly numberOfFrames: number;
  readonly sampleFormat: SampleFormat;
  /** The element that holds the pixel data. */
  readonly pixelData: DicomElement;
}

const need = (dataset: readonly DicomElement[], tag: number, name: string): number => {
  const value = getNumber(dataset, tag);
  if (value === undefined || !Number.isInteger(value)) {
    throw new PixelDataError('bad-attributes', `${name} is missing or not a number`);
  }
  return value;
};

/** Reads and checks the attributes that describe the pixel data of a data set. Throws PixelDataError. */
export function readImageInfo(dataset: readonly DicomElement[]): ImageInfo {
  const pixelData =
    findElement(dataset, PIXEL_DATA) ?? findElement(dataset, FLOAT_PIXEL_DATA) ?? findElement(dataset, DOUBLE_FLOAT_PIXEL_DATA);
  if (!pixelData) throw new PixelDataError('missing-data', 'the object has no Pixel Data, Float Pixel Data or Double Float Pixel Data');
  const sampleFormat: SampleFormat =
    pixelData.tag === FLOAT_PIXEL_DATA ? 'float32' : pixelData.tag === DOUBLE_FLOAT_PIXEL_DATA ? 'float64' : 'integer';

  const rows = need(dataset, ROWS, 'Rows (0028,0010)');
  const columns = need(dataset, COLUMNS, 'Columns (0028,0011)');
  if (rows < 1 || columns < 1) throw new PixelDataError('bad-attributes', `the image is ${columns}×${rows} pixels`);
  const samples = getNumber(dataset, SAMPLES_PER_PIXEL) ?? 1;
  if (samples !== 1 && samples !== 3) {
    // 4-sample interpretations (ARGB, CMYK) are retired (PS3.3 C.7.6.3.1.2).
    throw new PixelDataError('unsupported', `Samples per Pixel is ${samples}; only 1 and 3 are supported`);
  }
  const bitsAllocated = need(dataset, BITS_ALLOCATED, 'Bits Allocated (0028,0100)');
  const expectedFloatBits = sampleFormat === 'float32' ? 32 : sampleFormat === 'float64' ? 64 : undefined;
  if (expectedFloatBits !== undefined && bitsAllocated !== expectedFloatBits) {
    // PS3.3 C.7.6.24: Float Pixel Data has Bits Allocated 32, Double Float Pixel Data 64.
    throw new PixelDataError('bad-attributes', `${sampleFormat} pixel data needs Bits Allocated ${expectedFloatBits}, not ${bitsAllocated}`);
  }
  if (sampleFormat === 'integer' && ![1, 8, 16, 32].includes(bitsAllocated)) {
    throw new PixelDataError('unsupported', `Bits Allocated ${bitsAllocated} is not supported (1, 8, 16 or 32)`);
  }
  const bitsStored = sampleFormat === 'integer' ? (getNumber(dataset, BITS_STORED) ?? bitsAllocated) : bitsAllocated;
  const highBit = sampleFormat === 'integer' ? (getNumber(dataset, HIGH_BIT) ?? bitsStored - 1) : bitsAllocated - 1;
  if (bitsStored < 1 || bitsStored > bitsAllocated || highBit < bitsStored - 1 || highBit >= bitsAllocated) {
    throw new PixelDataError(
      'bad-attributes',
      `Bits Stored ${bitsStored} and High Bit ${highBit} do not fit in Bits Allocated ${bitsAllocated}`,
    );
  }
  const representation = sampleFormat === 'integer' ? (getNumber(dataset, PIXEL_REPRESENTATION) ?? 0) : 0;
  if (representation !== 0 && representation !== 1) {
    throw new PixelDataError('bad-attributes', `Pixel Representation is ${representation}`);
  }
  const photometric = (getString(dataset, PHOTOMETRIC_INTERPRETATION) ?? '').toUpperCase() || (samples === 3 ? 'RGB' : 'MONOCHROME2');
  const planar = samples === 3 ? (getNumber(dataset, PLANAR_CONFIGURATION) ?? 0) : 0;
  if (planar !== 0 && planar !== 1) throw new PixelDataError('bad-attributes', `Planar Configuration is ${planar}`);
  // Number of Frames (IS) may be absent for single-frame objects; a garbled value counts as one frame, as dcmtk does.
  const frames = getNumber(dataset, NUMBER_OF_FRAMES);
  const numberOfFrames = frames !== undefined && Number.isInteger(frames) && frames >= 1 ? frames : 1;
  return {
    rows,
    columns,
    samplesPerPixel: samples,
    bitsAllocated,
    bitsStored,
    highBit,
    pixelRepresentation: representation,
    photometric,
    planarConfiguration: planar,
    numberOfFrames,
    sampleFormat,
    pixelData,
  };
}

/** Samples in one frame (all channels). */
export const samplesPerFrame = (info: Pick<ImageInfo, 'rows' | 'columns' | 'samplesPerPixel'>): number =>
  info.rows * info.columns * info.samplesPerPixel;
