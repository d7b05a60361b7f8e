import type { DataSet } from 'dicom-parser';

/**
 * One overlay plane (PS3.3 C.9.2, groups 6000–601E): a bitmap drawn over the image, in which modalities and
 * older systems often burn patient text. Only overlays stored in Overlay Data (60xx,3000) are read; the
 * retired form embedded in unused pixel bits is not.
 */
export interface OverlayPlane {
  group: number;
  rows: number;
  columns: number;
  /** 'G' graphics or 'R' region of interest. */
  type: string;
  /** Zero-based image row and column of the overlay's first point ((60xx,0050) is one-based). */
  originRow: number;
  originColumn: number;
  /** Number of Frames in Overlay (60xx,0015) and the image frame its first frame belongs to (60xx,0051). */
  frames: number;
  imageFrameOrigin: number;
  /** Overlay Data: one bit per point, row by row, least significant bit first (PS3.5 8.1.2). */
  bits: Uint8Array;
}

const hex = (n: number): string => n.toString(16).padStart(4, '0');

const EXPLICIT_VR_BIG_ENDIAN = '1.2.840.10008.1.2.2';

/** OW words of a big-endian file hold their bytes swapped relative to the bit order PS3.5 defines. */
function readBits(dataSet: DataSet, start: number, length: number, swapWords: boolean): Uint8Array {
  const bits = dataSet.byteArray.slice(start, start + length);
  if (swapWords) {
    for (let i = 0; i + 1 < bits.length; i += 2) [bits[i], bits[i + 1]] = [bits[i + 1]!, bits[i]!];
  }
  return bits;
}

/** The overlay planes of a dataset, read from its header (parse up to Pixel Data is enough). */
export function parseOverlayPlanes(dataSet: DataSet): OverlayPlane[] {
  const planes: OverlayPlane[] = [];
  const bigEndian = dataSet.string('x00020010') === EXPLICIT_VR_BIG_ENDIAN;
  for (let group = 0x6000; group <= 0x601e; group += 2) {
    const tag = (element: number): string => `x${hex(group)}${hex(element)}`;
    const data = dataSet.elements[tag(0x3000)];
    const rows = dataSet.uint16(tag(0x0010));
    const columns = dataSet.uint16(tag(0x0011));
    if (!data || !rows || !columns || data.length === 0) continue;
    if ((dataSet.uint16(tag(0x0100)) ?? 1) !== 1) continue;
    const frames = Math.max(1, dataSet.intString(tag(0x0015)) ?? 1);
    planes.push({
      group,
      rows,
      columns,
      type: dataSet.string(tag(0x0040)) ?? 'G',
      originRow: (dataSet.int16(tag(0x0050), 0) ?? 1) - 1,
      originColumn: (dataSet.int16(tag(0x0050), 1) ?? 1) - 1,
      frames,
      imageFrameOrigin: dataSet.uint16(tag(0x0051)) ?? 1,
      bits: readBits(dataSet, data.dataOffset, data.length, bigEndian && data.vr === 'OW'),
    });
  }
  return planes;
}

/** The first bit of the overlay frame that belongs to image frame `frameNumber` (1-based), if one does. */
export function overlayFrameOffset(plane: OverlayPlane, frameNumber: number): number | undefined {
  const index = frameNumber - plane.imageFrameOrigin;
  if (index < 0 || index >= plane.frames) return undefined;
  const offset = index * plane.rows * plane.columns;
  return offset + plane.rows * plane.columns <= plane.bits.length * 8 ? offset : undefined;
}

/**
 * Paints the set points of the planes that apply to `frameNumber` into an RGBA buffer of the image's size,
 * clipped to the image; returns how many points were set.
 */
export function paintOverlayPlanes(
  planes: readonly OverlayPlane[],
  frameNumber: number,
  target: { data: Uint8ClampedArray; width: number; height: number },
  colour: readonly [number, number, number],
): number {
  let painted = 0;
  for (const plane of planes) {
    const offset = overlayFrameOffset(plane, frameNumber);
    if (offset === undefined) continue;
    for (let r = 0; r < plane.rows; r++) {
      const y = plane.originRow + r;
      if (y < 0 || y >= target.height) continue;
      for (let c = 0; c < plane.columns; c++) {
        const x = plane.originColumn + c;
        if (x < 0 || x >= target.width) continue;
        const bit = offset + r * plane.columns + c;
        if (((plane.bits[bit >> 3] ?? 0) >> (bit & 7)) & 1) {
          const p = (y * target.width + x) * 4;
          target.data[p] = colour[0];
          target.data[p + 1] = colour[1];
          target.data[p + 2] = colour[2];
          target.data[p + 3] = 255;
          painted++;
        }
      }
    }
  }
  return painted;
}
