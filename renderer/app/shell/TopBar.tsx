import type { Language } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { LANGUAGES } from '../i18n/catalogs.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import type { AutosaveState } from '../plan/usePlanAutosave.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';
import type { OpenedIndex } from '../study/useIndexSession.js';
import { countImages, listSeries } from '../study/studyIndex.js';

export type Screen = 'start' | 'images' | 'review';

const STEPS: readonly { screen: Screen; shortcut: string }[] = [
  { screen: 'start', shortcut: 'openInputs' },
  { screen: 'images', shortcut: 'images' },
  { screen: 'review', shortcut: 'review' },
];

export interface TopBarProps {
  readonly screen: Screen;
  readonly onScreen: (screen: Screen) => void;
  readonly opened: OpenedIndex | undefined;
  readonly autosave: AutosaveState;
  readonly onSavePlan: () => void;
  readonly onLoadPlan: () => void;
  readonly onHelp: () => void;
}

/** The steps of the work, what is open, undo and redo, plan files, language and help. */
export function TopBar({ screen, onScreen, opened, autosave, onSavePlan, onLoadPlan, onHelp }: TopBarProps) {
  const { t, language, setLanguage, number } = useI18n();
  const { undo, redo, undoLabel, redoLabel } = usePlan();
  const hint = useShortcutHint();
  const undoText = undoLabel ? t('app.history.undoThis', { what: t(undoLabel.key, undoLabel.params) }) : t('app.history.nothingToUndo');
  const redoText = redoLabel ? t('app.history.redoThis', { what: t(redoLabel.key, redoLabel.params) }) : t('app.history.nothingToRedo');
  return (
    <header className="topbar">
      <span className="brand" aria-label={t('app.name')}>
        {t('app.name')}
      </span>
      <nav className="steps" aria-label={t('app.steps.label')}>
        {STEPS.map(({ screen: s, shortcut }, i) => (
          <button
            key={s}
            type="button"
            className="step"
            aria-current={screen === s ? 'step' : undefined}
            disabled={s !== 'start' && !opened}
            title={hint(t(`app.steps.${s}`), shortcut)}
            onClick={() => onScreen(s)}
          >
            <span className="step-number">{i + 1}</span>
            {t(`app.steps.${s}`)}
          </button>
        ))}
      </nav>
      {opened ? (
        <span className="topbar-source muted" title={opened.source.kind === 'paths' ? opened.source.paths.join('\n') : undefined}>
          {opened.source.kind === 'demo'
            ? t('app.source.demo')
            : opened.source.paths.length > 1
              ? t('app.source.morePaths', { path: opened.source.paths[0] ?? '', n: opened.source.paths.length - 1 })
              : t('app.source.paths', { path: opened.source.paths[0] ?? '' })}
          {' · '}
          {t('app.source.counts', { series: number(listSeries(opened.index).length), n: countImages(opened.index) })}
        </span>
      ) : (
        <span className="topbar-source" />
      )}
      <div className="topbar-actions">
        <button type="button" className="icon-button" onClick={undo} disabled={!undoLabel} aria-label={undoText} title={hint(undoText, 'undo')}>
          <Icon name="undo" />
        </button>
        <button type="button" className="icon-button" onClick={redo} disabled={!redoLabel} aria-label={redoText} title={hint(redoText, 'redo')}>
          <Icon name="redo" />
        </button>
        <span className="divider" />
        <button type="button" className="button button-quiet" onClick={onLoadPlan} aria-label={t('app.plan.load')} title={hint(t('app.plan.load'), 'loadPlan')}>
          <Icon name="open" />
          <span className="wide-only">{t('app.plan.load')}</span>
        </button>
        <button type="button" className="button button-quiet" onClick={onSavePlan} aria-label={t('app.plan.save')} title={hint(t('app.plan.save'), 'savePlan')}>
          <Icon name="save" />
          <span className="wide-only">{t('app.plan.save')}</span>
        </button>
        <AutosaveStatus state={autosave} />
        <span className="divider" />
        <label className="language-picker" title={t('app.language.label')}>
          <Icon name="language" />
          <span className="visually-hidden">{t('app.language.label')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`app.language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="icon-button" onClick={onHelp} aria-label={t('app.help.title')} title={hint(t('app.help.title'), 'help')}>
          <Icon name="help" />
        </button>
      </div>
    </header>
  );
}

function AutosaveStatus({ state }: { readonly state: AutosaveState }) {
  const { t, locale } = useI18n();
  if (state.status === 'idle') return null;
  if (state.status === 'failed') {
    return (
      <span className="autosave autosave-failed" role="status" title={String((state.error as Error)?.message ?? state.error)}>
        <Icon name="warning" />
        {t('app.plan.autosaveFailed')}
      </span>
    );
  }
  const time = state.at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <span className="autosave muted" role="status" title={t('app.plan.autosaveHint')}>
      <Icon name="check" />
      {t('app.plan.autosaved', { time })}
    </span>
  );
}
