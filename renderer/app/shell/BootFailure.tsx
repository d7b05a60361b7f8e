import { ErrorNotice } from '../common/ErrorNotice.js';
import { useI18n } from '../i18n/I18nContext.js';
import { Splash } from './Splash.js';

export function BootFailure({ error, retry }: { readonly error: unknown; readonly retry: () => void }) {
  const { t } = useI18n();
  return (
    <Splash>
      <ErrorNotice titleKey="app.error.boot" error={error}>
        <button type="button" className="button" onClick={retry}>
          {t('app.action.retry')}
        </button>
      </ErrorNotice>
    </Splash>
  );
}
