import type { DicomElement } from '../dicom/dataset.js';
import { findElement } from '../dicom/dataset.js';
import type { DicomObject } from '../dicom/readDicomFile.js';
import { isOverlayTag } from '../dicom/tag.js';
import { characterSetOf, getNumber, getString, numberValues, stringValues } from '../dicom/values.js';

/**
 * What the index knows of one object: the source's own values (shown to the operator on the workstation, never
 * exported), read from the header only.
 */
export interface IndexedObject {
  readonly path: string;
  readonly size: number;
  readonly sopClassUid: string;
  readonly sopInstanceUid: string;
  readonly transferSyntaxUid: string;
  readonly patientKey: string;
  readonly patientName: string;
  readonly patientId: string;
  readonly patientBirthDate: string;
  readonly patientSex: string;
  readonly patientAge: string;
  readonly studyInstanceUid: string;
  readonly studyDate: string;
  readonly studyDescription: string;
  readonly seriesInstanceUid: string;
  readonly seriesNumber: number | undefined;
  readonly seriesDescription: string;
  readonly modality: string;
  readonly bodyPartExamined: string;
  readonly instanceNumber: number | undefined;
  readonly numberOfFrames: number;
  readonly rows: number | undefined;
  readonly columns: number | undefined;
  readonly sliceThickness: number | undefined;
  readonly imageType: readonly string[];
  readonly burnedInAnnotation: string;
  readonly manufacturer: string;
  readonly modelName: string;
  /** Row and column spacing in mm (Pixel Spacing, else Imager Pixel Spacing, else the shared functional groups). */
  readonly pixelSpacing: readonly [number, number] | undefined;
  readonly hasPixelData: boolean;
  readonly hasOverlays: boolean;
  /**
   * Overlays stored in unused high bits of the pixel data (retired, PS3.5 8.1.2 / PS3.3 C.9.2 Overlay Bits
   * Allocated > 1): they survive a byte copy of the pixels, so such objects always have their pixels re-encoded.
   */
  readonly hasEmbeddedOverlays: boolean;
  readonly warnings: readonly string[];
}

const T = {
  sopClass: 0x00080016,
  sopInstance: 0x00080018,
  studyDate: 0x00080020,
  modality: 0x00080060,
  manufacturer: 0x00080070,
  studyDescription: 0x00081030,
  seriesDescription: 0x0008103e,
  modelName: 0x00081090,
  imageType: 0x00080008,
  patientName: 0x00100010,
  patientId: 0x00100020,
  birthDate: 0x00100030,
  sex: 0x00100040,
  age: 0x00101010,
  bodyPart: 0x00180015,
  sliceThickness: 0x00180050,
  studyUid: 0x0020000d,
  seriesUid: 0x0020000e,
  seriesNumber: 0x00200011,
  instanceNumber: 0x00200013,
  frames: 0x00280008,
  rows: 0x00280010,
  columns: 0x00280011,
  burnedIn: 0x00280301,
  pixelData: 0x7fe00010,
  floatPixelData: 0x7fe00008,
  doublePixelData: 0x7fe00009,
} as const;

const MEDIA_STORAGE_SOP_CLASS = 0x00020002;
const MEDIA_STORAGE_SOP_INSTANCE = 0x00020003;

/**
 * The patient an object belongs to: the Patient ID, else name and birth date, else its study. The issuer is
 * ignored on purpose: one person's objects with and without an issuer must count as one person (counting one
 * person twice would overstate group sizes in the small-numbers check).
 */
function patientKeyOf(id: string, name: string, birthDate: string, studyUid: string): string {
  if (id) return `id:${id}`;
  if (name || birthDate) return `name:${name}|${birthDate}`;
  return `study:${studyUid}`;
}

export function indexObject(object: DicomObject): IndexedObject {
  const ds: readonly DicomElement[] = object.dataset;
  const cs = characterSetOf(ds);
  const text = (tag: number): string => getString(ds, tag, cs) ?? '';
  const sopClassUid = text(T.sopClass) || (getString(object.meta, MEDIA_STORAGE_SOP_CLASS) ?? '');
  const sopInstanceUid = text(T.sopInstance) || (getString(object.meta, MEDIA_STORAGE_SOP_INSTANCE) ?? '');
  const studyInstanceUid = text(T.studyUid);
  const imageTypeElement = findElement(ds, T.imageType);
  const frames = Number.parseInt(text(T.frames), 10);
  return {
    path: object.path,
    size: object.fileSize,
    sopClassUid,
    sopInstanceUid,
    transferSyntaxUid: object.transferSyntax.uid,
    patientKey: patientKeyOf(text(T.patientId), text(T.patientName), text(T.birthDate), studyInstanceUid),
    patientName: text(T.patientName),
    patientId: text(T.patientId),
    patientBirthDate: text(T.birthDate),
    patientSex: text(T.sex),
    patientAge: text(T.age),
    studyInstanceUid,
    studyDate: text(T.studyDate),
    studyDescription: text(T.studyDescription),
    seriesInstanceUid: text(T.seriesUid),
    seriesNumber: optionalInt(text(T.seriesNumber)),
    seriesDescription: text(T.seriesDescription),
    modality: text(T.modality).toUpperCase(),
    bodyPartExamined: text(T.bodyPart).toUpperCase(),
    instanceNumber: optionalInt(text(T.instanceNumber)),
    numberOfFrames: Number.isFinite(frames) && frames > 0 ? frames : 1,
    rows: getNumber(ds, T.rows),
    columns: getNumber(ds, T.columns),
    sliceThickness: optionalFloat(text(T.sliceThickness)),
    imageType: imageTypeElement ? stringValues(imageTypeElement, cs) : [],
    burnedInAnnotation: text(T.burnedIn).toUpperCase(),
    manufacturer: text(T.manufacturer),
    modelName: text(T.modelName),
    pixelSpacing: pixelSpacingOf(ds),
    hasPixelData: [T.pixelData, T.floatPixelData, T.doublePixelData].some((t) => findElement(ds, t) !== undefined),
    hasOverlays: ds.some((e) => isOverlayTag(e.tag) && (e.tag & 0xffff) === 0x0010),
    hasEmbeddedOverlays: ds.some((e) => isOverlayTag(e.tag) && (e.tag & 0xffff) === 0x0100 && getNumber([e], e.tag) !== 1),
    warnings: object.warnings,
  };
}

const PIXEL_SPACING = 0x00280030;
const IMAGER_PIXEL_SPACING = 0x00181164;
const SHARED_FUNCTIONAL_GROUPS = 0x52009229;
const PIXEL_MEASURES = 0x00289110;

function pixelSpacingOf(ds: readonly DicomElement[]): readonly [number, number] | undefined {
  const pair = (e: DicomElement | undefined): readonly [number, number] | undefined => {
    const v = e ? numberValues(e) : [];
    return v.length >= 2 && v[0]! > 0 && v[1]! > 0 ? [v[0]!, v[1]!] : undefined;
  };
  const shared = findElement(ds, SHARED_FUNCTIONAL_GROUPS)?.items?.[0]?.elements;
  const measures = shared ? findElement(shared, PIXEL_MEASURES)?.items?.[0]?.elements : undefined;
  return (
    pair(findElement(ds, PIXEL_SPACING)) ??
    pair(findElement(ds, IMAGER_PIXEL_SPACING)) ??
    (measures ? pair(findElement(measures, PIXEL_SPACING)) : undefined)
  );
}

function optionalInt(text: string): number | undefined {
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : undefined;
}

function optionalFloat(text: string): number | undefined {
  const n = Number.parseFloat(text);
  return Number.isFinite(n) ? n : undefined;
}
