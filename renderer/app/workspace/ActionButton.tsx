import { Icon, type IconName } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';

/** A toolbar button for one shortcut of the table (its label and keys come from there). */
export function ActionButton({
  shortcut,
  icon,
  onClick,
  pressed,
  disabled,
}: {
  readonly shortcut: string;
  readonly icon: IconName;
  readonly onClick: () => void;
  readonly pressed?: boolean;
  readonly disabled?: boolean;
}) {
  const { t } = useI18n();
  const hint = useShortcutHint();
  const label = t(`app.shortcut.${shortcut}`);
  return (
    <button type="button" className="tool-button" aria-label={label} title={hint(label, shortcut)} aria-pressed={pressed} disabled={disabled} onClick={onClick}>
      <Icon name={icon} />
    </button>
  );
}
