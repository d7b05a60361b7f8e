import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import type { Ajv2020 as Ajv2020Type } from 'ajv/dist/2020.js';
import { ASSESSMENT_SCHEMA } from '../assessment/assessmentSchema.js';
import type { Translate } from '../i18n/translate.js';
import { EXIT_INCOMPLETE, EXIT_OK, UsageError } from './usage.js';

/** The problems of an assessment.json against the published schema, each naming the field; empty when valid. */
export function checkAssessmentDocument(document: unknown): string[] {
  // Compiled here, not ahead of time: checking a received file is rare, and half a second is no cost then.
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020Type };
  const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTuples: false }).compile(ASSESSMENT_SCHEMA);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(top level)'}: ${e.message}`);
}

/** `deid assessment --schema | --check <assessment.json>` */
export function commandAssessment(args: string[], t: Translate): number {
  const { values } = parseArgs({ args, options: { schema: { type: 'boolean' }, check: { type: 'string' }, lang: { type: 'string' } } });
  if (values.schema) {
    process.stdout.write(`${JSON.stringify(ASSESSMENT_SCHEMA, null, 2)}\n`);
    return EXIT_OK;
  }
  if (!values.check) throw new UsageError(t('cli.assessment.usage'));
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(values.check, 'utf8'));
  } catch (error) {
    throw new UsageError(`${values.check}: ${(error as Error).message}`);
  }
  const problems = checkAssessmentDocument(document);
  if (problems.length === 0) {
    process.stdout.write(`${t('cli.assessment.valid', { file: values.check })}\n`);
    return EXIT_OK;
  }
  process.stderr.write(`${t('cli.assessment.invalid', { file: values.check, n: problems.length })}\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  return EXIT_INCOMPLETE;
}
