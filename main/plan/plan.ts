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

export type SupplementaryField = 'ageBand' | 'sex' | 'modality' | 'bodyPart';

export interface SupplementaryPlan {
  /** General fields written to manifest.csv beside each object (guideline: rough age group etc. may be attached). */
  readonly fields: readonly SupplementaryField[];
  /** Width of an age band in years. */
  readonly ageBandWidth: number;
  /** Ages at or above this are one band ("90+"), since few people are that old. */
  readonly ageTopCode: number;
}

export interface Plan {
  readonly version: typeof PLAN_VERSION;
  readonly profile: ProfileOptions;
  readonly identifiers: IdentifierPlan;
  readonly supplementary: SupplementaryPlan;
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
};
