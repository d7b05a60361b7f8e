import { findElement, type DicomElement } from '../../dicom/dataset.js';
import { numberOutput } from '../../dicom/encodeValue.js';
import type { ValueOutput } from '../../dicom/outputDataset.js';
import { formatTag, type Tag } from '../../dicom/tag.js';
import { numberValues } from '../../dicom/values.js';
import { mapCentre, type GridMapping } from './geometryTransform.js';
import { PixelOpError } from './pixelOpError.js';

// Attributes of a Sequence of Ultrasound Regions item (PS3.3 C.8.5.5, Table C.8-17).
const MIN_X0 = 0x00186018;
const MIN_Y0 = 0x0018601a;
const MAX_X1 = 0x0018601c;
const MAX_Y1 = 0x0018601e;
const REFERENCE_X0 = 0x00186020;
const REFERENCE_Y0 = 0x00186022;
const REFERENCE_VALUE_X = 0x00186028;
const REFERENCE_VALUE_Y = 0x0018602a;
const DELTA_X = 0x0018602c;
const DELTA_Y = 0x0018602e;
const SAMPLE_VOLUME_X = 0x00186039;
const SAMPLE_VOLUME_Y = 0x0018603b;
const TM_LINE_X0 = 0x0018603d;
const TM_LINE_Y0 = 0x0018603f;
const TM_LINE_X1 = 0x00186041;
const TM_LINE_Y1 = 0x00186043;

/** One axis of a region: the tags that describe it along x (columns) or y (rows). */
interface Axis {
  readonly min: Tag;
  readonly max: Tag;
  readonly reference: Tag;
  readonly referenceValue: Tag;
  readonly delta: Tag;
  readonly displacements: readonly Tag[];
  readonly start: number;
  readonly kept: number;
  readonly out: number;
  readonly scale: number;
}

/**
 * The new values of one ultrasound region after the crop and resize, by tag, or undefined when the region lies
 * entirely outside the crop (the caller drops the item). Per axis:
 * - Region Location Min/Max (inclusive pixel bounds, C.8.5.5.1.14) are clipped to the crop and widened to every
 *   output pixel that takes part of the region;
 * - Reference Pixel X0/Y0 are offsets from Region Location Min (C.8.5.5.1.16), so the reference point is mapped
 *   as an image position and re-expressed from the new minimum. An SL holds whole pixels, so after a resize the
 *   point is rounded and Reference Pixel Physical Value X/Y moves by the rounding times the new delta: every
 *   pixel keeps its physical value;
 * - Physical Delta X/Y (C.8.5.5.1.17) grow by the source pixels per output pixel;
 * - Doppler Sample Volume and TM-Line positions are displacements in pixels from the reference pixel
 *   (C.8.5.5.1.9, C.8.5.5.1.10): scaled, and corrected for the reference pixel's rounding.
 * `where` names the item in messages.
 */
export function rewriteUltrasoundRegion(item: readonly DicomElement[], mapping: GridMapping, where: string): Map<Tag, ValueOutput> | undefined {
  const axes: Axis[] = [
    { min: MIN_X0, max: MAX_X1, reference: REFERENCE_X0, referenceValue: REFERENCE_VALUE_X, delta: DELTA_X, displacements: [SAMPLE_VOLUME_X, TM_LINE_X0, TM_LINE_X1], start: mapping.x, kept: mapping.width, out: mapping.outColumns, scale: mapping.columnScale },
    { min: MIN_Y0, max: MAX_Y1, reference: REFERENCE_Y0, referenceValue: REFERENCE_VALUE_Y, delta: DELTA_Y, displacements: [SAMPLE_VOLUME_Y, TM_LINE_Y0, TM_LINE_Y1], start: mapping.y, kept: mapping.height, out: mapping.outRows, scale: mapping.rowScale },
  ];
  const single = (tag: Tag): number | undefined => {
    const element = findElement(item, tag);
    if (!element) return undefined;
    const values = numberValues(element);
    if (values.length !== 1) throw new PixelOpError('bad-attributes', `${where}: ${formatTag(tag)} has ${values.length} values; 1 is required`);
    return values[0];
  };
  const changes = new Map<Tag, ValueOutput>();
  const put = (tag: Tag, vr: 'UL' | 'SL' | 'FD', value: number, old: number | undefined): void => {
    if (value !== old) changes.set(tag, numberOutput(tag, vr, [value]));
  };
  for (const axis of axes) {
    const min = single(axis.min);
    const max = single(axis.max);
    if (min === undefined || max === undefined || max < min) {
      throw new PixelOpError('bad-attributes', `${where}: Region Location ${min ?? 'missing'}…${max ?? 'missing'} is not a region (PS3.3 C.8.5.5.1.14)`);
    }
    const first = Math.max(min - axis.start, 0);
    const last = Math.min(max - axis.start, axis.kept - 1);
    if (first > last) return undefined;
    // Output pixel j spans kept pixels [j·kept/out, (j+1)·kept/out): integer arithmetic keeps the bounds exact.
    const newMin = Math.floor((first * axis.out) / axis.kept);
    const newMax = Math.ceil(((last + 1) * axis.out) / axis.kept) - 1;
    put(axis.min, 'UL', newMin, min);
    put(axis.max, 'UL', newMax, max);

    const reference = single(axis.reference);
    const delta = single(axis.delta);
    const newDelta = delta === undefined ? undefined : delta * axis.scale;
    if (delta !== undefined) put(axis.delta, 'FD', newDelta!, delta);
    let rounding = 0;
    if (reference !== undefined) {
      const exact = mapCentre(min + reference, axis.start, axis.scale) - newMin;
      const rounded = Math.round(exact);
      rounding = rounded - exact;
      put(axis.reference, 'SL', rounded, reference);
      const value = single(axis.referenceValue);
      if (value !== undefined && newDelta !== undefined && rounding !== 0) put(axis.referenceValue, 'FD', value + rounding * newDelta, value);
    }
    for (const tag of axis.displacements) {
      const displacement = single(tag);
      if (displacement !== undefined) put(tag, 'SL', Math.round(displacement / axis.scale - rounding), displacement);
    }
  }
  return changes;
}
