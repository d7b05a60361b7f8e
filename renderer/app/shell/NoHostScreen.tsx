import { ErrorNotice } from '../common/ErrorNotice.js';
import { I18nProvider, systemLanguage } from '../i18n/I18nContext.js';
import { Splash } from './Splash.js';

/** The page was opened without the host's address (no Electron preload, no session token). */
export function NoHostScreen({ error }: { readonly error: unknown }) {
  return (
    <I18nProvider language={systemLanguage()} onLanguage={() => undefined}>
      <Splash>
        <ErrorNotice titleKey="app.error.noHost" error={error} adviceKey="app.error.advice.noHost" />
      </Splash>
    </I18nProvider>
  );
}
