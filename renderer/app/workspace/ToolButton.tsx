import type { Viewer, ViewerTool } from '../../viewer/index.js';
import { Icon, type IconName } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';

/** A tool of the primary mouse button, with its shortcut in the tooltip. */
export function ToolButton({ viewer, tool, active, icon }: { readonly viewer: Viewer | undefined; readonly tool: ViewerTool; readonly active: boolean; readonly icon: IconName }) {
  const { t } = useI18n();
  const hint = useShortcutHint();
  const label = t(`app.shortcut.${tool}`);
  return (
    <button
      type="button"
      className="tool-button"
      aria-pressed={active}
      aria-label={label}
      title={hint(label, tool)}
      disabled={!viewer}
      data-tool={tool}
      onClick={() => viewer?.setTool(tool)}
    >
      <Icon name={icon} />
    </button>
  );
}
