import { useEffect, useState } from 'react';
import type { RecentEntry } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

/** What was opened recently on this workstation, newest first; one click opens it again. */
export function RecentList({ onOpen, disabled }: { readonly onOpen: (paths: readonly string[]) => void; readonly disabled: boolean }) {
  const { t, locale } = useI18n();
  const { api } = useHost();
  const [recent, setRecent] = useState<readonly RecentEntry[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    api.recentList().then(
      (entries) => live && setRecent(entries),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <section className="start-card" aria-labelledby="start-recent">
      <h2 id="start-recent">{t('app.recent.title')}</h2>
      {failed ? <p className="muted">{t('app.recent.unavailable')}</p> : null}
      {recent && recent.length === 0 ? <p className="muted">{t('app.recent.empty')}</p> : null}
      {recent && recent.length > 0 ? (
        <ul className="recent-list">
          {recent.map((entry) => (
            <li key={`${entry.openedAt}${entry.paths.join('\n')}`}>
              <button type="button" className="recent-item" disabled={disabled} onClick={() => onOpen(entry.paths)} title={entry.paths.join('\n')}>
                <Icon name="folder" />
                <span className="recent-path">
                  <bdi dir="ltr">{entry.paths[0]}</bdi>
                </span>
                {entry.paths.length > 1 ? <span className="chip">{t('app.recent.more', { n: entry.paths.length - 1 })}</span> : null}
                <span className="recent-time muted">{new Date(entry.openedAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
