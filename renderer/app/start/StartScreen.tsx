import { Icon } from '../common/Icon.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { IndexSession } from '../study/useIndexSession.js';
import { IndexProgress } from './IndexProgress.js';
import { NativeOpenButtons } from './NativeOpenButtons.js';
import { OpenOutcome } from './OpenOutcome.js';
import { PathOpenForm } from './PathOpenForm.js';
import { RecentList } from './RecentList.js';

/** Step 1: open a folder, files or a DICOMDIR (dialog, path, drop, recent), or the demo study. */
export function StartScreen({ session }: { readonly session: IndexSession }) {
  const { t } = useI18n();
  const { info } = useHost();
  const busy = session.opening !== undefined;
  return (
    <div className="start">
      <div className="start-columns">
        <section className="start-card" aria-labelledby="start-open">
          <h1 id="start-open">{t('app.open.title')}</h1>
          <p className="muted">{t('app.open.lead')}</p>
          {info.nativeDialogs ? <NativeOpenButtons onPaths={session.open} disabled={busy} /> : <PathOpenForm onPaths={session.open} disabled={busy} />}
          <p className="drop-hint">
            <Icon name="folder" />
            {t(info.nativeDialogs ? 'app.open.dropHint' : 'app.open.dropHintBrowser')}
          </p>
          {session.opening ? <IndexProgress jobId={session.opening.jobId} demo={session.opening.source.kind === 'demo'} onCancel={session.cancel} /> : null}
          <OpenOutcome session={session} />
        </section>
        <aside className="start-side">
          <section className="start-card start-demo" aria-labelledby="start-demo">
            <h2 id="start-demo">{t('app.demo.title')}</h2>
            <p className="muted">{t('app.demo.lead')}</p>
            <button type="button" className="button button-primary button-large" onClick={session.openDemo} disabled={busy}>
              <Icon name="demo" />
              {t('app.demo.open')}
            </button>
          </section>
          <RecentList onOpen={session.open} disabled={busy} />
        </aside>
      </div>
    </div>
  );
}
