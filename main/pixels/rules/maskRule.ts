import type { MaskShape } from '../ops/maskShape.js';

/**
 * Which images a rule applies to (the same fields as the plan's MaskRule): modality and size must equal the
 * image's; manufacturer and model must be contained in the image's, ignoring case. Absent fields match anything.
 */
export interface DeviceMatch {
  readonly modality?: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly rows?: number;
  readonly columns?: number;
}

/** The image attributes a rule is matched against: Modality, Manufacturer, Manufacturer's Model Name, Rows, Columns. */
export interface DeviceAttributes {
  readonly modality?: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly rows?: number;
  readonly columns?: number;
}

/** A device-specific set of burned-in text regions (like a CTP DicomPixelAnonymizer signature). */
export interface MaskRuleDefinition {
  readonly id: string;
  readonly description?: string;
  /** The images it applies to; a plan mask with `{ rule, shapes }` takes it as it is. */
  readonly rule: DeviceMatch;
  /** Regions in the image's source pixels (see ops/maskShape.ts). */
  readonly shapes: readonly MaskShape[];
  /**
   * Where the rule came from, so that a reviewer can check it: for the shipped library the publication, its
   * revision and the published entry the rule restates; for a saved rule who recorded it.
   */
  readonly source: string;
  /** The publication's address, at the revision the rule was taken from. */
  readonly sourceUrl?: string;
}

/** A rule library file such as maskRules.json. */
export interface MaskRuleFile {
  readonly version: 1;
  readonly description?: string;
  readonly notes?: readonly string[];
  readonly rules: readonly MaskRuleDefinition[];
}
