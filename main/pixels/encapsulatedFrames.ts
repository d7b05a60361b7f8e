import type { ByteSource } from '../dicom/byteSource.js';
import { findElement, type DicomElement, type Fragment } from '../dicom/dataset.js';
import { EXTENDED_OFFSET_TABLE, EXTENDED_OFFSET_TABLE_LENGTHS } from './imageInfo.js';
import { PixelDataError } from './pixelDataError.js';

/** How a frame's start markers look, to split fragments into frames when no offset table says where. */
export type FrameStartMarker = 'jpeg' | 'jpeg2000' | 'none';

/** How the fragments were assigned to frames (reported so that odd files can be explained). */
export type FrameSplitMethod = 'extended-offset-table' | 'basic-offset-table' | 'one-fragment-per-frame' | 'single-frame' | 'start-markers';

/** Which fragments (indices into the data fragments, offset table excluded) form each frame. */
export interface FrameIndex {
  readonly method: FrameSplitMethod;
  readonly frames: readonly (readonly Fragment[])[];
}

/** The 8-byte item header precedes each fragment's value (PS3.5 A.4); offsets count from the first item's tag. */
const ITEM_HEADER = 8;

/**
 * Assigns fragments to frames, in the order PS3.5 A.4 gives: the Extended Offset Table (7FE0,0001) when present,
 * else a non-empty Basic Offset Table, else one fragment per frame when the counts agree, else all fragments for
 * a single frame, else a new frame at every fragment that begins with a codestream start marker (a frame may
 * span several fragments). An offset table that does not point at fragment starts is ignored rather than trusted.
 */
export function indexFrames(
  pixelData: DicomElement,
  dataset: readonly DicomElement[],
  numberOfFrames: number,
  marker: FrameStartMarker,
  source: ByteSource,
): FrameIndex {
  const all = pixelData.fragments;
  if (!all || all.length === 0) throw new PixelDataError('missing-data', 'the encapsulated pixel data has no Basic Offset Table item');
  const offsetTable = all[0]!;
  const fragments = all.slice(1);
  if (fragments.length === 0) throw new PixelDataError('missing-data', 'the encapsulated pixel data has no fragments');
  const base = fragments[0]!.valueOffset - ITEM_HEADER;
  const startOf = new Map(fragments.map((f, i) => [f.valueOffset - ITEM_HEADER - base, i]));

  const extended = readExtendedOffsets(dataset, source);
  if (extended) {
    const frames = framesFromOffsets(extended, startOf, fragments, numberOfFrames);
    if (frames) return { method: 'extended-offset-table', frames };
  }
  if (offsetTable.length >= 4) {
    const table = source.read(offsetTable.valueOffset, offsetTable.length);
    const view = new DataView(table.buffer, table.byteOffset, table.length);
    const offsets: number[] = [];
    for (let o = 0; o + 4 <= table.length; o += 4) offsets.push(view.getUint32(o, true));
    const frames = framesFromOffsets(offsets, startOf, fragments, numberOfFrames);
    if (frames) return { method: 'basic-offset-table', frames };
  }
  if (fragments.length === numberOfFrames) return { method: 'one-fragment-per-frame', frames: fragments.map((f) => [f]) };
  if (numberOfFrames === 1) return { method: 'single-frame', frames: [fragments] };
  if (marker !== 'none') {
    const frames = framesFromMarkers(fragments, marker, source);
    if (frames.length === numberOfFrames) return { method: 'start-markers', frames };
    throw new PixelDataError(
      'missing-data',
      `Number of Frames is ${numberOfFrames} but the ${fragments.length} fragments hold ${frames.length} codestreams and there is no offset table`,
    );
  }
  throw new PixelDataError(
    'missing-data',
    `Number of Frames is ${numberOfFrames} but there are ${fragments.length} fragments and no offset table to tell them apart`,
  );
}

/** Offsets of frames' first items; undefined unless every offset is a fragment start and they increase. */
function framesFromOffsets(
  offsets: readonly number[],
  startOf: ReadonlyMap<number, number>,
  fragments: readonly Fragment[],
  numberOfFrames: number,
): Fragment[][] | undefined {
  if (offsets.length !== numberOfFrames) return undefined;
  const firsts: number[] = [];
  for (const offset of offsets) {
    const index = startOf.get(offset);
    if (index === undefined || (firsts.length > 0 && index <= firsts[firsts.length - 1]!)) return undefined;
    firsts.push(index);
  }
  if (firsts[0] !== 0) return undefined;
  return firsts.map((first, i) => fragments.slice(first, i + 1 < firsts.length ? firsts[i + 1] : fragments.length));
}

/** The Extended Offset Table (OV, 64-bit little-endian offsets), when present together with its lengths. */
function readExtendedOffsets(dataset: readonly DicomElement[], source: ByteSource): number[] | undefined {
  const table = findElement(dataset, EXTENDED_OFFSET_TABLE);
  if (!table || table.length === 0 || !findElement(dataset, EXTENDED_OFFSET_TABLE_LENGTHS)) return undefined;
  const bytes = table.bytes ?? source.read(table.valueOffset, table.length);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const offsets: number[] = [];
  // The table is only valid for encapsulated syntaxes, which are all little endian.
  for (let o = 0; o + 8 <= bytes.length; o += 8) offsets.push(Number(view.getBigUint64(o, true)));
  return offsets;
}

/** Whether a fragment begins a codestream: JPEG family SOI (FFD8), J2K SOC+SIZ (FF4F FF51) or a JP2 signature box. */
function startsFrame(head: Uint8Array, marker: FrameStartMarker): boolean {
  if (marker === 'jpeg') return head[0] === 0xff && head[1] === 0xd8;
  const codestream = head[0] === 0xff && head[1] === 0x4f && head[2] === 0xff && head[3] === 0x51;
  const jp2 = head[0] === 0 && head[1] === 0 && head[2] === 0 && head[3] === 0x0c && head[4] === 0x6a && head[5] === 0x50;
  return codestream || jp2;
}

function framesFromMarkers(fragments: readonly Fragment[], marker: FrameStartMarker, source: ByteSource): Fragment[][] {
  const frames: Fragment[][] = [];
  for (const fragment of fragments) {
    const head = source.read(fragment.valueOffset, Math.min(6, fragment.length));
    if (frames.length === 0 || startsFrame(head, marker)) frames.push([fragment]);
    else frames[frames.length - 1]!.push(fragment);
  }
  return frames;
}

/** The bytes of a frame: its fragment, or its fragments joined. */
export function readFrameBytes(fragments: readonly Fragment[], source: ByteSource): Uint8Array {
  if (fragments.length === 1) return source.read(fragments[0]!.valueOffset, fragments[0]!.length);
  const total = fragments.reduce((sum, f) => sum + f.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const f of fragments) {
    out.set(source.read(f.valueOffset, f.length), at);
    at += f.length;
  }
  return out;
}
