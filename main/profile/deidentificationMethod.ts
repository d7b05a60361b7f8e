import { stringOutput } from '../dicom/encodeValue.js';
import type { OutputElement } from '../dicom/outputDataset.js';
import type { ProfileOptions } from '../plan/plan.js';

/** A coded de-identification method from DICOM CID 7050 (scheme DCM). */
export interface MethodCode {
  readonly code: string;
  readonly meaning: string;
}

/** CID 7050 "De-identification Method" codes (PS3.16). */
export const CID_7050 = {
  basic: { code: '113100', meaning: 'Basic Application Confidentiality Profile' },
  cleanPixelData: { code: '113101', meaning: 'Clean Pixel Data Option' },
  cleanVisualFeatures: { code: '113102', meaning: 'Clean Recognizable Visual Features Option' },
  cleanGraphics: { code: '113103', meaning: 'Clean Graphics Option' },
  cleanStructuredContent: { code: '113104', meaning: 'Clean Structured Content Option' },
  cleanDescriptors: { code: '113105', meaning: 'Clean Descriptors Option' },
  retainDeviceIdentity: { code: '113109', meaning: 'Retain Device Identity Option' },
  retainSafePrivate: { code: '113111', meaning: 'Retain Safe Private Option' },
  retainInstitutionIdentity: { code: '113112', meaning: 'Retain Institution Identity Option' },
} as const satisfies Record<string, MethodCode>;

/** What was done beyond the header profile (pixel masks come with the pixel pipeline). */
export interface PixelMethods {
  /** Burned-in text was masked (Clean Pixel Data Option, PS3.15 E.3.1). */
  readonly cleanPixelData: boolean;
  /** Faces or other recognisable features were masked (Clean Recognizable Visual Features Option, E.3.2). */
  readonly cleanVisualFeatures: boolean;
}

export const NO_PIXEL_METHODS: PixelMethods = { cleanPixelData: false, cleanVisualFeatures: false };

/** The CID 7050 codes for a profile run, in the order of the table. */
export function methodCodes(options: ProfileOptions, pixels: PixelMethods = NO_PIXEL_METHODS): MethodCode[] {
  const codes: MethodCode[] = [CID_7050.basic];
  if (pixels.cleanPixelData) codes.push(CID_7050.cleanPixelData);
  if (pixels.cleanVisualFeatures) codes.push(CID_7050.cleanVisualFeatures);
  if (options.cleanGraphics) codes.push(CID_7050.cleanGraphics);
  if (options.cleanStructuredContent) codes.push(CID_7050.cleanStructuredContent);
  if (options.cleanDescriptors) codes.push(CID_7050.cleanDescriptors);
  if (options.retainDeviceIdentity) codes.push(CID_7050.retainDeviceIdentity);
  if (options.retainSafePrivate) codes.push(CID_7050.retainSafePrivate);
  if (options.retainInstitutionIdentity) codes.push(CID_7050.retainInstitutionIdentity);
  return codes;
}

export const PATIENT_IDENTITY_REMOVED = 0x00120062;
export const DEIDENTIFICATION_METHOD = 0x00120063;
export const DEIDENTIFICATION_METHOD_CODE_SEQUENCE = 0x00120064;
export const LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED = 0x00280303;

/** Tags this module writes; any source value of them is replaced. */
export const DEIDENTIFICATION_TAGS: ReadonlySet<number> = new Set([
  PATIENT_IDENTITY_REMOVED,
  DEIDENTIFICATION_METHOD,
  DEIDENTIFICATION_METHOD_CODE_SEQUENCE,
  LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED,
]);

/**
 * The attributes that record the de-identification in the object (PS3.3 C.7.1.1 Patient Identity Removed, De-
 * identification Method and its Code Sequence; C.7.6.1 Longitudinal Temporal Information Modified = REMOVED,
 * since dates are removed or emptied, never shifted).
 */
export function deidentificationElements(methodText: readonly string[], codes: readonly MethodCode[]): OutputElement[] {
  return [
    stringOutput(PATIENT_IDENTITY_REMOVED, 'CS', ['YES']),
    // LO values hold at most 64 characters each (PS3.5 6.2).
    stringOutput(DEIDENTIFICATION_METHOD, 'LO', methodText.map((t) => t.slice(0, 64))),
    {
      kind: 'sequence',
      tag: DEIDENTIFICATION_METHOD_CODE_SEQUENCE,
      undefinedLength: false,
      items: codes.map((c) => ({
        undefinedLength: false,
        elements: [
          stringOutput(0x00080100, 'SH', [c.code]),
          stringOutput(0x00080102, 'SH', ['DCM']),
          stringOutput(0x00080104, 'LO', [c.meaning]),
        ],
      })),
    },
    stringOutput(LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED, 'CS', ['REMOVED']),
  ];
}
