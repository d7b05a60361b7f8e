import { useState } from 'react';
import type { ExportFileResult, ExportSummary } from '../../../main/api/contract.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Icon } from '../common/Icon.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

const STATUSES: readonly ExportFileResult['status'][] = ['exported', 'refused', 'failed'];

/** The result: complete or not, the verification, every file with its outcome, and the folder. */
export function ExportResults({ summary }: { readonly summary: ExportSummary }) {
  const { t, number } = useI18n();
  const { api, canReveal } = useHost();
  const [shown, setShown] = useState<ExportFileResult['status'] | 'all'>('all');
  const [revealError, setRevealError] = useState<unknown>();
  const counts = new Map(STATUSES.map((s) => [s, summary.results.filter((r) => r.status === s).length]));
  const rows = summary.results.filter((r) => shown === 'all' || r.status === shown);
  const v = summary.verification;
  return (
    <div className="export-results" data-status={summary.status} data-verification={v.passed ? 'passed' : 'failed'}>
      <p className={summary.status === 'complete' ? 'status-line status-good' : 'status-line status-bad'} role="status">
        <Icon name={summary.status === 'complete' ? 'check' : 'warning'} />
        {t(summary.status === 'complete' ? 'app.results.complete' : 'app.results.interrupted')}
      </p>
      <dl className="facts">
        <dt>{t('app.results.exported')}</dt>
        <dd>{number(counts.get('exported') ?? 0)}</dd>
        <dt>{t('app.results.refused')}</dt>
        <dd>{number(counts.get('refused') ?? 0)}</dd>
        <dt>{t('app.results.failed')}</dt>
        <dd className={(counts.get('failed') ?? 0) > 0 ? 'status-bad' : undefined}>{number(counts.get('failed') ?? 0)}</dd>
        <dt>{t('sheet.section.verification')}</dt>
        <dd className={v.passed ? 'status-good' : 'status-bad'}>
          {v.passed
            ? t('app.results.verified', { count: number(v.identifiersChecked) })
            : t('app.results.verifyFailed', { hits: number(v.hits), count: number(v.identifiersChecked) })}
        </dd>
        <dt>{t('app.results.folder')}</dt>
        <dd className="path">{summary.outDir}</dd>
      </dl>
      {canReveal ? (
        <button type="button" className="button" onClick={() => api.exportReveal({ path: summary.outDir }).catch(setRevealError)}>
          <Icon name="folder" />
          {t('app.results.reveal')}
        </button>
      ) : null}
      {revealError ? <ErrorNotice titleKey="app.error.reveal" error={revealError} onDismiss={() => setRevealError(undefined)} /> : null}
      <div className="outcome-filters" role="group" aria-label={t('app.results.filter')}>
        {(['all', ...STATUSES] as const).map((s) => (
          <button key={s} type="button" className="chip chip-option" aria-pressed={shown === s} onClick={() => setShown(s)}>
            {t(`app.results.show.${s}`)} {number(s === 'all' ? summary.results.length : (counts.get(s) ?? 0))}
          </button>
        ))}
      </div>
      <div className="table-scroll results-scroll">
        <table className="results-table">
          <thead>
            <tr>
              <th scope="col">{t('app.results.status')}</th>
              <th scope="col">{t('app.results.source')}</th>
              <th scope="col">{t('app.results.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.source}:${r.file ?? ''}`} className={`result-${r.status}`}>
                <td>
                  <span className={`chip chip-result-${r.status}`}>{t(`app.results.statusName.${r.status}`)}</span>
                </td>
                <td className="path" title={r.source}>
                  {r.source}
                </td>
                <td className={r.file ? 'path' : undefined} title={r.file ?? r.reason}>
                  {r.file ?? (r.refusal ? t(`sheet.refusal.${r.refusal}`) : r.reason)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
