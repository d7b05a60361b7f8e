import type { Language } from '../i18n/translate.js';
import type { MaskCategory, ProfileOptions, SupplementaryField } from '../plan/plan.js';
import type { ContentCategory } from '../profile/actionRecord.js';
import type { RiskId, RiskReason } from './riskFlags.js';
import type { RefusalCode } from '../export/refusal.js';

/**
 * The documented risk assessment of one release (expert group policy 28.03.2024: "an appropriate documented risk
 * assessment must be performed"), as data. assessment.json is this object; assessment.pdf renders it. It holds no
 * personal data: no source paths, names, IDs, dates of birth or exposure, original UIDs, or unmasked pixels.
 * Sections follow the sheet's order.
 */
export interface AssessmentSheet {
  readonly format: 'peitto-assessment';
  readonly formatVersion: 1;
  /** The language the PDF is written in (the JSON's values are language-neutral codes). */
  readonly language: Language;
  readonly release: ReleaseSection;
  readonly data: DataSection;
  readonly identifiers: IdentifiersSection;
  readonly pixels: PixelsSection;
  readonly risks: readonly RiskEntry[];
  readonly smallNumbers: SmallNumbersSection;
  readonly verification: VerificationSection;
  readonly signOff: SignOffSection;
}

/** 1. Identification of the release. */
export interface ReleaseSection {
  readonly exportId: string;
  /** ISO 8601 with offset, from the export's clock. */
  readonly createdAt: string;
  readonly status: 'complete' | 'interrupted';
  readonly peittoVersion: string;
  readonly profileVersion: string;
  readonly organisation: string;
  /** The person doing the work. */
  readonly operator: string;
  /** Data permit or case reference. */
  readonly reference: string;
  /** Who receives the data: a permit holder in a secure processing environment, or publication. */
  readonly recipient: Recipient;
  /** The recipient by name (permit holder or publication); empty when the plan does not name one. */
  readonly recipientName: string;
}

export type Recipient = 'secure-environment' | 'publication';

/** 2. What the data is. */
export interface DataSection {
  readonly patients: number;
  readonly studies: number;
  readonly series: number;
  readonly objects: number;
  readonly frames: number;
  readonly byModality: readonly { readonly modality: string; readonly objects: number; readonly frames: number }[];
  readonly byBodyPart: readonly { readonly bodyPart: string; readonly objects: number }[];
  /** The general fields attached in manifest.csv, and why they are needed (from the plan). */
  readonly supplementaryFields: readonly { readonly field: SupplementaryField; readonly justification: string }[];
  /** How ages are grouped when the age group is released: band width in years, and the age from which all are one group. */
  readonly ageBand?: { readonly width: number; readonly topCode: number };
  /** Objects refused (their content cannot be checked), with the reason code and SOP class; numbered, not named. */
  readonly refused: readonly { readonly number: number; readonly sopClass: string; readonly reason: RefusalCode }[];
}

/** 3. Identifiers removed. */
export interface IdentifiersSection {
  readonly options: ProfileOptions;
  /** CID 7050 codes (scheme DCM) of the options in force. */
  readonly methodCodes: readonly { readonly code: string; readonly meaning: string }[];
  /** Counts of attributes per kind of content and what happened to them, over every object. */
  readonly actions: readonly {
    readonly category: ContentCategory;
    readonly removed: number;
    readonly emptied: number;
    readonly replaced: number;
    readonly cleaned: number;
    readonly kept: number;
  }[];
  readonly mode: 'anonymous' | 'pseudonymous';
  /** Pseudonymous mode: who holds the key (the key itself never leaves the workstation). */
  readonly keyHolder?: string;
}

/** 4. Pixels: per series what was masked, and how resolution and extent were reduced. */
export interface PixelsSection {
  readonly series: readonly SeriesPixels[];
  /** Small thumbnails of masked output images (PNG), so a reader sees what the masks cover. */
  readonly thumbnails: readonly { readonly file: string; readonly width: number; readonly height: number; readonly png: Uint8Array }[];
}

export interface SeriesPixels {
  /** Neutral label "S0001/SE0002". */
  readonly series: string;
  readonly modality: string;
  readonly images: number;
  /** Images of the series that at least one mask applies to ("applied to N of M images"). */
  readonly maskedImages: number;
  readonly masksByCategory: readonly { readonly category: MaskCategory; readonly regions: number }[];
  readonly before: ImageGeometry;
  readonly after: ImageGeometry;
  readonly cropped: boolean;
}

export interface ImageGeometry {
  readonly rows: number;
  readonly columns: number;
  /** Row and column spacing in mm, when the images state one. */
  readonly spacing?: readonly [number, number];
}

export type Decision = 'not-present' | 'masked' | 'accepted';

/** 5. One line of the risk checklist: the engine's finding and the operator's decision with its reason. */
export interface RiskEntry {
  readonly risk: RiskId | 'varying-measurement' | 'amount-of-data';
  /** Whether the engine raised it, on how many objects, and why (reason codes with values). */
  readonly raised: boolean;
  readonly objects: number;
  readonly reasons: readonly RiskReason[];
  readonly decision?: Decision;
  readonly justification?: string;
  /** "all", or the neutral series labels the decision covers. */
  readonly scope: 'all' | readonly string[];
}

/** 6. Small numbers: every combination of the released general fields must cover at least k persons. */
export interface SmallNumbersSection {
  readonly k: number;
  readonly fields: readonly SupplementaryField[];
  readonly groups: number;
  /** The smallest groups, smallest first (values are the released general values, never identifiers). */
  readonly smallest: readonly { readonly values: Readonly<Partial<Record<SupplementaryField, string>>>; readonly persons: number }[];
  readonly violations: number;
  /** Generalisations that would bring every group to k, cheapest first. */
  readonly suggestions: readonly ({ readonly action: 'widen-age-band'; readonly width: number } | { readonly action: 'drop-field'; readonly field: SupplementaryField })[];
  /** The operator's recorded override when groups stay below k. */
  readonly override?: { readonly justification: string };
  /**
   * Without an override, nothing under k is released: the export applies the generalisation that fixes it (a
   * wider age band, else fields withheld) and records it here; the manifest then holds only what passed.
   */
  readonly applied?: { readonly ageBandWidth?: number; readonly withheldFields: readonly SupplementaryField[]; readonly violationsAfter: number };
}

/** 7. Verification. */
export interface VerificationSection {
  readonly passed: boolean;
  readonly identifiersChecked: number;
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly hits: number;
  /** Objects whose masks were re-checked, masked frames re-decoded, and frames where a masked pixel was not filled. */
  readonly maskChecks: { readonly objects: number; readonly frames: number; readonly failures: number };
  /** Outputs re-read as DICOM after writing, and how many read back without error. */
  readonly validation: { readonly files: number; readonly valid: number };
  /** SHA-256 of every output file (the PDF prints the digest of this list instead). */
  readonly outputs: readonly { readonly file: string; readonly sha256: string }[];
  /** SHA-256 of the lines "sha256  file\n" of `outputs`, in order. */
  readonly outputsDigest: string;
}

/** 8. Sign-off: the operator's statement, and lines for the operator's and the reviewer's signatures. */
export interface SignOffSection {
  readonly operator: string;
  readonly reviewer?: string;
}
