import type { ByteSource } from '../../dicom/byteSource.js';
import { findElement, type DicomElement } from '../../dicom/dataset.js';
import { numberValues, stringValue, valueBytes } from '../../dicom/values.js';
import { PixelOpError } from './pixelOpError.js';

/** Where an overlay's bits are kept. */
export type OverlayBits =
  /** Overlay Data (60xx,3000), unpacked to one 0/1 byte per overlay pixel, overlay frame after overlay frame. */
  | { readonly kind: 'separate'; readonly bits: Uint8Array }
  /**
   * Retired overlays in unused high bits of the pixel cells (PS3.5 8.1.2, Overlay Bits Allocated > 1): the bit
   * at `bitPosition` of each cell. Decoded frames drop those bits, so readEmbeddedOverlayBits reads them.
   */
  | { readonly kind: 'embedded'; readonly bitPosition: number };

/** One overlay plane (PS3.3 C.9.2 Overlay Plane, C.9.3 Multi-frame Overlay). */
export interface OverlayPlane {
  /** The repeating group, 0x6000 … 0x601E. */
  readonly group: number;
  readonly rows: number;
  readonly columns: number;
  /** Overlay Origin (60xx,0050): the image row and column (1-based) of the overlay's top-left pixel. */
  readonly originRow: number;
  readonly originColumn: number;
  /** Overlay Type (60xx,0040): G graphics, R region of interest. Both are displayed, so both are burned. */
  readonly type: string;
  /**
   * Number of Frames in Overlay (60xx,0015), or undefined when absent. An overlay without it is shown by
   * viewers on every frame of a multi-frame image, so it is burned into every frame: the reading that leaves
   * nothing of it unreviewed.
   */
  readonly frames: number | undefined;
  /** Image Frame Origin (60xx,0051): the image frame (1-based) that overlay frame 1 belongs to. */
  readonly imageFrameOrigin: number;
  readonly data: OverlayBits;
}

const ROWS = 0x0010;
const COLUMNS = 0x0011;
const FRAMES = 0x0015;
const TYPE = 0x0040;
const ORIGIN = 0x0050;
const FRAME_ORIGIN = 0x0051;
const BITS_ALLOCATED = 0x0100;
const BIT_POSITION = 0x0102;
const DATA = 0x3000;

/**
 * The overlay planes of a data set: every even repeating group 6000–601E (PS3.5 7.6) that carries Overlay Data
 * or describes an overlay embedded in the pixel data. A group with neither shows nothing and is not listed.
 * Bulk Overlay Data is read from `source`. Throws PixelOpError naming the group when a listed plane is
 * malformed (no size, data shorter than its frames).
 */
export function readOverlayPlanes(dataset: readonly DicomElement[], source?: ByteSource): OverlayPlane[] {
  const planes: OverlayPlane[] = [];
  for (let group = 0x6000; group <= 0x601e; group += 2) {
    const at = (element: number): DicomElement | undefined => findElement(dataset, ((group << 16) | element) >>> 0);
    const number = (element: number): number | undefined => {
      const e = at(element);
      return e ? numberValues(e)[0] : undefined;
    };
    const data = at(DATA);
    const bitsAllocated = number(BITS_ALLOCATED);
    const embedded = !data && bitsAllocated !== undefined && bitsAllocated > 1;
    if (!data && !embedded) continue;
    const name = `overlay ${group.toString(16).toUpperCase()}`;
    const rows = number(ROWS);
    const columns = number(COLUMNS);
    if (!isPositiveInteger(rows) || !isPositiveInteger(columns)) {
      throw new PixelOpError('bad-attributes', `${name}: Overlay Rows and Columns are ${String(rows)} and ${String(columns)}`);
    }
    const origin = at(ORIGIN) ? numberValues(at(ORIGIN)!) : [1, 1];
    if (origin.length !== 2 || !origin.every(Number.isInteger)) {
      throw new PixelOpError('bad-attributes', `${name}: Overlay Origin has ${origin.length} values; 2 are required`);
    }
    const frameCount = number(FRAMES);
    if (frameCount !== undefined && !isPositiveInteger(frameCount)) {
      throw new PixelOpError('bad-attributes', `${name}: Number of Frames in Overlay is ${frameCount}`);
    }
    const frameOrigin = number(FRAME_ORIGIN) ?? 1;
    if (!isPositiveInteger(frameOrigin)) throw new PixelOpError('bad-attributes', `${name}: Image Frame Origin is ${frameOrigin}`);
    let bits: OverlayBits;
    if (data) {
      const needed = rows * columns * (frameCount ?? 1);
      bits = { kind: 'separate', bits: unpackOverlayData(data, needed, name, source) };
    } else {
      const position = number(BIT_POSITION);
      if (!Number.isInteger(position) || position! < 0 || position! >= bitsAllocated!) {
        throw new PixelOpError('bad-attributes', `${name}: Overlay Bit Position ${String(position)} is not a bit of a ${bitsAllocated}-bit cell`);
      }
      bits = { kind: 'embedded', bitPosition: position! };
    }
    const type = at(TYPE);
    planes.push({
      group,
      rows,
      columns,
      originRow: origin[0]!,
      originColumn: origin[1]!,
      type: type ? stringValue(type) : '',
      frames: frameCount,
      imageFrameOrigin: frameOrigin,
      data: bits,
    });
  }
  return planes;
}

const isPositiveInteger = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v) && v >= 1;

/**
 * Overlay Data bits, first pixel in the least significant bit (PS3.5 8.1.2 and 8.2). In OW the bits run through
 * 16-bit words, so big endian words are swapped to little endian bytes first; OB is a byte stream.
 */
function unpackOverlayData(element: DicomElement, needed: number, name: string, source: ByteSource | undefined): Uint8Array {
  const raw = valueBytes(element, source);
  if (raw.length * 8 < needed) {
    throw new PixelOpError('bad-attributes', `${name}: Overlay Data has ${raw.length * 8} bits but rows × columns × frames needs ${needed}`);
  }
  const swap = !element.littleEndian && element.vr === 'OW';
  const out = new Uint8Array(needed);
  for (let k = 0; k < needed; k++) {
    const byte = raw[swap ? (k >> 3) ^ 1 : k >> 3]!;
    out[k] = (byte >> (k & 7)) & 1;
  }
  return out;
}
