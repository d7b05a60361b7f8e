import { useState } from 'react';
import { Dialog } from '../common/Dialog.js';
import { useI18n } from '../i18n/I18nContext.js';

/** The browser host has no file dialogs: the plan file's path is typed. */
export function PlanPathDialog({ mode, onSubmit, onCancel }: { readonly mode: 'save' | 'load'; readonly onSubmit: (path: string) => void; readonly onCancel: () => void }) {
  const { t } = useI18n();
  const [path, setPath] = useState('');
  return (
    <Dialog title={t(mode === 'save' ? 'app.plan.saveTitle' : 'app.plan.loadTitle')} onClose={onCancel}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim()) onSubmit(path.trim());
        }}
      >
        <label className="field">
          <span>{t('app.plan.path')}</span>
          <input type="text" value={path} autoFocus spellCheck={false} placeholder={t('app.plan.pathPlaceholder')} onChange={(e) => setPath(e.target.value)} />
        </label>
        <p className="muted">{t('app.plan.pathHint')}</p>
        <div className="row-end">
          <button type="button" className="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!path.trim()}>
            {t(mode === 'save' ? 'app.plan.save' : 'app.plan.load')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
