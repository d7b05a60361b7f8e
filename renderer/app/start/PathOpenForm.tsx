import { useState } from 'react';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';

/** The browser host cannot show file dialogs: paths are typed, one per line (folders, files, a DICOMDIR). */
export function PathOpenForm({ onPaths, disabled }: { readonly onPaths: (paths: readonly string[]) => void; readonly disabled: boolean }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const paths = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (paths.length > 0) onPaths(paths);
      }}
    >
      <label className="field">
        <span>{t('app.open.pathLabel')}</span>
        <textarea
          value={text}
          rows={3}
          spellCheck={false}
          placeholder={t('app.open.pathPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && paths.length > 0) {
              e.preventDefault();
              onPaths(paths);
            }
          }}
        />
      </label>
      <p className="muted">{t('app.open.pathHint')}</p>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={disabled || paths.length === 0}>
          <Icon name="open" />
          {t('app.open.submit')}
        </button>
      </div>
    </form>
  );
}
