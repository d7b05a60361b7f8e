import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Icon } from '../common/Icon.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

/** The export folder (new or empty): the native folder dialog in the desktop app, typed with the browser host. */
export function DestinationField({ value, onChange, disabled }: { readonly value: string; readonly onChange: (path: string) => void; readonly disabled: boolean }) {
  const { t } = useI18n();
  const { api, info } = useHost();
  const [error, setError] = useState<unknown>();
  return (
    <div className="stack">
      <label className="field">
        <span>{t('app.export.folder')}</span>
        <div className="row">
          <input type="text" name="outDir" value={value} disabled={disabled} spellCheck={false} placeholder={t('app.export.folderPlaceholder')} onChange={(e) => onChange(e.target.value)} />
          {info.nativeDialogs ? (
            <button
              type="button"
              className="button"
              disabled={disabled}
              onClick={() => {
                setError(undefined);
                api.dialogChooseOutputFolder().then((path) => path && onChange(path), setError);
              }}
            >
              <Icon name="folder" />
              {t('app.export.choose')}
            </button>
          ) : null}
        </div>
      </label>
      <p className="muted small">{t('app.export.folderHint')}</p>
      {error ? <ErrorNotice titleKey="app.error.dialog" error={error} onDismiss={() => setError(undefined)} /> : null}
    </div>
  );
}
