import type { MaskRule } from '../../../main/api/contract.js';

/** The attributes a device rule looks at, of one image. */
export interface DeviceAttributes {
  readonly modality?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly model?: string | undefined;
  readonly rows?: number | undefined;
  readonly columns?: number | undefined;
}

const contains = (value: string | undefined, part: string): boolean =>
  value !== undefined && value.toLowerCase().includes(part.toLowerCase());

/**
 * Whether a rule matches an image, with the engine's definition (main/pixels/rules/matchMaskRules.ts, after CTP's
 * pixel-anonymizer signatures): modality equal ignoring case and spaces, rows and columns equal, manufacturer and
 * model contained ignoring case; a condition on an attribute the image lacks does not match. The UI uses it only
 * to show where a rule applies; the engine decides on export.
 */
export function deviceMatches(rule: MaskRule, image: DeviceAttributes): boolean {
  return (
    (rule.modality === undefined || image.modality?.trim().toUpperCase() === rule.modality.trim().toUpperCase()) &&
    (rule.manufacturer === undefined || contains(image.manufacturer, rule.manufacturer)) &&
    (rule.model === undefined || contains(image.model, rule.model)) &&
    (rule.rows === undefined || image.rows === rule.rows) &&
    (rule.columns === undefined || image.columns === rule.columns)
  );
}

/** The rule for "every image like this one": same modality, manufacturer, model and size (empty values left out). */
export function ruleForImage(image: DeviceAttributes): MaskRule {
  const text = (value: string | undefined): string | undefined => (value && value.trim() ? value.trim() : undefined);
  const modality = text(image.modality);
  const manufacturer = text(image.manufacturer);
  const model = text(image.model);
  return {
    ...(modality ? { modality } : {}),
    ...(manufacturer ? { manufacturer } : {}),
    ...(model ? { model } : {}),
    ...(image.rows ? { rows: image.rows } : {}),
    ...(image.columns ? { columns: image.columns } : {}),
  };
}
