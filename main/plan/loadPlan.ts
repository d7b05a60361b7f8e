import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { DEFAULT_PLAN, type Plan } from './plan.js';
import { validate as compiledValidate } from './planValidator.generated.js';

/** A plan that cannot be used; the message names the file and the field. */
export class PlanError extends Error {}

/**
 * The plan schema (planSchema.ts) compiled ahead of time by scripts/generate-plan-validator.mjs: compiling it at
 * run time took half a second, more than a whole small export. `npm run lint` fails when it is out of date.
 */
const validator = compiledValidate as unknown as ValidateFunction;

/** Validates a parsed plan document and fills in defaults. */
export function parsePlan(document: unknown, name = 'plan'): Plan {
  if (!validator(document)) {
    const problems = (validator.errors ?? []).map((e) => {
      const field = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
      const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
      const allowed = e.keyword === 'enum' ? `: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
      return `${field}: ${e.message}${extra}${allowed}`;
    });
    throw new PlanError(`${name}: ${problems.join('; ')}`);
  }
  const doc = document as Partial<Omit<Plan, 'crop'>> & { crop?: Plan['crop'] | Plan['crop'][number] };
  const crop = doc.crop === undefined ? [] : Array.isArray(doc.crop) ? doc.crop : [doc.crop as Plan['crop'][number]];
  return {
    version: 1,
    profile: { ...DEFAULT_PLAN.profile, ...doc.profile },
    identifiers: { ...DEFAULT_PLAN.identifiers, ...doc.identifiers },
    supplementary: { ...DEFAULT_PLAN.supplementary, ...doc.supplementary },
    masks: doc.masks ?? [],
    ...(doc.resolution ? { resolution: doc.resolution } : {}),
    crop,
    output: { ...DEFAULT_PLAN.output, ...doc.output },
    assessment: { ...DEFAULT_PLAN.assessment, ...doc.assessment },
  };
}

export function loadPlanFile(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PlanError(`${path}: cannot read the plan file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new PlanError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parsePlan(document, path);
}
