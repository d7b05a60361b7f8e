import type { InstanceView } from '../../../main/api/contract.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { SeriesStack } from './useSeriesStack.js';

/** What lies over the image: loading, a failure to show it, or that the export will refuse this object. */
export function ViewportStatus({ stack, instance }: { readonly stack: SeriesStack; readonly instance: InstanceView | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {stack.status === 'loading' ? (
        <div className="viewport-message" aria-live="polite">
          {t('app.viewer.loading')}
        </div>
      ) : null}
      {stack.status === 'idle' && stack.seriesUid ? <div className="viewport-message">{t('app.viewer.noImages')}</div> : null}
      {stack.status === 'failed' ? (
        <div className="viewport-error">
          <ErrorNotice titleKey="app.error.image" error={stack.error} adviceKey="app.error.advice.image" />
        </div>
      ) : null}
      {stack.status === 'ready' && stack.imageError ? (
        <div className="viewport-error">
          <ErrorNotice titleKey="app.error.someImage" error={stack.imageError} adviceKey="app.error.advice.image" />
        </div>
      ) : null}
      {instance?.refusal ? (
        <div className="viewport-banner" role="status">
          <Icon name="warning" />
          {t('app.viewer.refused', { reason: t(`sheet.refusal.${instance.refusal}`) })}
        </div>
      ) : null}
    </>
  );
}
