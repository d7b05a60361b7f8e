import { parseArgs } from 'node:util';
import { AssessmentBlockedError, ExportSetupError, runExport, type ExportResult } from '../export/runExport.js';
import { KeyFileError } from '../export/pseudonymKey.js';
import { sopClassLabel } from '../export/refusal.js';
import type { Translate } from '../i18n/translate.js';
import { loadPlanFile, PlanError } from '../plan/loadPlan.js';
import { DEFAULT_PLAN } from '../plan/plan.js';
import { ProgressBar } from './progressBar.js';
import { EXIT_INCOMPLETE, EXIT_OK, EXIT_USAGE, UsageError } from './usage.js';

/** A machine-readable summary for --json (no identifying values: paths are the operator's own sources). */
function summary(result: ExportResult): object {
  return {
    exportId: result.exportId,
    status: result.status,
    outDir: result.outDir,
    exported: result.exported.map((e) => ({ source: e.source, file: e.file, sha256: e.sha256 })),
    refused: result.refused,
    failed: result.failed,
    notDicom: result.notDicom.length,
    unreadable: result.scanProblems,
    flagged: result.flagged.map((f) => ({ file: f.file, source: f.source, risks: f.flags.map((x) => x.risk) })),
    verification: { ...result.verification, hits: result.verification.hits.map(({ text: _text, ...hit }) => hit) },
    timingsMs: result.timings,
  };
}

/** `deid export <file-or-folder>... --out <dir> [--plan plan.json] [--json]` */
export async function commandExport(args: string[], t: Translate): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, plan: { type: 'string', short: 'p' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError(t('cli.export.noInputs'));
  if (!values.out) throw new UsageError(t('cli.export.noOut'));
  const plan = values.plan ? loadPlanFile(values.plan) : DEFAULT_PLAN;

  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`\n${t('cli.export.interrupting')}\n`);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  const bar = new ProgressBar();
  let result: ExportResult;
  try {
    result = await runExport({
      inputs: positionals,
      outDir: values.out,
      plan,
      signal: controller.signal,
      onProgress: values.json ? undefined : (p) => bar.update(t(`cli.phase.${p.phase}`), p.done, p.total),
    });
  } catch (error) {
    bar.clear();
    if (error instanceof AssessmentBlockedError) {
      process.stderr.write(`deid: ${t('cli.export.blocked')}\n`);
      for (const problem of error.problems) process.stderr.write(`  ${problem}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ExportSetupError || error instanceof KeyFileError || error instanceof PlanError) {
      process.stderr.write(`deid: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DOMException && error.name === 'AbortError') {
      process.stderr.write(`deid: ${t('cli.export.interrupted')}\n`);
      return EXIT_INCOMPLETE;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
  }
  bar.clear();

  for (const r of result.refused) process.stderr.write(`${t('cli.export.refused', { path: r.source, reason: t(`sheet.refusal.${r.reason}`), sopClass: sopClassLabel(r.sopClassUid) })}\n`);
  for (const f of result.failed) process.stderr.write(`${t('cli.export.failed', { path: f.source, reason: f.reason })}\n`);
  for (const p of result.scanProblems) process.stderr.write(`${t(`cli.export.${p.kind}`, { path: p.path, reason: p.reason })}\n`);
  for (const h of result.verification.hits) {
    process.stderr.write(`${t('cli.verify.hit', { file: h.inPath ? t('cli.verify.inPath', { file: h.file }) : h.file, kind: t(`cli.kind.${h.kind}`), where: h.where })}\n`);
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary(result), null, 2)}\n`);
  } else {
    const v = result.verification;
    process.stdout.write(
      `${t('cli.export.done', {
        exported: result.exported.length,
        refused: result.refused.length,
        failed: result.failed.length,
        skipped: result.notDicom.length,
        dir: result.outDir,
      })}\n` +
        `${t(v.passed ? 'cli.verify.passed' : 'cli.verify.failed', { identifiers: v.identifiersChecked, files: v.filesScanned, hits: v.hits.length })}\n`,
    );
    const unreviewed = result.flagged.filter((f) => !f.burnedInTextMasked && f.flags.some((x) => x.risk === 'burned-in-text')).length;
    if (unreviewed > 0) process.stdout.write(`${t('cli.export.burnedInUnreviewed', { n: unreviewed })}\n`);
    if (result.status === 'interrupted') process.stdout.write(`${t('cli.export.interrupted')}\n`);
  }
  const complete =
    result.status === 'complete' &&
    result.refused.length === 0 &&
    result.failed.length === 0 &&
    result.scanProblems.every((p) => p.kind === 'duplicate') &&
    result.verification.passed;
  return complete ? EXIT_OK : EXIT_INCOMPLETE;
}
