import type { ByteSource } from '../../dicom/byteSource.js';
import { findElement, type DicomElement } from '../../dicom/dataset.js';
import { getNumber, numberValues, valueBytes } from '../../dicom/values.js';
import { expandSegmentedLut } from './expandSegmentedLut.js';
import { PixelOpError } from './pixelOpError.js';

/** A palette (PS3.3 C.7.6.3.1.5, C.7.9): stored value v shows entry clamp(v − firstMapped, 0, entries − 1). */
export interface PaletteColorLut {
  readonly entries: number;
  /** The stored pixel value that maps to entry 0. */
  readonly firstMapped: number;
  /** Bits per entry as the descriptor gives them (8 or 16). */
  readonly bits: number;
  readonly red: readonly number[];
  readonly green: readonly number[];
  readonly blue: readonly number[];
}

const CHANNELS = [
  { name: 'Red', descriptor: 0x00281101, data: 0x00281201, segmented: 0x00281221 },
  { name: 'Green', descriptor: 0x00281102, data: 0x00281202, segmented: 0x00281222 },
  { name: 'Blue', descriptor: 0x00281103, data: 0x00281203, segmented: 0x00281223 },
] as const;

const PIXEL_REPRESENTATION = 0x00280103;

/**
 * Reads the Red, Green and Blue Palette Color Lookup Tables of a data set: descriptors (0028,1101-1103) with
 * either plain data (0028,1201-1203) or segmented data (0028,1221-1223). Bulk values are read from `source`.
 * Throws PixelOpError naming the channel when a table is missing, malformed or of another length than its
 * descriptor says.
 */
export function readPaletteColorLut(dataset: readonly DicomElement[], source?: ByteSource): PaletteColorLut {
  const signed = getNumber(dataset, PIXEL_REPRESENTATION) === 1;
  const tables = CHANNELS.map((channel) => readChannel(dataset, channel, signed, source));
  const [red, green, blue] = tables as [Channel, Channel, Channel];
  for (const other of [green, blue]) {
    if (other.entries !== red.entries || other.firstMapped !== red.firstMapped) {
      throw new PixelOpError('bad-attributes', 'the Red, Green and Blue palette descriptors disagree on entries or first mapped value (PS3.3 C.7.6.3.1.5)');
    }
  }
  return { entries: red.entries, firstMapped: red.firstMapped, bits: red.bits, red: red.values, green: green.values, blue: blue.values };
}

interface Channel {
  readonly entries: number;
  readonly firstMapped: number;
  readonly bits: number;
  readonly values: number[];
}

function readChannel(
  dataset: readonly DicomElement[],
  channel: (typeof CHANNELS)[number],
  signed: boolean,
  source: ByteSource | undefined,
): Channel {
  const descriptor = findElement(dataset, channel.descriptor);
  const values = descriptor ? numberValues(descriptor) : [];
  if (values.length !== 3) {
    throw new PixelOpError('bad-attributes', `the ${channel.name} Palette Color Lookup Table Descriptor is ${descriptor ? `${values.length} values` : 'missing'}; PALETTE COLOR needs 3`);
  }
  // PS3.3 C.7.6.3.1.5: the number of entries is unsigned even in an SS descriptor, and 0 means 65536; the first
  // mapped value is signed when the pixels are, whatever VR the descriptor was read with.
  const count = values[0]! < 0 ? values[0]! + 0x10000 : values[0]!;
  const entries = count === 0 ? 65536 : count;
  const firstMapped = signed && descriptor!.vr === 'US' && values[1]! >= 0x8000 ? values[1]! - 0x10000 : values[1]!;
  const bits = values[2]!;
  if (bits !== 8 && bits !== 16) {
    throw new PixelOpError('bad-attributes', `the ${channel.name} palette has ${bits} bits per entry; PS3.3 C.7.6.3.1.5 allows 8 or 16`);
  }
  const plain = findElement(dataset, channel.data);
  const segmented = findElement(dataset, channel.segmented);
  let table: number[];
  if (plain) {
    table = plainEntries(wordBytes(plain, source, channel.name), entries, bits, channel.name);
  } else if (segmented) {
    const bytes = wordBytes(segmented, source, channel.name);
    table = expandSegmentedLut(bits === 8 ? bytes : sixteenBit(bytes), channel.name);
    if (table.length !== entries) {
      throw new PixelOpError('bad-attributes', `the segmented ${channel.name} palette expands to ${table.length} entries but its descriptor says ${entries}`);
    }
  } else {
    throw new PixelOpError('bad-attributes', `the ${channel.name} Palette Color Lookup Table Data is missing`);
  }
  return { entries, firstMapped, bits, values: table };
}

/** The value's bytes in little-endian word order (OW is swapped as 16-bit words, PS3.5 7.3). */
function wordBytes(element: DicomElement, source: ByteSource | undefined, channel: string): Uint8Array {
  if (element.bulk && !source) {
    throw new PixelOpError('invalid-argument', `the ${channel} palette data was left in the file (a bulk value): pass the object's source`);
  }
  const bytes = valueBytes(element, source);
  if (element.littleEndian) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

const sixteenBit = (bytes: Uint8Array): number[] => {
  const out: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) out.push(bytes[i]! | (bytes[i + 1]! << 8));
  return out;
};

/**
 * Plain table data: 16-bit entries are words. 8-bit entries are met both packed two to a word and one to a word
 * (as dcmtk and pydicom also accept); the value length tells which. Only comparisons between entries matter
 * here, so an 8-bit entry kept in a word's high byte still orders correctly.
 */
function plainEntries(bytes: Uint8Array, entries: number, bits: number, channel: string): number[] {
  if (bits === 16 || bytes.length >= entries * 2) {
    const words = sixteenBit(bytes);
    if (words.length < entries) throw short(channel, bytes.length, entries);
    return words.slice(0, entries);
  }
  if (bytes.length < entries) throw short(channel, bytes.length, entries);
  return Array.from(bytes.subarray(0, entries));
}

const short = (channel: string, length: number, entries: number): PixelOpError =>
  new PixelOpError('bad-attributes', `the ${channel} Palette Color Lookup Table Data has ${length} bytes, too few for ${entries} entries`);
