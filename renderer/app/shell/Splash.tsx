import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.js';

/** The first screen while the host answers, and the frame for a failure to start. */
export function Splash({ children }: { readonly children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="splash">
      <div className="splash-card">
        <h1 className="brand">{t('app.name')}</h1>
        {children ?? <p className="muted" aria-live="polite">{t('app.boot.starting')}</p>}
      </div>
    </div>
  );
}
