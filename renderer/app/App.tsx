import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../main/api/contract.js';
import type { ResolvedHost } from '../api/resolveApi.js';
import { HostProvider } from './host/HostContext.js';
import { I18nProvider, systemLanguage } from './i18n/I18nContext.js';
import { BootFailure } from './shell/BootFailure.js';
import { Splash } from './shell/Splash.js';
import { useBoot } from './shell/useBoot.js';
import { Workbench } from './shell/Workbench.js';
import { usePrepareViewer } from './workspace/usePrepareViewer.js';

/** The app: starts from what the host says (language, plan), then the workbench. */
export function App({ resolved }: { readonly resolved: ResolvedHost }) {
  const boot = useBoot(resolved.api);
  usePrepareViewer();
  const [chosen, setChosen] = useState<Language>();
  const language = chosen ?? (boot.status === 'ready' ? boot.info.language : systemLanguage());
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const onLanguage = useCallback(
    (next: Language) => {
      setChosen(next);
      void resolved.api.appSetLanguage({ language: next }).catch(() => undefined);
    },
    [resolved.api],
  );
  return (
    <I18nProvider language={language} onLanguage={onLanguage}>
      {boot.status === 'loading' ? <Splash /> : null}
      {boot.status === 'failed' ? <BootFailure error={boot.error} retry={boot.retry} /> : null}
      {boot.status === 'ready' ? (
        <HostProvider resolved={resolved} info={boot.info}>
          <Workbench initialPlan={boot.plan} restored={boot.restored} />
        </HostProvider>
      ) : null}
    </I18nProvider>
  );
}
