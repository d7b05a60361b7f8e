import { useI18n } from '../i18n/I18nContext.js';
import { formatCombo } from './matchShortcut.js';
import { shortcutById } from './shortcutTable.js';

/** A control's tooltip: its label and, when it has one, its shortcut ("Rectangle (R)"). */
export function useShortcutHint(): (label: string, shortcutId?: string) => string {
  const { t } = useI18n();
  return (label, shortcutId) => {
    const shortcut = shortcutId ? shortcutById(shortcutId) : undefined;
    if (!shortcut) return label;
    return `${label} (${shortcut.keys.map((k) => formatCombo(k, t)).join(t('app.key.or'))})`;
  };
}
