import { findElement, type DicomElement } from '../../dicom/dataset.js';
import { tagName } from '../../dicom/dictionary.js';
import { formatDecimalString, numberOutput, stringOutput } from '../../dicom/encodeValue.js';
import type { OutputElement } from '../../dicom/outputDataset.js';
import { formatTag, type Tag } from '../../dicom/tag.js';
import { numberValues } from '../../dicom/values.js';
import { elementPath, itemPrefix, walkWithPaths } from './datasetPath.js';
import { firstCentreOffset, gridMapping, type GeometryTransform, type GridMapping } from './geometryTransform.js';
import { PixelOpError } from './pixelOpError.js';
import { rewriteUltrasoundRegion } from './rewriteUltrasoundRegion.js';

/** A new value (or, when `output` is undefined, a removal) and the rule that explains it for the action record. */
export interface GeometryChange {
  readonly output: OutputElement | undefined;
  readonly rule: string;
}

/**
 * Rewrites the attributes that describe the pixel grid of an image whose pixels are cropped and/or resized, so
 * that every distance, position and calibration still measures the same anatomy.
 */
export interface GeometryRewriter {
  /**
   * The new value of a non-sequence element at `path` (see datasetPath.ts), or undefined to leave it to the
   * profile. Call it for every element at every depth.
   */
  rewrite(element: DicomElement, path: string, ancestors?: readonly DicomElement[]): OutputElement | undefined;
  /** Whether item `index` of the sequence at `sequencePath` stays: ultrasound regions cropped away are dropped. */
  keepsItem(sequencePath: string, index: number): boolean;
  /**
   * Top-level values the export writes itself: Rows and Columns, and the removal of the Sequence of Ultrasound
   * Regions when no region is left (its items are Type 1: at least one, PS3.3 C.8.5.5; the module is optional).
   * The entries have the shape of the profile's TopLevelValue.
   */
  topLevel(): Map<Tag, GeometryChange>;
  /** Every change at depth, by path, with its rule (what rewrite returns, and why). */
  readonly changes: ReadonlyMap<string, GeometryChange>;
  /** Paths of the dropped items, e.g. "(0018,6011)[1]". */
  readonly droppedItems: readonly string[];
}

const ROWS = 0x00280010;
const COLUMNS = 0x00280011;
const PIXEL_SPACING = 0x00280030;
const PIXEL_ASPECT_RATIO = 0x00280034;
const IMAGER_PIXEL_SPACING = 0x00181164;
const NOMINAL_SCANNED_PIXEL_SPACING = 0x00182010;
const IMAGE_PLANE_PIXEL_SPACING = 0x30020011;
const RT_IMAGE_POSITION = 0x30020012;
const IMAGE_POSITION = 0x00200032;
const IMAGE_ORIENTATION = 0x00200037;
const SHARED_GROUPS = 0x52009229;
const PER_FRAME_GROUPS = 0x52009230;
const PLANE_POSITION = 0x00209113;
const PLANE_ORIENTATION = 0x00209116;
const PIXEL_MEASURES = 0x00289110;
const ULTRASOUND_REGIONS = 0x00186011;

/**
 * Spacings given as "adjacent row spacing \ adjacent column spacing" in mm (PS3.3 10.7.1.3, the value order of
 * every pixel spacing attribute): Pixel Spacing, Imager Pixel Spacing, Nominal Scanned Pixel Spacing and RT
 * Image Plane Pixel Spacing. They describe this image's grid wherever they occur, top level or inside functional
 * groups (Pixel Measures, C.7.6.16.2.1) or frame-level sequences.
 */
const SPACINGS: ReadonlySet<Tag> = new Set([PIXEL_SPACING, IMAGER_PIXEL_SPACING, NOMINAL_SCANNED_PIXEL_SPACING, IMAGE_PLANE_PIXEL_SPACING]);

/**
 * Prepares the geometry changes for one object: `dataset` is its parsed data set, `transform` the crop (source
 * pixels) and output size. Everything is computed here, so a problem (a spacing with one value, an Image Position
 * without Image Orientation to move it along) throws PixelOpError before anything is written.
 *
 * - Spacings grow by the exact ratio per axis: row spacing × kept rows / output rows, column spacing × kept
 *   columns / output columns (a scale of 0.5 doubles them), written as DS of at most 16 characters.
 * - Pixel Aspect Ratio (0028,0034) becomes the exact integer ratio when the two axes scale differently.
 * - Image Position (Patient) (0020,0032) is the centre of the first pixel (C.7.6.2.1.1). Output pixel 0 has its
 *   centre at source index x + (column scale − 1)/2, y + (row scale − 1)/2, so the position moves by that many
 *   columns along the row direction cosines times the column spacing, and rows along the column direction
 *   cosines times the row spacing. Orientation and spacing come from the same place as the position: the top
 *   level, or the same functional group item, falling back from a per-frame item to the shared one
 *   (C.7.6.16.2.1-3), or an item holding both (NM Detector Information). Oblique orientations are handled alike;
 *   a resize alone moves the position by half a pixel's difference in size. Positions inside other sequences
 *   (without an orientation beside them) are not this image's and are left alone.
 * - RT Image Position (3002,0012) likewise, in the image plane whose y axis points up to the first row (C.8.8.2).
 * - Sequence of Ultrasound Regions: see rewriteUltrasoundRegion; regions entirely cropped away are dropped.
 * - Rows and Columns become the output size.
 */
export function createGeometryRewriter(dataset: readonly DicomElement[], transform: GeometryTransform): GeometryRewriter {
  const mapping = gridMapping(transform);
  checkSourceSize(dataset, transform);
  const changes = new Map<string, GeometryChange>();
  const dropped: string[] = [];
  const top = new Map<Tag, GeometryChange>();
  if (mapping.cropped || mapping.resized) {
    collectSpacings(dataset, mapping, changes);
    collectImagePositions(dataset, mapping, changes);
    collectRtImagePosition(dataset, mapping, changes);
    collectUltrasoundRegions(dataset, mapping, changes, dropped, top);
    if (mapping.outRows !== transform.sourceRows) top.set(ROWS, { output: numberOutput(ROWS, 'US', [mapping.outRows]), rule: sizeRule('Rows', mapping) });
    if (mapping.outColumns !== transform.sourceColumns) {
      top.set(COLUMNS, { output: numberOutput(COLUMNS, 'US', [mapping.outColumns]), rule: sizeRule('Columns', mapping) });
    }
  }
  const droppedSet = new Set(dropped);
  return {
    rewrite(element, path) {
      const change = changes.get(path);
      if (!change) return undefined;
      if (!path.endsWith(formatTag(element.tag))) {
        throw new PixelOpError('invalid-argument', `path ${path} does not end with the element's tag ${formatTag(element.tag)}`);
      }
      return change.output;
    },
    keepsItem: (sequencePath, index) => !droppedSet.has(`${sequencePath}[${index}]`),
    topLevel: () => new Map(top),
    changes,
    droppedItems: dropped,
  };
}

function checkSourceSize(dataset: readonly DicomElement[], transform: GeometryTransform): void {
  for (const [tag, expected, name] of [[ROWS, transform.sourceRows, 'Rows'], [COLUMNS, transform.sourceColumns, 'Columns']] as const) {
    const element = findElement(dataset, tag);
    const value = element ? numberValues(element)[0] : undefined;
    if (value !== undefined && value !== expected) {
      throw new PixelOpError('invalid-argument', `the transform is for ${expected} ${name.toLowerCase()} but the data set's ${name} is ${value}`);
    }
  }
}

const describe = (mapping: GridMapping): string => {
  const crop = `crop to ${mapping.width}×${mapping.height} at column ${mapping.x}, row ${mapping.y}`;
  const reduction = `${mapping.outColumns}×${mapping.outRows}`;
  if (!mapping.cropped) return `reduction from ${mapping.width}×${mapping.height} to ${reduction}`;
  return mapping.resized ? `${crop}, reduced to ${reduction}` : crop;
};

const sizeRule = (name: string, mapping: GridMapping): string => `Peitto: ${name} of the ${describe(mapping)} (PS3.3 C.7.6.3)`;

/** The values of a numeric element, requiring exactly `count` of them (an empty value stays empty: undefined). */
function valuesOf(element: DicomElement, count: number, path: string): number[] | undefined {
  const values = numberValues(element);
  if (values.length === 0 && element.length === 0) return undefined;
  if (values.length !== count) {
    throw new PixelOpError('bad-attributes', `${tagName(element.tag)} ${path} has ${values.length} numeric values; ${count} are required`);
  }
  return values;
}

const decimals = (tag: Tag, values: readonly number[]): OutputElement => stringOutput(tag, 'DS', values.map(formatDecimalString));

function collectSpacings(dataset: readonly DicomElement[], mapping: GridMapping, changes: Map<string, GeometryChange>): void {
  if (!mapping.resized) return;
  walkWithPaths(dataset, (element, path) => {
    if (element.items) return;
    if (SPACINGS.has(element.tag)) {
      const values = valuesOf(element, 2, path);
      if (!values) return;
      const scaled = [values[0]! * mapping.rowScale, values[1]! * mapping.columnScale];
      changes.set(path, {
        output: decimals(element.tag, scaled),
        rule: `Peitto: ${tagName(element.tag)} scaled ×${formatDecimalString(mapping.rowScale)} (rows) and ×${formatDecimalString(mapping.columnScale)} (columns) for the ${describe(mapping)} (PS3.3 10.7.1.3)`,
      });
    } else if (element.tag === PIXEL_ASPECT_RATIO && path === elementPath('', PIXEL_ASPECT_RATIO)) {
      const values = valuesOf(element, 2, path);
      if (!values) return;
      const ratio = aspectRatio(values[0]!, values[1]!, mapping);
      if (ratio[0] * values[1]! !== ratio[1] * values[0]!) {
        changes.set(path, {
          output: stringOutput(element.tag, 'IS', ratio.map(String)),
          rule: `Peitto: Pixel Aspect Ratio of the ${describe(mapping)}, whose axes scale differently (PS3.3 C.7.6.3.1.7)`,
        });
      }
    }
  });
}

/**
 * vertical : horizontal after the resize, as whole numbers (IS): vertical · kept rows · output columns :
 * horizontal · kept columns · output rows, reduced. A ratio too large for IS is scaled down to fit, which keeps
 * it within 1 part in 2^31.
 */
function aspectRatio(vertical: number, horizontal: number, mapping: GridMapping): [number, number] {
  let v = vertical * mapping.height * mapping.outColumns;
  let h = horizontal * mapping.width * mapping.outRows;
  const divisor = gcd(v, h);
  v /= divisor;
  h /= divisor;
  const limit = 2 ** 31 - 1;
  if (v > limit || h > limit) {
    const shrink = Math.max(v, h) / limit;
    v = Math.max(1, Math.round(v / shrink));
    h = Math.max(1, Math.round(h / shrink));
  }
  return [v, h];
}

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x || 1;
};

/** Elements of the first item of a sequence in `list`. */
const firstItem = (list: readonly DicomElement[] | undefined, tag: Tag): readonly DicomElement[] | undefined =>
  list ? findElement(list, tag)?.items?.[0]?.elements : undefined;

interface PlaneContext {
  readonly position?: DicomElement;
  readonly orientation?: DicomElement;
  readonly spacing?: DicomElement;
}

function functionalGroupContext(item: readonly DicomElement[] | undefined): PlaneContext {
  const position = firstItem(item, PLANE_POSITION);
  const orientation = firstItem(item, PLANE_ORIENTATION);
  const measures = firstItem(item, PIXEL_MEASURES);
  return {
    position: position && findElement(position, IMAGE_POSITION),
    orientation: orientation && findElement(orientation, IMAGE_ORIENTATION),
    spacing: measures && findElement(measures, PIXEL_SPACING),
  };
}

function collectImagePositions(dataset: readonly DicomElement[], mapping: GridMapping, changes: Map<string, GeometryChange>): void {
  const move = (context: PlaneContext, path: string): void => {
    if (!context.position) return;
    const position = valuesOf(context.position, 3, path);
    if (!position) return;
    const missing = !context.orientation ? 'Image Orientation (Patient)' : !context.spacing ? 'Pixel Spacing' : undefined;
    if (missing) throw new PixelOpError('bad-attributes', `Image Position (Patient) ${path} cannot follow the ${describe(mapping)}: ${missing} is missing`);
    const cosines = valuesOf(context.orientation!, 6, path);
    const spacing = valuesOf(context.spacing!, 2, path);
    if (!cosines || !spacing) throw new PixelOpError('bad-attributes', `Image Position (Patient) ${path} cannot follow the ${describe(mapping)}: orientation or spacing is empty`);
    const alongRow = firstCentreOffset(mapping.x, mapping.columnScale) * spacing[1]!;
    const alongColumn = firstCentreOffset(mapping.y, mapping.rowScale) * spacing[0]!;
    const moved = position.map((p, axis) => p + cosines[axis]! * alongRow + cosines[axis + 3]! * alongColumn);
    changes.set(path, {
      output: decimals(IMAGE_POSITION, moved),
      rule: `Peitto: Image Position (Patient) moved to the centre of the first pixel of the ${describe(mapping)} (PS3.3 C.7.6.2.1.1)`,
    });
  };
  move(
    { position: findElement(dataset, IMAGE_POSITION), orientation: findElement(dataset, IMAGE_ORIENTATION), spacing: findElement(dataset, PIXEL_SPACING) },
    elementPath('', IMAGE_POSITION),
  );
  const sharedPath = elementPath('', SHARED_GROUPS);
  const sharedItem = firstItem(dataset, SHARED_GROUPS);
  const shared = functionalGroupContext(sharedItem);
  const nestedPath = (groups: string, sequence: Tag): string =>
    elementPath(itemPrefix(elementPath(groups, sequence), 0), IMAGE_POSITION);
  move(shared, nestedPath(itemPrefix(sharedPath, 0), PLANE_POSITION));
  const perFramePath = elementPath('', PER_FRAME_GROUPS);
  findElement(dataset, PER_FRAME_GROUPS)?.items?.forEach((item, index) => {
    const own = functionalGroupContext(item.elements);
    move(
      { position: own.position, orientation: own.orientation ?? shared.orientation, spacing: own.spacing ?? shared.spacing },
      nestedPath(itemPrefix(perFramePath, index), PLANE_POSITION),
    );
  });
  // Other items that describe this image's plane with position and orientation side by side, such as the NM
  // Detector Information Sequence (0054,0022) (PS3.3 C.8.4.11): spacing from the item, else the top level.
  const topSpacing = findElement(dataset, PIXEL_SPACING);
  walkWithPaths(dataset, (element, path) => {
    if (!element.items || element.tag === SHARED_GROUPS || element.tag === PER_FRAME_GROUPS) return;
    element.items.forEach((item, index) => {
      const position = findElement(item.elements, IMAGE_POSITION);
      const orientation = findElement(item.elements, IMAGE_ORIENTATION);
      if (!position || !orientation) return;
      const spacing = findElement(item.elements, PIXEL_SPACING) ?? topSpacing;
      move({ position, orientation, spacing }, elementPath(itemPrefix(path, index), IMAGE_POSITION));
    });
  });
}

function collectRtImagePosition(dataset: readonly DicomElement[], mapping: GridMapping, changes: Map<string, GeometryChange>): void {
  const element = findElement(dataset, RT_IMAGE_POSITION);
  if (!element) return;
  const path = elementPath('', RT_IMAGE_POSITION);
  const position = valuesOf(element, 2, path);
  if (!position) return;
  const spacingElement = findElement(dataset, IMAGE_PLANE_PIXEL_SPACING);
  const spacing = spacingElement && valuesOf(spacingElement, 2, elementPath('', IMAGE_PLANE_PIXEL_SPACING));
  if (!spacing) throw new PixelOpError('bad-attributes', `RT Image Position ${path} cannot follow the ${describe(mapping)}: Image Plane Pixel Spacing is missing`);
  const moved = [
    position[0]! + firstCentreOffset(mapping.x, mapping.columnScale) * spacing[1]!,
    position[1]! - firstCentreOffset(mapping.y, mapping.rowScale) * spacing[0]!,
  ];
  changes.set(path, {
    output: decimals(RT_IMAGE_POSITION, moved),
    rule: `Peitto: RT Image Position moved to the centre of the first pixel of the ${describe(mapping)} (PS3.3 C.8.8.2)`,
  });
}

function collectUltrasoundRegions(
  dataset: readonly DicomElement[],
  mapping: GridMapping,
  changes: Map<string, GeometryChange>,
  dropped: string[],
  top: Map<Tag, GeometryChange>,
): void {
  const sequence = findElement(dataset, ULTRASOUND_REGIONS);
  if (!sequence?.items) return;
  const sequencePath = elementPath('', ULTRASOUND_REGIONS);
  sequence.items.forEach((item, index) => {
    const region = rewriteUltrasoundRegion(item.elements, mapping, `ultrasound region ${index + 1}`);
    if (!region) {
      dropped.push(`${sequencePath}[${index}]`);
      return;
    }
    for (const [tag, output] of region) {
      changes.set(elementPath(itemPrefix(sequencePath, index), tag), {
        output,
        rule: `Peitto: ${tagName(tag)} of ultrasound region ${index + 1} mapped to the ${describe(mapping)} (PS3.3 C.8.5.5)`,
      });
    }
  });
  if (sequence.items.length > 0 && dropped.length === sequence.items.length) {
    top.set(ULTRASOUND_REGIONS, {
      output: undefined,
      rule: `Peitto: every ultrasound region lies outside the ${describe(mapping)}, so the sequence, whose items are Type 1, is removed (PS3.3 C.8.5.5)`,
    });
  }
}
