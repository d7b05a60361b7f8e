import { parseArgs } from 'node:util';
import { buildIndex } from '../catalog/buildIndex.js';
import { scanInputs } from '../catalog/scanInputs.js';
import { readDicomFile } from '../dicom/readDicomFile.js';
import { isDicomRootUid, isWellKnownUid } from '../dicom/uidRegistry.js';
import { refusalReason, sopClassLabel } from '../export/refusal.js';
import { textServices } from '../export/textServices.js';
import { riskFlagsFor } from '../assessment/riskFlags.js';
import type { Translate } from '../i18n/translate.js';
import { loadPlanFile } from '../plan/loadPlan.js';
import { DEFAULT_PLAN } from '../plan/plan.js';
import { applyProfile } from '../profile/applyProfile.js';
import type { ActionRecord } from '../profile/actionRecord.js';
import { UidMapper } from '../profile/uidMapper.js';
import { countOutcomes } from '../export/exportObject.js';
import { EXIT_INCOMPLETE, EXIT_OK, UsageError } from './usage.js';

/** `deid inspect <file-or-folder>... [--plan plan.json] [--json]`: the index, and what the profile would do. */
export async function commandInspect(args: string[], t: Translate): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { plan: { type: 'string', short: 'p' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError(t('cli.inspect.noInputs'));
  const plan = values.plan ? loadPlanFile(values.plan) : DEFAULT_PLAN;
  const scan = await scanInputs(positionals);
  const index = buildIndex(scan.objects);
  const text = textServices();
  const run = {
    options: plan.profile,
    uids: UidMapper.anonymous(),
    cleanText: text.cleanText,
    isWellKnownUid: (uid: string) => isWellKnownUid(uid) || isDicomRootUid(uid),
    safePrivate: text.safePrivate,
    patientLabel: 'ANON-0000',
  };
  const seriesSize = new Map(index.flatMap((p) => p.studies.flatMap((s) => s.series.map((se) => [se.seriesInstanceUid, se.objects.length] as const))));
  const objects = scan.objects.map((o) => {
    const refusal = refusalReason(o);
    let records: ActionRecord[] = [];
    if (!refusal) {
      const object = readDicomFile(o.path);
      try {
        records = applyProfile(object, run).records;
      } finally {
        object.close();
      }
    }
    return { object: o, refusal, records, flags: riskFlagsFor(o, seriesSize.get(o.seriesInstanceUid) ?? 1) };
  });

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          index,
          notDicom: scan.notDicom,
          problems: scan.problems,
          directories: scan.directories,
          objects: objects.map((o) => ({ path: o.object.path, refusal: o.refusal, flags: o.flags, actions: o.records })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const out: string[] = [];
    for (const p of index) {
      out.push(t('cli.inspect.patient', { name: p.name || '—', id: p.id || '—', studies: p.studies.length }));
      for (const s of p.studies) {
        out.push(`  ${t('cli.inspect.study', { date: s.studyDate || '—', description: s.description || '—', series: s.series.length })}`);
        for (const se of s.series) {
          out.push(`    ${t('cli.inspect.series', { modality: se.modality || '—', number: se.seriesNumber ?? '—', description: se.description || '—', objects: se.objects.length })}`);
        }
      }
    }
    for (const o of objects) {
      out.push('', `${o.object.path}  (${sopClassLabel(o.object.sopClassUid)})`);
      if (o.refusal) {
        out.push(`  ${t('cli.inspect.refused', { reason: t(`sheet.refusal.${o.refusal}`) })}`);
        continue;
      }
      for (const f of o.flags) out.push(`  ${t('cli.inspect.flag', { risk: t(`risk.${f.risk}.title`) })}`);
      const { outcomes } = countOutcomes(o.records);
      out.push(`  ${t('cli.inspect.summary', outcomes)}`);
      for (const r of o.records) {
        out.push(`  ${r.path.padEnd(28)} ${r.vr} ${t(`cli.outcome.${r.outcome}`).padEnd(10)} ${r.name} — ${r.rule}`);
      }
    }
    for (const p of scan.problems) out.push(t('cli.export.unreadable', { path: p.path, reason: p.reason }));
    out.push('', t('cli.inspect.totals', { objects: scan.objects.length, skipped: scan.notDicom.length, problems: scan.problems.length }));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return scan.problems.length > 0 ? EXIT_INCOMPLETE : EXIT_OK;
}
