/**
 * The de-identification plan: everything the operator decides, as data (DESIGN.md "The one idea"). The UI
 * builds one, the command line reads one from a file, the engine executes it. `planSchema.ts` is its published
 * JSON Schema; `loadPlan.ts` validates a document and fills in the defaults below.
 */
export const PLAN_VERSION = 1;

/** Options of the PS3.15 Annex E profile that Peitto offers (the guideline profile turns the clean options on). */
export interface ProfileOptions {
  /** Clean Descriptors Option (E.3.5): keep descriptions, stripped to vocabulary terms, instead of removing them. */
  readonly cleanDescriptors: boolean;
  /** Clean Structured Content Option (E.3.6): keep SR content trees, with text, names, dates and UIDs cleaned. */
  readonly cleanStructuredContent: boolean;
  /** Clean Graphics Option (E.3.3): keep presentation graphics with their text cleaned. */
  readonly cleanGraphics: boolean;
  /** Retain Safe Private Option (E.3.10): keep private attributes listed as safe; all others are removed. */
  readonly retainSafePrivate: boolean;
  /** Retain Device Identity Option (E.3.8). Off in the guideline profile. */
  readonly retainDeviceIdentity: boolean;
  /** Retain Institution Identity Option (E.3.11). Off in the guideline profile. */
  readonly retainInstitutionIdentity: boolean;
}

export type IdentifierMode = 'anonymous' | 'pseudonymous';

export interface IdentifierPlan {
  /**
   * anonymous: patient labels and UIDs are drawn at random for this export and the mapping is never stored, so
   * nothing links the release back (guideline: no pseudo IDs the recipient can link). pseudonymous: derived with
   * HMAC-SHA-256 from a local secret key so that re-exports match; the key never enters an export.
   */
  readonly mode: IdentifierMode;
  /** Pseudonymous mode: file holding the secret key (created with a random key when missing). */
  readonly keyFile?: string;
  /** Pseudonymous mode: who holds the key, as stated in the assessment. */
  readonly keyHolder?: string;
}

export type SupplementaryField = 'ageBand' | 'sex' | 'modality' | 'bodyPart' | 'findingClass';

export interface SupplementaryPlan {
  /** General fields written to manifest.csv beside each object (guideline: rough age group etc. may be attached). */
  readonly fields: readonly SupplementaryField[];
  /** Width of an age band in years. */
  readonly ageBandWidth: number;
  /** Ages at or above this are one band ("90+"), since few people are that old. */
  readonly ageTopCode: number;
  /**
   * The operator's finding class per series ("normal", "glioma"): a general class, released as the field
   * findingClass; series without one get an empty value. Checked for identifiers like every operator text.
   */
  readonly findingClasses?: readonly { readonly seriesInstanceUID: string; readonly findingClass: string }[];
}

/** What a masked region hides; counted per object in the assessment (guideline's high-risk content). */
export const MASK_CATEGORIES = ['face', 'tattoo', 'burned-in-text', 'dental', 'iris', 'fingerprint', 'palm', 'rare-finding', 'other'] as const;
export type MaskCategory = (typeof MASK_CATEGORIES)[number];

/**
 * A region in source pixel coordinates: x are columns, y are rows, origin at the top-left corner of the top-left
 * pixel, before any crop or resize. A pixel is masked when its centre lies inside.
 */
export type MaskShape =
  | { readonly type: 'rectangle'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly category: MaskCategory }
  | { readonly type: 'ellipse'; readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number; readonly category: MaskCategory }
  | { readonly type: 'polygon'; readonly points: readonly (readonly [number, number])[]; readonly category: MaskCategory };

/** Which images a mask applies to: one instance, a whole series, or every image a device rule matches. */
export type MaskTarget =
  | { readonly sopInstanceUID: string }
  | { readonly seriesInstanceUID: string }
  | { readonly rule: MaskRule };

/** Images of one kind of device (like CTP's pixel-anonymizer signatures): exact modality and size, make contains. */
export interface MaskRule {
  readonly modality?: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly rows?: number;
  readonly columns?: number;
}

export type MaskPlan = MaskTarget & {
  /** "all" (default) or 0-based frame numbers. */
  readonly frames?: 'all' | readonly number[];
  readonly shapes: readonly MaskShape[];
};

/** A reduced resolution: a scale factor (0 < s ≤ 1) or the largest side in pixels (never enlarged). */
export type Resolution = { readonly scale: number } | { readonly maxDimension: number };

export type ResolutionPlan = Resolution & {
  /** Series that get another resolution than the rest of the export. */
  readonly series?: readonly ({ readonly seriesInstanceUID: string } & Resolution)[];
};

/** A crop rectangle in source pixel coordinates, for one instance or a whole series. */
export type CropPlan = ({ readonly sopInstanceUID: string } | { readonly seriesInstanceUID: string }) & {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** How changed pixels are written: never lossily (PS3.5 A.4 RLE, JPEG-LS lossless, or native). */
export type PixelEncoding = 'explicit-little' | 'jpeg-ls-lossless' | 'rle';

export interface OutputPlan {
  readonly pixelEncoding: PixelEncoding;
  /** Burn overlay planes (60xx) into the pixels before they are removed, so they can be reviewed and masked. */
  readonly burnOverlays: boolean;
}

/**
 * Risks of the guideline's checklist that the operator decides on (the engine raises most of them). The last
 * lines are never raised: 'varying-measurement' and 'amount-of-data' are context the operator may comment on.
 */
export type AssessedRisk =
  | 'face'
  | 'face-shape'
  | 'dental'
  | 'fingerprint'
  | 'iris'
  | 'palm'
  | 'rare-finding'
  | 'tattoo'
  | 'burned-in-text'
  | 'varying-measurement'
  | 'other-datasets'
  | 'amount-of-data';

export type RiskDecisionValue = 'not-present' | 'masked' | 'accepted';

/** The operator's decision on one risk, for the whole export or one series, with the reason. */
export interface RiskDecision {
  readonly risk: AssessedRisk;
  readonly scope: 'all' | { readonly seriesInstanceUID: string };
  readonly decision: RiskDecisionValue;
  readonly justification: string;
}

/** The documented risk assessment's inputs (guideline: judged from the recipient's perspective, case by case). */
export interface AssessmentPlan {
  /** A permit holder in a secure processing environment, or publication to an unlimited audience. */
  readonly recipient: 'secure-environment' | 'publication';
  /** Who receives the data by name: the permit holder, or where it is published. */
  readonly recipientName?: string;
  readonly organisation: string;
  /** The person doing the work. */
  readonly operator: string;
  /** Who reviews and co-signs the sheet. */
  readonly reviewer: string;
  /** The data permit or case reference. */
  readonly reference: string;
  /** The language of assessment.pdf. */
  readonly language: 'en' | 'fi' | 'sv';
  readonly decisions: readonly RiskDecision[];
  /** Series the operator marks as showing a very rare finding (raises that risk). */
  readonly rareFindings: readonly { readonly seriesInstanceUID: string }[];
  /** Why each released general field is needed (the guideline: the more data attached, the higher the risk). */
  readonly fieldJustifications: Readonly<Partial<Record<SupplementaryField, string>>>;
  /** Small numbers: every combination of released general fields must cover at least k persons. */
  readonly k: number;
  /** The recorded override when a group stays smaller than k. */
  readonly smallNumbersOverride?: { readonly justification: string };
}

export interface Plan {
  readonly version: typeof PLAN_VERSION;
  readonly assessment: AssessmentPlan;
  readonly profile: ProfileOptions;
  readonly identifiers: IdentifierPlan;
  readonly supplementary: SupplementaryPlan;
  readonly masks: readonly MaskPlan[];
  /** Undefined: full resolution. */
  readonly resolution?: ResolutionPlan;
  readonly crop: readonly CropPlan[];
  readonly output: OutputPlan;
}

export const GUIDELINE_PROFILE: ProfileOptions = {
  cleanDescriptors: true,
  cleanStructuredContent: true,
  cleanGraphics: true,
  retainSafePrivate: false,
  retainDeviceIdentity: false,
  retainInstitutionIdentity: false,
};

export const DEFAULT_PLAN: Plan = {
  version: PLAN_VERSION,
  profile: GUIDELINE_PROFILE,
  identifiers: { mode: 'anonymous' },
  supplementary: { fields: ['ageBand', 'sex', 'modality', 'bodyPart'], ageBandWidth: 10, ageTopCode: 90 },
  masks: [],
  crop: [],
  output: { pixelEncoding: 'explicit-little', burnOverlays: false },
  assessment: {
    recipient: 'secure-environment',
    organisation: '',
    operator: '',
    reviewer: '',
    reference: '',
    language: 'en',
    decisions: [],
    rareFindings: [],
    fieldJustifications: {},
    k: 5,
  },
};
