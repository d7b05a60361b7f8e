import type { IndexedObject } from '../catalog/indexedObject.js';

/**
 * The guideline's high-risk content (expert group policy 28.03.2024: facial image, magnetic image revealing the
 * shape of a face, dental chart, fingerprint, iris, palm, very rare finding, tattoo) plus burned-in text, which
 * PS3.15 E.3.1 treats as identifying pixel content.
 */
export type RiskId =
  | 'face'
  | 'face-shape'
  | 'dental'
  | 'fingerprint'
  | 'iris'
  | 'palm'
  | 'rare-finding'
  | 'tattoo'
  | 'burned-in-text'
  | 'other-datasets';

export const RISK_IDS: readonly RiskId[] = [
  'face', 'face-shape', 'dental', 'fingerprint', 'iris', 'palm', 'rare-finding', 'tattoo', 'burned-in-text', 'other-datasets',
];

export interface RiskFlag {
  readonly risk: RiskId;
  /** Why the engine raised it, as a message key with values (translated where shown). */
  readonly reason: RiskReason;
}

export type RiskReason =
  | { readonly key: 'burned-in-declared' }
  | { readonly key: 'burned-in-modality'; readonly modality: string }
  | { readonly key: 'secondary-capture' }
  | { readonly key: 'photographic-modality'; readonly modality: string }
  | { readonly key: 'head-volume'; readonly modality: string; readonly sliceThickness: number; readonly images: number }
  | { readonly key: 'dental-modality'; readonly modality: string }
  | { readonly key: 'dental-body-part'; readonly bodyPart: string }
  | { readonly key: 'ophthalmic-photograph'; readonly modality: string }
  | { readonly key: 'photographed-hand'; readonly bodyPart: string }
  | { readonly key: 'marked-rare-finding' };

/** Modalities that usually carry burned-in text (annotations, patient banners) in their pixels. */
const BURNED_IN_MODALITIES = new Set(['US', 'SC', 'OT', 'XA', 'ES', 'XC', 'RF', 'DOC', 'GM', 'SM']);
/** Visible-light photographs of the body surface (PS3.3 C.7.3.1.1.1 modality defined terms). */
const PHOTOGRAPHIC = new Set(['XC', 'VL']);
const DENTAL_MODALITIES = new Set(['IO', 'PX']);
const DENTAL_BODY_PARTS = new Set(['JAW', 'TMJ', 'MANDIBLE', 'MAXILLA', 'TOOTH', 'TEETH', 'DENTAL']);
const HEAD_BODY_PARTS = new Set(['HEAD', 'BRAIN', 'SKULL', 'FACE', 'ORBIT', 'SINUS', 'NECK', 'HEADNECK', 'IAC', 'NASOPHARYNX', 'TMJ', 'JAW']);
const HAND_BODY_PARTS = new Set(['HAND', 'FINGER', 'THUMB', 'WRIST']);
const SECONDARY_CAPTURE_PREFIX = '1.2.840.10008.5.1.4.1.1.7';
/** Slices thin and many enough that a surface rendering shows a face (PS3.15 E.3.2 recognisable features). */
const FACE_SHAPE_MAX_THICKNESS_MM = 5;
const FACE_SHAPE_MIN_IMAGES = 20;

/**
 * Words of study and series descriptions that name the head, in the department's languages (Finnish aivot/pää,
 * Swedish hjärna/huvud) and English, for the many MR and CT headers that leave Body Part Examined empty.
 */
const HEAD_WORDS = /(?<![\p{L}\p{N}])(HEAD|BRAIN|SKULL|FACE|FACIAL|ORBITS?|SINUS(ES)?|NEURO|CRANI\p{L}*|AIVO\p{L}*|PÄÄ\p{L}*|PAA|KASVO\p{L}*|HJÄRNA\p{L}*|HJARNA|HUVUD\p{L}*|ANSIKTE)(?![\p{L}\p{N}])/iu;

function isHead(object: IndexedObject, body: string): boolean {
  if (body) return HEAD_BODY_PARTS.has(body);
  return HEAD_WORDS.test(`${object.studyDescription} ${object.seriesDescription}`);
}

/** Flags for one object; `seriesSize` is the number of images in its series (volumes can render a face). */
export function riskFlagsFor(object: IndexedObject, seriesImages: number): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const m = object.modality;
  const body = object.bodyPartExamined.replace(/[^A-Z]/g, '');
  if (object.burnedInAnnotation === 'YES') flags.push({ risk: 'burned-in-text', reason: { key: 'burned-in-declared' } });
  else if (BURNED_IN_MODALITIES.has(m)) flags.push({ risk: 'burned-in-text', reason: { key: 'burned-in-modality', modality: m } });
  else if (object.sopClassUid.startsWith(SECONDARY_CAPTURE_PREFIX)) flags.push({ risk: 'burned-in-text', reason: { key: 'secondary-capture' } });

  if (PHOTOGRAPHIC.has(m)) {
    flags.push({ risk: 'face', reason: { key: 'photographic-modality', modality: m } });
    flags.push({ risk: 'tattoo', reason: { key: 'photographic-modality', modality: m } });
    if (HAND_BODY_PARTS.has(body)) {
      flags.push({ risk: 'fingerprint', reason: { key: 'photographed-hand', bodyPart: body } });
      flags.push({ risk: 'palm', reason: { key: 'photographed-hand', bodyPart: body } });
    }
  }
  if ((m === 'CT' || m === 'MR' || m === 'PT') && isHead(object, body)) {
    // An unknown slice thickness counts as thin: a volume that might render a face is flagged, not assumed safe.
    const thickness = object.sliceThickness;
    const multiFrameVolume = object.numberOfFrames >= FACE_SHAPE_MIN_IMAGES;
    const images = Math.max(seriesImages, object.numberOfFrames);
    if (images >= FACE_SHAPE_MIN_IMAGES && (multiFrameVolume || thickness === undefined || thickness <= FACE_SHAPE_MAX_THICKNESS_MM)) {
      flags.push({ risk: 'face-shape', reason: { key: 'head-volume', modality: m, sliceThickness: thickness ?? 0, images } });
    }
  }
  if (DENTAL_MODALITIES.has(m)) flags.push({ risk: 'dental', reason: { key: 'dental-modality', modality: m } });
  else if (DENTAL_BODY_PARTS.has(body)) flags.push({ risk: 'dental', reason: { key: 'dental-body-part', bodyPart: body } });
  if (m === 'OP' || (PHOTOGRAPHIC.has(m) && body === 'EYE')) {
    flags.push({ risk: 'iris', reason: { key: 'ophthalmic-photograph', modality: m } });
  }
  return flags;
}
