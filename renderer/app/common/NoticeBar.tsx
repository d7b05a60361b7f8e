import { useI18n } from '../i18n/I18nContext.js';
import { ErrorNotice } from './ErrorNotice.js';
import { Icon } from './Icon.js';
import type { Notice } from './useNotice.js';

export function NoticeBar({ notice, onDismiss }: { readonly notice: Notice | undefined; readonly onDismiss: () => void }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className="notice-bar">
      {notice.kind === 'error' ? (
        <ErrorNotice titleKey={notice.titleKey} error={notice.error} onDismiss={onDismiss} {...(notice.adviceKey ? { adviceKey: notice.adviceKey } : {})} />
      ) : (
        <div className="notice notice-info" role="status">
          <Icon name="info" />
          <div className="notice-body">{t(notice.key, notice.params)}</div>
          <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('app.action.dismiss')} title={t('app.action.dismiss')}>
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
