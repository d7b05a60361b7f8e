import { useEffect, useRef } from 'react';
import { activatesControl, matchShortcut, typesIntoField } from './matchShortcut.js';
import { SHORTCUTS, type Shortcut } from './shortcutTable.js';

/**
 * Sends the app's key presses to `run`: every shortcut of the table, wherever the focus is, except typing into
 * a field (only Ctrl combinations marked for it work there) and Space or Enter on a focused button.
 */
export function useShortcuts(run: (shortcut: Shortcut, keyIndex: number) => boolean): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const match = matchShortcut(SHORTCUTS, event);
      if (!match) return;
      const target = event.target instanceof Element ? event.target : null;
      if (typesIntoField(target as HTMLInputElement | null) && !match.shortcut.inFields) return;
      if (activatesControl(target, event.key)) return;
      if (latest.current(match.shortcut, match.keyIndex)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
