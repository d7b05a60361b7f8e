import type { DicomElement } from '../dicom/dataset.js';
import { findElement } from '../dicom/dataset.js';
import { numberOutput, stringOutput } from '../dicom/encodeValue.js';
import type { OutputElement } from '../dicom/outputDataset.js';
import type { DicomObject } from '../dicom/readDicomFile.js';
import type { Tag } from '../dicom/tag.js';
import { EXPLICIT_VR_LITTLE_ENDIAN } from '../dicom/transferSyntax.js';
import { stringValue, stringValues } from '../dicom/values.js';
import type { MaskCategory, MaskShape } from '../plan/plan.js';
import type { ElementOverrides, TopLevelValue } from '../profile/applyProfile.js';
import type { PixelMethods } from '../profile/deidentificationMethod.js';
import {
  burnMask,
  burnOverlays,
  createGeometryRewriter,
  cropFrame,
  downsampleFrame,
  maskFillValue,
  outputSizeFor,
  rasterizeShapes,
  readEmbeddedOverlayBits,
  readOverlayPlanes,
  readPaletteColorLut,
  type GeometryRewriter,
  type OverlayPlane,
  type PaletteColorLut,
} from '../pixels/ops/index.js';
import { createNativePacker, encodeFrame, JPEG_LS_LOSSLESS, openPixelData, RLE_LOSSLESS, type DecodedFrame } from '../pixels/index.js';
import type { ObjectPixelPlan } from './pixelPlan.js';

/** What the pixel work did to one object, for the report and the assessment. */
export interface PixelSummary {
  readonly masksByCategory: Readonly<Partial<Record<MaskCategory, number>>>;
  /** Frames that at least one mask was burned into. */
  readonly maskedFrames: number;
  readonly frames: number;
  readonly before: { readonly rows: number; readonly columns: number; readonly spacing?: readonly [number, number] };
  readonly after: { readonly rows: number; readonly columns: number; readonly spacing?: readonly [number, number] };
  /** The source area kept (the crop, or the whole image). */
  readonly kept: { readonly rows: number; readonly columns: number };
  readonly cropped: boolean;
  readonly overlaysBurned: number;
  /** A burned-in-text mask covers every frame: the operator reviewed and masked the burned-in text. */
  readonly burnedInTextMasked: boolean;
}

/** How the verifier re-checks the masks of a written object (in source coordinates, with the grid transform). */
export interface MaskCheck {
  readonly sourceRows: number;
  readonly sourceColumns: number;
  readonly crop: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly outRows: number;
  readonly outColumns: number;
  /** Coverage of the masks burned into a frame (1 = masked), or undefined when the frame has none. */
  readonly coverage: (frame: number) => Uint8Array | undefined;
  readonly frames: number;
}

/** Everything the export needs to write an object whose pixels change. */
export interface PixelChange {
  readonly topLevel: ReadonlyMap<Tag, TopLevelValue>;
  readonly overrides: ElementOverrides;
  readonly transferSyntaxUid: string;
  readonly methods: PixelMethods;
  readonly summary: PixelSummary;
  readonly maskCheck?: MaskCheck;
}

const T = {
  imageType: 0x00080008,
  derivationDescription: 0x00082111,
  sourceImageSequence: 0x00082112,
  derivationImageSequence: 0x00089124,
  sourceImageEvidenceSequence: 0x00089154,
  referencedSeriesSequence: 0x00081115,
  studiesContainingOtherReferencedInstances: 0x00081200,
  samplesPerPixel: 0x00280002,
  photometric: 0x00280004,
  planarConfiguration: 0x00280006,
  rows: 0x00280010,
  columns: 0x00280011,
  bitsAllocated: 0x00280100,
  bitsStored: 0x00280101,
  highBit: 0x00280102,
  pixelRepresentation: 0x00280103,
  smallestImagePixel: 0x00280106,
  largestImagePixel: 0x00280107,
  smallestSeriesPixel: 0x00280108,
  largestSeriesPixel: 0x00280109,
  burnedInAnnotation: 0x00280301,
  lossyImageCompression: 0x00282110,
  extendedOffsetTable: 0x7fe00001,
  extendedOffsetTableLengths: 0x7fe00002,
} as const;

/** Non-text categories: what the Clean Recognizable Visual Features Option (PS3.15 E.3.2) is about. */
const VISUAL_FEATURES: ReadonlySet<MaskCategory> = new Set(['face', 'tattoo', 'dental', 'iris', 'fingerprint', 'palm', 'rare-finding', 'other']);

const RULE = 'Peitto: pixels changed by the plan (masks, crop or resolution)';

/**
 * Prepares the pixel work for one object: which frames get which masks, the output grid, the attributes that
 * change with it, and a producer that decodes, masks, crops, reduces and re-encodes one frame at a time while
 * the file is written (memory holds a few frames, never the whole pixel data).
 */
export async function preparePixelChange(object: DicomObject, plan: ObjectPixelPlan): Promise<PixelChange> {
  const reader = openPixelData(object);
  const info = reader.info;
  const frames = reader.numberOfFrames;
  const palette: PaletteColorLut | undefined = info.photometric === 'PALETTE COLOR' ? readPaletteColorLut(object.dataset, object.source) : undefined;
  const planes: OverlayPlane[] = plan.burnOverlays ? readOverlayPlanes(object.dataset, object.source) : [];

  // Masks per frame, as coverage bitmaps shared between frames with the same shapes.
  const shapesOf = (frame: number): MaskShape[] =>
    plan.masks.filter((m) => m.frames === 'all' || m.frames.includes(frame)).flatMap((m) => m.shapes);
  const coverageCache = new Map<string, Uint8Array>();
  const coverage = (frame: number): Uint8Array | undefined => {
    const key = plan.masks
      .map((m, i) => (m.frames === 'all' || m.frames.includes(frame) ? i : -1))
      .filter((i) => i >= 0)
      .join(',');
    if (key === '') return undefined;
    let bitmap = coverageCache.get(key);
    if (!bitmap) {
      bitmap = rasterizeShapes(shapesOf(frame), info.rows, info.columns);
      coverageCache.set(key, bitmap);
    }
    return bitmap;
  };

  const crop = plan.crop ?? { x: 0, y: 0, width: info.columns, height: info.rows };
  const size = plan.resolution ? outputSizeFor(crop.height, crop.width, plan.resolution) : { rows: crop.height, columns: crop.width };
  const geometryChanges = plan.crop !== undefined || size.rows !== crop.height || size.columns !== crop.width;
  const rewriter: GeometryRewriter | undefined = geometryChanges
    ? createGeometryRewriter(object.dataset, {
        ...(plan.crop ? { crop: plan.crop } : {}),
        sourceRows: info.rows,
        sourceColumns: info.columns,
        outRows: size.rows,
        outColumns: size.columns,
      })
    : undefined;

  const process = async (index: number, decoded?: DecodedFrame): Promise<DecodedFrame> => {
    let frame = decoded ?? (await reader.decodeFrame(index));
    if (planes.length > 0) {
      const embeddedBits = new Map<number, Uint8Array>();
      for (const p of planes) if (p.data.kind === 'embedded') embeddedBits.set(p.group, readEmbeddedOverlayBits(object, p, index));
      frame = burnOverlays(frame, planes, { ...(palette ? { palette } : {}), embeddedBits });
    }
    const mask = coverage(index);
    if (mask) frame = burnMask(frame, mask, maskFillValue(frame, palette ? { palette } : {}));
    if (plan.crop) frame = cropFrame(frame, plan.crop);
    if (frame.rows !== size.rows || frame.columns !== size.columns) frame = downsampleFrame(frame, size.rows, size.columns);
    return frame;
  };

  // The first frame decides the output layout (a codec may turn YBR into RGB or widen Bits Stored).
  const first = await process(0);
  const encoding = first.sampleFormat !== 'integer' ? 'explicit-little' : plan.encoding;
  const transferSyntaxUid = encoding === 'rle' ? RLE_LOSSLESS : encoding === 'jpeg-ls-lossless' ? JPEG_LS_LOSSLESS : EXPLICIT_VR_LITTLE_ENDIAN;
  const pixelTag = info.pixelData.tag;
  const frameProducer = async function* (): AsyncGenerator<DecodedFrame> {
    yield first;
    for (let f = 1; f < frames; f++) yield await process(f);
  };

  const topLevel = new Map<Tag, TopLevelValue>();
  const set = (tag: Tag, output: OutputElement | undefined, rule = RULE): void => {
    topLevel.set(tag, { output, rule });
  };
  if (encoding === 'explicit-little') {
    const packer = createNativePacker(first, true);
    const frameBytes = first.bitsAllocated === 1 ? first.rows * first.columns * first.samplesPerPixel / 8 : first.rows * first.columns * first.samplesPerPixel * (first.bitsAllocated / 8);
    let length = Math.ceil(frameBytes * frames);
    length += length & 1;
    const vr = first.sampleFormat === 'float32' ? 'OF' : first.sampleFormat === 'float64' ? 'OD' : first.bitsAllocated > 8 ? 'OW' : 'OB';
    set(pixelTag, {
      kind: 'streamed',
      tag: pixelTag,
      vr,
      length,
      chunks: async function* () {
        for await (const frame of frameProducer()) yield packer.pack(frame.samples);
        const tail = packer.finish();
        if (tail.length > 0) yield tail;
      },
    });
  } else {
    const syntax = transferSyntaxUid as typeof RLE_LOSSLESS | typeof JPEG_LS_LOSSLESS;
    set(pixelTag, {
      kind: 'streamed-encapsulated',
      tag: pixelTag,
      fragments: async function* () {
        for await (const frame of frameProducer()) yield await encodeFrame(frame, syntax);
      },
    });
  }
  const us = (tag: Tag, value: number): OutputElement => numberOutput(tag, 'US', [value]);
  set(T.samplesPerPixel, us(T.samplesPerPixel, first.samplesPerPixel));
  set(T.photometric, stringOutput(T.photometric, 'CS', [first.photometric]));
  set(T.planarConfiguration, first.samplesPerPixel > 1 ? us(T.planarConfiguration, 0) : undefined);
  set(T.bitsAllocated, us(T.bitsAllocated, first.bitsAllocated));
  set(T.bitsStored, us(T.bitsStored, first.bitsStored));
  set(T.highBit, us(T.highBit, first.bitsStored - 1));
  set(T.pixelRepresentation, us(T.pixelRepresentation, first.pixelRepresentation));
  set(T.rows, us(T.rows, size.rows));
  set(T.columns, us(T.columns, size.columns));
  for (const [tag, change] of rewriter?.topLevel() ?? []) set(tag, change.output, change.rule);
  const stale = 'Peitto: no longer describes the changed pixels';
  for (const tag of [T.smallestImagePixel, T.largestImagePixel, T.smallestSeriesPixel, T.largestSeriesPixel, T.extendedOffsetTable, T.extendedOffsetTableLengths]) {
    set(tag, undefined, stale);
  }

  const categories: Partial<Record<MaskCategory, number>> = {};
  for (const m of plan.masks) for (const s of m.shapes) categories[s.category] = (categories[s.category] ?? 0) + 1;
  const maskedFrames = Array.from({ length: frames }, (_, f) => coverage(f) !== undefined).filter(Boolean).length;
  // PS3.3 C.7.6.1.1.7: Burned In Annotation says whether the image still shows identifying text. It becomes NO
  // only when the operator masked burned-in text on every frame; otherwise the source's statement stands.
  const textMasked = plan.masks.some((m) => m.frames === 'all' && m.shapes.some((s) => s.category === 'burned-in-text'));
  if (textMasked) set(T.burnedInAnnotation, stringOutput(T.burnedInAnnotation, 'CS', ['NO']), 'Peitto: the operator masked the burned-in text');

  setImageType(object.dataset, set);
  set(T.derivationDescription, stringOutput(T.derivationDescription, 'ST', [derivationText(plan, info.columns, info.rows, size, categories, planes.length)]));
  const lossyElement = findElement(object.dataset, T.lossyImageCompression);
  const lossy = object.transferSyntax.lossy || (lossyElement !== undefined && stringValue(lossyElement) === '01');
  // Lossy sources keep "01" and their method history (PS3.3 C.7.6.1.1.5): masking never makes them lossless.
  if (lossy) set(T.lossyImageCompression, stringOutput(T.lossyImageCompression, 'CS', ['01']), 'Peitto: the source was lossy-compressed (PS3.3 C.7.6.1.1.5)');

  const remove = new Map<Tag, string>([
    [T.sourceImageSequence, 'Peitto: no reference to the unmasked source image survives'],
    [T.derivationImageSequence, 'Peitto: no reference to the unmasked source image survives'],
    [T.sourceImageEvidenceSequence, 'Peitto: no reference to the unmasked source image survives'],
  ]);
  // The Common Instance Reference module (PS3.3 C.12.2) lists the instances referenced in the object, chiefly its
  // sources; with those references gone it would list instances nothing refers to.
  for (const tag of [T.referencedSeriesSequence, T.studiesContainingOtherReferencedInstances]) {
    set(tag, undefined, 'Peitto: lists references to the unmasked source images (PS3.3 C.12.2)');
  }
  const overrides: ElementOverrides = {
    rewriteRule: 'Peitto: geometry of the cropped or resized pixels',
    remove,
    ...(rewriter
      ? { rewrite: (element: DicomElement, path: string) => rewriter.rewrite(element, path), keepsItem: (path: string, index: number) => rewriter.keepsItem(path, index) }
      : {}),
  };
  const before = { rows: info.rows, columns: info.columns };
  return {
    topLevel,
    overrides,
    transferSyntaxUid,
    methods: {
      cleanPixelData: plan.masks.some((m) => m.shapes.some((s) => s.category === 'burned-in-text')),
      cleanVisualFeatures: plan.masks.some((m) => m.shapes.some((s) => VISUAL_FEATURES.has(s.category))),
    },
    summary: {
      masksByCategory: categories,
      maskedFrames,
      frames,
      before,
      after: { rows: size.rows, columns: size.columns },
      kept: { rows: crop.height, columns: crop.width },
      cropped: plan.crop !== undefined,
      overlaysBurned: planes.length,
      burnedInTextMasked: textMasked,
    },
    ...(plan.masks.length > 0
      ? {
          maskCheck: {
            sourceRows: info.rows,
            sourceColumns: info.columns,
            crop,
            outRows: size.rows,
            outColumns: size.columns,
            coverage,
            frames,
          },
        }
      : {}),
  };
}

/** Image Type value 1 becomes DERIVED (PS3.3 C.7.6.1.1.2): the pixels are no longer those acquired. */
function setImageType(dataset: readonly DicomElement[], set: (tag: Tag, output: OutputElement | undefined, rule?: string) => void): void {
  const element = findElement(dataset, T.imageType);
  const values = element ? stringValues(element) : [];
  const derived = values.length > 0 ? ['DERIVED', ...values.slice(1)] : ['DERIVED', 'SECONDARY'];
  set(T.imageType, stringOutput(T.imageType, 'CS', derived), 'Peitto: derived pixels (PS3.3 C.7.6.1.1.2)');
}

/** Derivation Description (PS3.3 C.7.6.1): what was done, in words, without any identifying content. */
function derivationText(
  plan: ObjectPixelPlan,
  columns: number,
  rows: number,
  size: { rows: number; columns: number },
  categories: Partial<Record<MaskCategory, number>>,
  overlays: number,
): string {
  const parts: string[] = ['De-identified by Peitto'];
  if (overlays > 0) parts.push(`${overlays} overlay plane(s) burned in`);
  const masked = Object.entries(categories).map(([category, n]) => `${n} ${category}`);
  if (masked.length > 0) parts.push(`masked (darkest value): ${masked.join(', ')}`);
  if (plan.crop) parts.push(`cropped to ${plan.crop.width}x${plan.crop.height} at ${plan.crop.x},${plan.crop.y} of ${columns}x${rows}`);
  const from = plan.crop ? `${plan.crop.width}x${plan.crop.height}` : `${columns}x${rows}`;
  if (size.columns !== (plan.crop?.width ?? columns) || size.rows !== (plan.crop?.height ?? rows)) {
    parts.push(`reduced from ${from} to ${size.columns}x${size.rows} by area averaging`);
  }
  parts.push('written losslessly');
  return parts.join('; ');
}
