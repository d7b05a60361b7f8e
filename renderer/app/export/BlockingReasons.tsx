import type { AssessmentPreview, IndexView } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { listSeries } from '../study/studyIndex.js';
import { seriesLabel } from '../study/seriesLabel.js';

/** Exactly why the export may not start: each raised risk without a decision, with the series it lacks one for. */
export function BlockingReasons({ index, preview, waiting }: { readonly index: IndexView; readonly preview: AssessmentPreview | undefined; readonly waiting: boolean }) {
  const { t } = useI18n();
  if (!preview) return null;
  const labels = new Map(listSeries(index).map((e) => [e.series.seriesInstanceUid, seriesLabel(e.series)]));
  if (preview.blocking.length === 0) {
    return (
      <p className={waiting ? 'status-line muted' : 'status-line status-good'} role="status">
        <Icon name="check" />
        {t('app.export.ready')}
      </p>
    );
  }
  return (
    <div className="blocking" role="status">
      <p className="status-line status-bad">
        <Icon name="warning" />
        {t('app.export.cannotStart', { n: preview.blocking.length })}
      </p>
      <ul>
        {preview.blocking.map((b) => (
          <li key={`${b.kind}:${b.risk}`}>
            {t('app.export.blockRisk', {
              risk: t(`risk.${b.risk}.title`),
              series: b.series.map((uid) => labels.get(uid) ?? uid).join(t('sheet.format.list')),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
