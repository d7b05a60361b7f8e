import { ProgressBar } from '../common/ProgressBar.js';
import { useJobProgress } from '../common/useJobProgress.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

const PHASES = ['index', 'export', 'verify'] as const;

/** The export's phases (read the inputs, write, verify), the current one with its bar, and cancel. */
export function ExportProgress({ jobId, cancelling, onCancel }: { readonly jobId: string; readonly cancelling: boolean; readonly onCancel: () => void }) {
  const { t } = useI18n();
  const { api } = useHost();
  const progress = useJobProgress(api, jobId);
  const phase = progress?.phase ?? 'index';
  const at = PHASES.indexOf(phase);
  return (
    <div className="export-progress" aria-live="polite" data-phase={phase}>
      <ol className="phases">
        {PHASES.map((p, i) => (
          <li key={p} className={i < at ? 'phase-done' : i === at ? 'phase-current' : 'phase-next'}>
            {t(`app.export.phase.${p}`)}
          </li>
        ))}
      </ol>
      <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} label={t(`app.export.phase.${phase}`)} />
      <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
        {t(cancelling ? 'app.export.cancelling' : 'app.action.cancel')}
      </button>
    </div>
  );
}
