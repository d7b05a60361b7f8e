import { Dialog } from '../common/Dialog.js';
import { useI18n } from '../i18n/I18nContext.js';
import { formatCombo } from './matchShortcut.js';
import { SHORTCUT_GROUPS, SHORTCUTS } from './shortcutTable.js';

/** Every shortcut, by group, from the same table the keyboard handler reads (so the sheet cannot drift). */
export function HelpSheet({ onClose }: { readonly onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('app.help.title')} onClose={onClose} wide>
      <p className="muted">{t('app.help.lead')}</p>
      <div className="help-grid">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="help-group">
            <h3>{t(`app.shortcutGroup.${group}`)}</h3>
            <dl>
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.id} className="help-row">
                  <dt>
                    {s.id === 'voiPreset' ? (
                      <kbd>{t('app.key.digits')}</kbd>
                    ) : (
                      s.keys.map((k) => <kbd key={formatCombo(k, t)}>{formatCombo(k, t)}</kbd>)
                    )}
                  </dt>
                  <dd>{t(`app.shortcut.${s.id}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section className="help-group">
          <h3>{t('app.help.mouse')}</h3>
          <dl>
            {['primary', 'ctrlDrag', 'shiftDrag', 'middle', 'secondary', 'wheel', 'ctrlWheel'].map((id) => (
              <div key={id} className="help-row">
                <dt>
                  <kbd>{t(`app.help.mouseKey.${id}`)}</kbd>
                </dt>
                <dd>{t(`app.help.mouseAction.${id}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Dialog>
  );
}
