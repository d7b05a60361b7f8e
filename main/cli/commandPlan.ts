import { parseArgs } from 'node:util';
import type { Translate } from '../i18n/translate.js';
import { loadPlanFile } from '../plan/loadPlan.js';
import { DEFAULT_PLAN } from '../plan/plan.js';
import { PLAN_SCHEMA } from '../plan/planSchema.js';
import { EXIT_OK, UsageError } from './usage.js';

/** `deid plan --schema | --default | --check <plan.json>` */
export function commandPlan(args: string[], t: Translate): number {
  const { values } = parseArgs({
    args,
    options: { schema: { type: 'boolean' }, default: { type: 'boolean' }, check: { type: 'string' }, lang: { type: 'string' } },
  });
  if (values.schema) process.stdout.write(`${JSON.stringify(PLAN_SCHEMA, null, 2)}\n`);
  else if (values.default) process.stdout.write(`${JSON.stringify(DEFAULT_PLAN, null, 2)}\n`);
  else if (values.check) {
    loadPlanFile(values.check);
    process.stdout.write(`${t('cli.plan.valid', { file: values.check })}\n`);
  } else throw new UsageError(t('cli.plan.usage'));
  return EXIT_OK;
}
