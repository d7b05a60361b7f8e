import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Icon } from '../common/Icon.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

/** The desktop app's native dialogs: a folder (searched through), or files (DICOMDIR included). */
export function NativeOpenButtons({ onPaths, disabled }: { readonly onPaths: (paths: readonly string[]) => void; readonly disabled: boolean }) {
  const { t } = useI18n();
  const { api } = useHost();
  const [error, setError] = useState<unknown>();
  const choose = (kind: 'folder' | 'files'): void => {
    setError(undefined);
    api.dialogChooseInputs({ kind }).then((paths) => {
      if (paths.length > 0) onPaths(paths);
    }, setError);
  };
  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="button button-primary button-large" disabled={disabled} onClick={() => choose('folder')}>
          <Icon name="folder" />
          {t('app.open.folder')}
        </button>
        <button type="button" className="button button-large" disabled={disabled} onClick={() => choose('files')}>
          <Icon name="file" />
          {t('app.open.files')}
        </button>
      </div>
      <p className="muted">{t('app.open.dicomdirHint')}</p>
      {error ? <ErrorNotice titleKey="app.error.dialog" error={error} onDismiss={() => setError(undefined)} /> : null}
    </div>
  );
}
