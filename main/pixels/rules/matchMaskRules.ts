import type { DeviceAttributes, DeviceMatch, MaskRuleDefinition } from './maskRule.js';

const contains = (value: string | undefined, part: string): boolean =>
  value !== undefined && value.toLowerCase().includes(part.toLowerCase());

/**
 * Whether an image's device attributes satisfy a rule's conditions: modality equal (compared without case or
 * surrounding spaces; Modality is a CS, upper case by definition), rows and columns equal, manufacturer and
 * model contained in the image's values ignoring case (as CTP's containsIgnoreCase). A condition on an attribute
 * the image lacks does not match.
 */
export function deviceMatches(match: DeviceMatch, attributes: DeviceAttributes): boolean {
  return (
    (match.modality === undefined || attributes.modality?.trim().toUpperCase() === match.modality.trim().toUpperCase()) &&
    (match.manufacturer === undefined || contains(attributes.manufacturer, match.manufacturer)) &&
    (match.model === undefined || contains(attributes.model, match.model)) &&
    (match.rows === undefined || attributes.rows === match.rows) &&
    (match.columns === undefined || attributes.columns === match.columns)
  );
}

/** The rules that apply to an image, in library order. Every one applies (their regions add up), not only the first. */
export function matchMaskRules(rules: readonly MaskRuleDefinition[], attributes: DeviceAttributes): MaskRuleDefinition[] {
  return rules.filter((rule) => deviceMatches(rule.rule, attributes));
}
