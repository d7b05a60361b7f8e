import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { describeError } from './describeError.js';
import { Icon } from './Icon.js';

export interface ErrorNoticeProps {
  /** What the app was doing, as a message key ("app.error.open"). */
  readonly titleKey: string;
  readonly error: unknown;
  /** More specific advice than the default for the error's kind. */
  readonly adviceKey?: string;
  readonly onDismiss?: () => void;
  readonly children?: ReactNode;
}

/** A failure said plainly: what failed, the engine's message, what to do, and the way out (retry, dismiss). */
export function ErrorNotice({ titleKey, error, adviceKey, onDismiss, children }: ErrorNoticeProps) {
  const { t } = useI18n();
  const text = describeError(error);
  return (
    <div className="notice notice-error" role="alert">
      <Icon name="warning" />
      <div className="notice-body">
        <strong>{t(titleKey)}</strong>
        <p className="notice-message">{text.message}</p>
        <p>{t(adviceKey ?? text.adviceKey)}</p>
        {children ? <div className="notice-actions">{children}</div> : null}
      </div>
      {onDismiss ? (
        <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('app.action.dismiss')} title={t('app.action.dismiss')}>
          <Icon name="close" />
        </button>
      ) : null}
    </div>
  );
}
