import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { validateShape } from '../ops/validateShape.js';
import type { MaskRuleDefinition, MaskRuleFile } from './maskRule.js';
import { validateRule as generatedRule, validateRuleFile as generatedFile } from './maskRuleValidator.generated.js';

/**
 * The schemas of maskRuleSchema.ts compiled ahead of time (scripts/generate-plan-validator.mjs), so that no
 * command loads Ajv's compiler; `npm run lint` fails when they no longer match the schemas.
 */
const validators = { rule: generatedRule as ValidateFunction, file: generatedFile as ValidateFunction };

function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const field = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
    const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
    const allowed = e.keyword === 'enum' ? `: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
    return `${field}: ${e.message ?? 'is invalid'}${extra}${allowed}`;
  });
}

/** What the schema cannot express: a rule for one image size must mask something inside that size. */
function shapeProblems(rule: MaskRuleDefinition, prefix: string): string[] {
  const { rows, columns } = rule.rule;
  if (rows === undefined || columns === undefined) return [];
  return rule.shapes.flatMap((shape, i) => {
    const problem = validateShape(shape, rows, columns);
    return problem ? [`${prefix}shapes.${i}: ${problem}`] : [];
  });
}

const joined = (problems: readonly string[]): string | undefined => (problems.length > 0 ? problems.join('; ') : undefined);

/**
 * Why a rule (as the UI saves it) is unusable, naming each field, or undefined when it is valid: the JSON schema
 * MASK_RULE_SCHEMA, and shapes inside the image when the rule names both rows and columns.
 */
export function validateMaskRule(document: unknown): string | undefined {
  const validate = validators.rule;
  if (!validate(document)) return joined(describeErrors(validate.errors));
  return joined(shapeProblems(document as MaskRuleDefinition, ''));
}

/** Why a rule library file is unusable (every rule as validateMaskRule checks it, ids unique), or undefined. */
export function validateMaskRuleFile(document: unknown): string | undefined {
  const validate = validators.file;
  if (!validate(document)) return joined(describeErrors(validate.errors));
  const problems: string[] = [];
  const seen = new Map<string, number>();
  (document as MaskRuleFile).rules.forEach((rule, i) => {
    const earlier = seen.get(rule.id);
    if (earlier !== undefined) problems.push(`rules.${i}.id: '${rule.id}' is also the id of rules.${earlier}`);
    else seen.set(rule.id, i);
    problems.push(...shapeProblems(rule, `rules.${i}.`));
  });
  return joined(problems);
}
