import { ErrorNotice } from '../common/ErrorNotice.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { ProblemList } from '../study/ProblemList.js';
import type { IndexSession } from '../study/useIndexSession.js';

/** What came of the last attempt to open, when it did not open anything: failure, cancel, or nothing found. */
export function OpenOutcome({ session }: { readonly session: IndexSession }) {
  const { t, number } = useI18n();
  const outcome = session.outcome;
  if (!outcome) return null;
  if (outcome.kind === 'failed') {
    return (
      <ErrorNotice titleKey="app.error.open" error={outcome.error} onDismiss={session.dismissOutcome}>
        <button type="button" className="button" onClick={session.retry}>
          {t('app.action.retry')}
        </button>
      </ErrorNotice>
    );
  }
  if (outcome.kind === 'cancelled') {
    return (
      <div className="notice notice-info" role="status">
        <Icon name="info" />
        <div className="notice-body">{t('app.index.cancelled')}</div>
      </div>
    );
  }
  const { index } = outcome;
  return (
    <div className="notice notice-warning" role="status">
      <Icon name="warning" />
      <div className="notice-body">
        <strong>{t('app.index.nothingFound')}</strong>
        <p>
          {t('app.index.nothingFoundCounts', {
            notDicom: number(index.notDicom),
            problems: number(index.problems.length),
            directories: number(index.directories),
          })}
        </p>
        {index.problems.length > 0 ? <ProblemList problems={index.problems} /> : null}
      </div>
    </div>
  );
}
