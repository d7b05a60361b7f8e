import { ProgressBar } from '../common/ProgressBar.js';
import { useJobProgress } from '../common/useJobProgress.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

/** Indexing in progress: files read so far, and the way to stop it. */
export function IndexProgress({ jobId, demo, onCancel }: { readonly jobId: string; readonly demo: boolean; readonly onCancel: () => void }) {
  const { t } = useI18n();
  const { api } = useHost();
  const progress = useJobProgress(api, jobId);
  const label = t(demo ? 'app.index.preparingDemo' : 'app.index.reading');
  return (
    <div className="index-progress" aria-live="polite">
      <p>{label}</p>
      <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} label={label} />
      <button type="button" className="button" onClick={onCancel}>
        {t('app.action.cancel')}
      </button>
    </div>
  );
}
