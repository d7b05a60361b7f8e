import type { KeyCombo, Shortcut } from './shortcutTable.js';

export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Printable characters other than letters: Shift is part of the character on many layouts ("?" "+"), so ignored. */
const isSymbol = (key: string): boolean => key.length === 1 && key.toLowerCase() === key.toUpperCase() && key !== ' ';

export function comboMatches(combo: KeyCombo, event: KeyEventLike): boolean {
  const sameKey = combo.key === event.key || (combo.key.length === 1 && combo.key.toLowerCase() === event.key.toLowerCase());
  if (!sameKey) return false;
  const shiftMatters = !(isSymbol(combo.key) && combo.shift === undefined);
  return (
    Boolean(combo.ctrl) === (event.ctrlKey || event.metaKey) &&
    Boolean(combo.alt) === event.altKey &&
    (!shiftMatters || Boolean(combo.shift) === event.shiftKey)
  );
}

/** The shortcut a key press means, and which of its keys it was (the digit of a window preset). */
export function matchShortcut(table: readonly Shortcut[], event: KeyEventLike): { shortcut: Shortcut; keyIndex: number } | undefined {
  for (const shortcut of table) {
    const keyIndex = shortcut.keys.findIndex((combo) => comboMatches(combo, event));
    if (keyIndex >= 0) return { shortcut, keyIndex };
  }
  return undefined;
}

/** The names of keys that are not shown as themselves, as message keys. */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  ' ': 'app.key.space',
  ArrowUp: 'app.key.up',
  ArrowDown: 'app.key.down',
  ArrowLeft: 'app.key.left',
  ArrowRight: 'app.key.right',
  PageUp: 'app.key.pageUp',
  PageDown: 'app.key.pageDown',
  Home: 'app.key.home',
  End: 'app.key.end',
  Delete: 'app.key.delete',
  Backspace: 'app.key.backspace',
  Enter: 'app.key.enter',
  Escape: 'app.key.escape',
};

/** A combination as the operator reads it ("Ctrl+Shift+Z"), with key names from the translations. */
export function formatCombo(combo: KeyCombo, t: (key: string) => string): string {
  const named = NAMED_KEYS[combo.key];
  const key = named ? t(named) : combo.key.length === 1 ? combo.key.toUpperCase() : combo.key;
  return [combo.ctrl ? t('app.key.ctrl') : '', combo.alt ? t('app.key.alt') : '', combo.shift ? t('app.key.shift') : '', key]
    .filter(Boolean)
    .join('+');
}

/** Whether a key press belongs to a text field (typing) rather than to the app. */
export function typesIntoField(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type ?? 'text');
}

/** Space and Enter press a focused button or link; the app leaves them to it. */
export function activatesControl(target: { tagName?: string; getAttribute?(name: string): string | null } | null, key: string): boolean {
  if (!target || (key !== ' ' && key !== 'Enter')) return false;
  const tag = target.tagName?.toLowerCase();
  const role = target.getAttribute?.('role');
  return tag === 'button' || tag === 'a' || tag === 'summary' || (tag === 'input' && key === ' ') || role === 'button' || role === 'tab' || role === 'radio' || role === 'option';
}
