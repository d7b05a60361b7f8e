import type { MaskRuleDefinition, MaskRuleFile } from './maskRule.js';
import { MASK_RULE_LIBRARY } from './maskRules.generated.js';
import { validateMaskRuleFile } from './validateMaskRule.js';

let rules: readonly MaskRuleDefinition[] | undefined;

/**
 * The rule library that ships with Peitto (maskRules.json), validated on first use. A library that fails its own
 * schema is a build defect, so it throws rather than masking with rules nobody checked.
 */
export function builtInMaskRules(): readonly MaskRuleDefinition[] {
  if (!rules) {
    const problem = validateMaskRuleFile(MASK_RULE_LIBRARY);
    if (problem) throw new Error(`maskRules.json is invalid: ${problem}`);
    rules = (MASK_RULE_LIBRARY as MaskRuleFile).rules;
  }
  return rules;
}
