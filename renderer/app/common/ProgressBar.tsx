import { useI18n } from '../i18n/I18nContext.js';

/** A determinate bar when the total is known, an indeterminate one before. */
export function ProgressBar({ done, total, label }: { readonly done: number; readonly total: number; readonly label: string }) {
  const { number } = useI18n();
  const known = total > 0;
  const fraction = known ? Math.min(1, done / total) : 0;
  return (
    <div className="progress">
      <div
        className={known ? 'progress-track' : 'progress-track progress-indeterminate'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
      >
        <div className="progress-fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      <span className="progress-text">{known ? `${number(done)} / ${number(total)}` : ''}</span>
    </div>
  );
}
