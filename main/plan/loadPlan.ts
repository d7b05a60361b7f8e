import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Type, ValidateFunction } from 'ajv/dist/2020.js';
import { DEFAULT_PLAN, type Plan } from './plan.js';
import { PLAN_SCHEMA } from './planSchema.js';

/** A plan that cannot be used; the message names the file and the field. */
export class PlanError extends Error {}

/**
 * Loaded and compiled on first use: loading the validator and compiling the schema cost more than a whole small
 * export, and most runs have no plan file.
 */
let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (!compiled) {
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020Type };
    compiled = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(PLAN_SCHEMA);
  }
  return compiled;
}

/** Validates a parsed plan document and fills in defaults. */
export function parsePlan(document: unknown, name = 'plan'): Plan {
  const validate = validator();
  if (!validate(document)) {
    const problems = (validate.errors ?? []).map((e) => {
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
