// Device-specific burned-in text regions: the shipped library, matching, and validation of rules the UI saves.
export type { DeviceAttributes, DeviceMatch, MaskRuleDefinition, MaskRuleFile } from './maskRule.js';
export { MASK_RULE_FILE_SCHEMA, MASK_RULE_SCHEMA } from './maskRuleSchema.js';
export { validateMaskRule, validateMaskRuleFile } from './validateMaskRule.js';
export { deviceMatches, matchMaskRules } from './matchMaskRules.js';
export { builtInMaskRules } from './builtInMaskRules.js';
