import { useState } from 'react';
import type { IndexView } from '../../../main/api/contract.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import type { PreviewState } from '../review/useAssessmentPreview.js';
import { BlockingReasons } from './BlockingReasons.js';
import { DestinationField } from './DestinationField.js';
import { ExportProgress } from './ExportProgress.js';
import { ExportResults } from './ExportResults.js';
import { useExportJob } from './useExportJob.js';

/** Where the export goes, why it cannot start yet (exactly), and then its progress and its result. */
export function ExportPanel({ index, assessment }: { readonly index: IndexView; readonly assessment: PreviewState }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { job, start, cancel, reset } = useExportJob();
  const [outDir, setOutDir] = useState('');
  const preview = assessment.preview;
  const blocking = preview?.blocking ?? [];
  const waiting = !preview || assessment.stale || assessment.error !== undefined;
  const running = job.status === 'running';
  const canStart = !waiting && blocking.length === 0 && outDir.trim().length > 0 && !running;

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">
        <Icon name="export" />
        {t('app.export.title')}
      </h2>
      <BlockingReasons index={index} preview={preview} waiting={waiting} />
      <DestinationField value={outDir} onChange={setOutDir} disabled={running} />
      <button
        type="button"
        className="button button-primary button-large button-export"
        disabled={!canStart}
        onClick={() => start(plan, outDir.trim())}
      >
        <Icon name="export" />
        {t('app.export.start')}
      </button>
      {!canStart && !running ? (
        <p className="muted small" role="status">
          {waiting ? t('app.export.waitPreview') : blocking.length > 0 ? t('app.export.blocked') : !outDir.trim() ? t('app.export.needFolder') : ''}
        </p>
      ) : null}
      {job.status === 'running' ? <ExportProgress jobId={job.jobId} cancelling={job.cancelling} onCancel={cancel} /> : null}
      {job.status === 'failed' ? (
        <ErrorNotice titleKey="app.error.export" error={job.error} adviceKey="app.error.advice.export" onDismiss={reset} />
      ) : null}
      {job.status === 'cancelled' ? (
        <div className="notice notice-info" role="status">
          <Icon name="info" />
          <div className="notice-body">{t('app.export.cancelled', { path: job.outDir })}</div>
        </div>
      ) : null}
      {job.status === 'finished' ? <ExportResults summary={job.summary} /> : null}
    </section>
  );
}
