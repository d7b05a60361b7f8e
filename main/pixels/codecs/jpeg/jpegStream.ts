import { PixelDataError } from '../../pixelDataError.js';
import { buildHuffmanTable, type HuffmanTable } from './huffman.js';

/**
 * The structure of one JPEG interchange-format stream (ITU-T T.81 Annex B): frame header, tables, and the
 * scans with the tables in force when each began, parsed without decoding any entropy-coded data.
 */

export type JpegProcess = 'baseline' | 'extended' | 'lossless';

export interface JpegComponent {
  readonly id: number;
  /** Horizontal and vertical sampling factors (1–4). */
  readonly h: number;
  readonly v: number;
  readonly quantTable: number;
}

export interface JpegFrame {
  readonly process: JpegProcess;
  /** Sample precision P in bits. */
  readonly precision: number;
  readonly width: number;
  readonly height: number;
  readonly components: readonly JpegComponent[];
}

export interface JpegScanComponent {
  /** Index into the frame's components. */
  readonly index: number;
  readonly dcTable: HuffmanTable;
  readonly acTable: HuffmanTable | undefined;
}

export interface JpegScan {
  readonly components: readonly JpegScanComponent[];
  /** Start and end of spectral selection; for lossless, Ss is the predictor (T.81 H.1.2.1). */
  readonly ss: number;
  readonly se: number;
  readonly ah: number;
  /** Successive approximation low bit; for lossless, the point transform Pt. */
  readonly al: number;
  readonly restartInterval: number;
  /** The entropy-coded data: from after the SOS header to the marker that ends the scan. */
  readonly dataStart: number;
  readonly dataEnd: number;
  /** Quantization tables (natural order) in force for this scan, by table id. */
  readonly quantTables: readonly (Int32Array | undefined)[];
}

export interface JpegStream {
  readonly frame: JpegFrame;
  readonly scans: readonly JpegScan[];
  /** APP14 "Adobe" colour transform flag when present (0: none, 1: YCbCr). */
  readonly adobeTransform: number | undefined;
  readonly jfif: boolean;
}

/** Zig-zag position to natural (row-major) position in an 8×8 block (T.81 Figure A.6). */
export const ZIGZAG_TO_NATURAL = new Uint8Array([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
  28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61,
  54, 47, 55, 62, 63,
]);

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DQT = 0xdb;
const DHT = 0xc4;
const DRI = 0xdd;
const DNL = 0xdc;
const APP0 = 0xe0;
const APP14 = 0xee;

const SOF_PROCESS: Readonly<Record<number, JpegProcess>> = { 0xc0: 'baseline', 0xc1: 'extended', 0xc3: 'lossless' };
const SOF_NAMES: Readonly<Record<number, string>> = {
  0xc2: 'progressive DCT (SOF2)',
  0xc5: 'differential sequential (SOF5)',
  0xc6: 'differential progressive (SOF6)',
  0xc7: 'differential lossless (SOF7)',
  0xc9: 'arithmetic-coded sequential (SOF9)',
  0xca: 'arithmetic-coded progressive (SOF10)',
  0xcb: 'arithmetic-coded lossless (SOF11)',
  0xcd: 'arithmetic-coded differential (SOF13)',
  0xce: 'arithmetic-coded differential progressive (SOF14)',
  0xcf: 'arithmetic-coded differential lossless (SOF15)',
};

const corrupt = (detail: string): PixelDataError => new PixelDataError('corrupt-data', `JPEG: ${detail}`);

/** Parses the markers of a JPEG stream. Throws PixelDataError for damaged or unsupported streams. */
export function parseJpeg(data: Uint8Array): JpegStream {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== SOI) throw corrupt('the frame does not begin with an SOI marker (FFD8)');
  const quantTables: (Int32Array | undefined)[] = [];
  const dcTables: (HuffmanTable | undefined)[] = [];
  const acTables: (HuffmanTable | undefined)[] = [];
  let restartInterval = 0;
  let frame: JpegFrame | undefined;
  let adobeTransform: number | undefined;
  let jfif = false;
  const scans: JpegScan[] = [];
  let pos = 2;
  for (;;) {
    // Markers may be preceded by any number of fill bytes FF (T.81 B.1.1.2).
    if (pos >= data.length) break;
    if (data[pos] !== 0xff) throw corrupt(`expected a marker at byte ${pos}, found ${hex(data[pos]!)}`);
    while (pos < data.length && data[pos] === 0xff) pos++;
    if (pos >= data.length) break;
    const marker = data[pos++]!;
    if (marker === EOI) break;
    if (marker >= 0xd0 && marker <= 0xd7) continue;
    if (pos + 2 > data.length) throw corrupt(`the stream ends inside marker ${hex(marker)}`);
    const length = (data[pos]! << 8) | data[pos + 1]!;
    const start = pos + 2;
    const end = pos + length;
    if (length < 2 || end > data.length) throw corrupt(`marker ${hex(marker)} has length ${length}, beyond the end of the data`);
    const body = data.subarray(start, end);
    if (marker === DQT) readQuantTables(body, quantTables);
    else if (marker === DHT) readHuffmanTables(body, dcTables, acTables);
    else if (marker === DRI) restartInterval = body.length >= 2 ? (body[0]! << 8) | body[1]! : 0;
    else if (marker === APP0 && ascii(body, 0, 5) === 'JFIF\0') jfif = true;
    else if (marker === APP14 && ascii(body, 0, 5) === 'Adobe' && body.length >= 12) adobeTransform = body[11];
    else if (marker === DNL) throw new PixelDataError('unsupported', 'JPEG: a DNL marker (height defined after the first scan) is not supported');
    else if (SOF_PROCESS[marker]) {
      if (frame) throw corrupt('more than one frame header (SOF)');
      frame = readFrameHeader(body, SOF_PROCESS[marker]!);
    } else if (SOF_NAMES[marker]) {
      throw new PixelDataError('unsupported', `JPEG ${SOF_NAMES[marker]} is not supported`);
    } else if (marker === SOS) {
      if (!frame) throw corrupt('a scan (SOS) comes before the frame header (SOF)');
      const dataEnd = findScanEnd(data, end);
      scans.push(readScanHeader(body, frame, dcTables, acTables, quantTables, restartInterval, end, dataEnd));
      pos = dataEnd;
      continue;
    }
    pos = end;
  }
  if (!frame) throw corrupt('no frame header (SOF) before the end of the stream');
  if (scans.length === 0) throw corrupt('no scan (SOS) in the stream');
  return { frame, scans, adobeTransform, jfif };
}

function readFrameHeader(body: Uint8Array, process: JpegProcess): JpegFrame {
  if (body.length < 6) throw corrupt('the frame header is too short');
  const precision = body[0]!;
  const height = (body[1]! << 8) | body[2]!;
  const width = (body[3]! << 8) | body[4]!;
  const count = body[5]!;
  if (body.length < 6 + count * 3) throw corrupt('the frame header is shorter than its component list');
  if (height === 0) throw new PixelDataError('unsupported', 'JPEG: a frame height of 0 (defined by a later DNL marker) is not supported');
  if (width === 0 || count === 0) throw corrupt(`the frame is ${width}×${height} with ${count} components`);
  const validPrecision = process === 'lossless' ? precision >= 2 && precision <= 16 : precision === 8 || precision === 12;
  if (!validPrecision) throw corrupt(`sample precision ${precision} is not valid for ${process} JPEG`);
  const components: JpegComponent[] = [];
  for (let i = 0; i < count; i++) {
    const o = 6 + i * 3;
    const h = body[o + 1]! >> 4;
    const v = body[o + 1]! & 15;
    if (h < 1 || h > 4 || v < 1 || v > 4) throw corrupt(`component ${i + 1} has sampling factors ${h}×${v}`);
    components.push({ id: body[o]!, h, v, quantTable: body[o + 2]! & 3 });
  }
  return { process, precision, width, height, components };
}

function readScanHeader(
  body: Uint8Array,
  frame: JpegFrame,
  dcTables: readonly (HuffmanTable | undefined)[],
  acTables: readonly (HuffmanTable | undefined)[],
  quantTables: readonly (Int32Array | undefined)[],
  restartInterval: number,
  dataStart: number,
  dataEnd: number,
): JpegScan {
  const count = body[0] ?? 0;
  if (count < 1 || count > 4 || body.length < 4 + count * 2) throw corrupt('the scan header is malformed');
  const components: JpegScanComponent[] = [];
  for (let i = 0; i < count; i++) {
    const id = body[1 + i * 2]!;
    const tables = body[2 + i * 2]!;
    const index = frame.components.findIndex((c) => c.id === id);
    if (index < 0) throw corrupt(`the scan names component ${id}, which the frame does not have`);
    const dcTable = dcTables[tables >> 4];
    if (!dcTable) throw corrupt(`the scan uses Huffman table DC${tables >> 4}, which is not defined`);
    const acTable = frame.process === 'lossless' ? undefined : acTables[tables & 15];
    if (frame.process !== 'lossless' && !acTable) throw corrupt(`the scan uses Huffman table AC${tables & 15}, which is not defined`);
    components.push({ index, dcTable, acTable });
  }
  const o = 1 + count * 2;
  return {
    components,
    ss: body[o]!,
    se: body[o + 1]!,
    ah: body[o + 2]! >> 4,
    al: body[o + 2]! & 15,
    restartInterval,
    dataStart,
    dataEnd,
    quantTables: quantTables.slice(),
  };
}

/** DQT (B.2.4.1): 8- or 16-bit values in zig-zag order, stored here in natural order. */
function readQuantTables(body: Uint8Array, tables: (Int32Array | undefined)[]): void {
  let p = 0;
  while (p < body.length) {
    const precision = body[p]! >> 4;
    const id = body[p]! & 15;
    p++;
    const size = precision === 0 ? 64 : 128;
    if (id > 3 || p + size > body.length) throw corrupt('a quantization table (DQT) is malformed');
    const table = new Int32Array(64);
    for (let k = 0; k < 64; k++) {
      table[ZIGZAG_TO_NATURAL[k]!] = precision === 0 ? body[p + k]! : (body[p + 2 * k]! << 8) | body[p + 2 * k + 1]!;
    }
    tables[id] = table;
    p += size;
  }
}

/** DHT (B.2.4.2): counts of codes of each length 1–16, then the symbols. */
function readHuffmanTables(body: Uint8Array, dc: (HuffmanTable | undefined)[], ac: (HuffmanTable | undefined)[]): void {
  let p = 0;
  while (p < body.length) {
    if (p + 17 > body.length) throw corrupt('a Huffman table (DHT) is malformed');
    const tableClass = body[p]! >> 4;
    const id = body[p]! & 15;
    const counts = body.subarray(p + 1, p + 17);
    const total = counts.reduce((a, b) => a + b, 0);
    if (tableClass > 1 || id > 3 || p + 17 + total > body.length) throw corrupt('a Huffman table (DHT) is malformed');
    const table = buildHuffmanTable(counts, body.subarray(p + 17, p + 17 + total));
    (tableClass === 0 ? dc : ac)[id] = table;
    p += 17 + total;
  }
}

/** The position of the marker that ends the entropy-coded data: any marker except RSTn and stuffed FF00. */
function findScanEnd(data: Uint8Array, from: number): number {
  for (let i = from; i + 1 < data.length; i++) {
    if (data[i] !== 0xff) continue;
    const next = data[i + 1]!;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return i;
  }
  return data.length;
}

const hex = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
const ascii = (b: Uint8Array, from: number, count: number): string => String.fromCharCode(...b.subarray(from, from + count));
