import { describe, expect, test } from 'vitest';
import { CATALOGS } from '../i18n/catalogs.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { activatesControl, comboMatches, formatCombo, matchShortcut, typesIntoField } from './matchShortcut.js';
import { SHORTCUTS, SHORTCUT_GROUPS } from './shortcutTable.js';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the shortcut table', () => {
  test('no key combination means two things', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      for (const c of s.keys) {
        const id = JSON.stringify([c.key.toLowerCase(), !!c.ctrl, !!c.shift, !!c.alt]);
        expect(seen.get(id), `${s.id} and ${seen.get(id)} share ${id}`).toBeUndefined();
        seen.set(id, s.id);
      }
    }
  });

  test('ids are unique, every shortcut and group has a label in every language', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const language of ['en', 'fi', 'sv'] as const) {
      const { has } = createTranslator(language, { en: {}, fi: {}, sv: {}, [language]: CATALOGS[language] });
      for (const s of SHORTCUTS) expect(has(`app.shortcut.${s.id}`), `${language}: app.shortcut.${s.id}`).toBe(true);
      for (const g of SHORTCUT_GROUPS) expect(has(`app.shortcutGroup.${g}`), `${language}: app.shortcutGroup.${g}`).toBe(true);
    }
  });

  test('only Ctrl combinations work while typing into a field', () => {
    for (const s of SHORTCUTS.filter((s) => s.inFields)) expect(s.keys.every((k) => k.ctrl)).toBe(true);
  });
});

describe('matching key presses', () => {
  test('letters ignore case, Ctrl matches the Command key, Shift distinguishes', () => {
    expect(matchShortcut(SHORTCUTS, key('R'))?.shortcut.id).toBe('rectangle');
    expect(matchShortcut(SHORTCUTS, key('z', { metaKey: true }))?.shortcut.id).toBe('undo');
    expect(matchShortcut(SHORTCUTS, key('Z', { ctrlKey: true, shiftKey: true }))?.shortcut.id).toBe('redo');
    expect(matchShortcut(SHORTCUTS, key('N', { shiftKey: true }))?.shortcut.id).toBe('previousSeries');
    expect(matchShortcut(SHORTCUTS, key('ArrowUp', { shiftKey: true }))?.shortcut.id).toBe('brighter');
    expect(matchShortcut(SHORTCUTS, key('r', { altKey: true }))).toBeUndefined();
  });

  test('symbols ignore the Shift their layout needs; digits say which preset', () => {
    expect(matchShortcut(SHORTCUTS, key('?', { shiftKey: true }))?.shortcut.id).toBe('help');
    expect(matchShortcut(SHORTCUTS, key('+', { shiftKey: true }))?.shortcut.id).toBe('zoomIn');
    expect(matchShortcut(SHORTCUTS, key('3'))).toMatchObject({ shortcut: { id: 'voiPreset' }, keyIndex: 2 });
    expect(comboMatches({ key: '1', alt: true }, key('1', { altKey: true }))).toBe(true);
  });

  test('fields keep their typing and buttons their Space and Enter', () => {
    expect(typesIntoField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(typesIntoField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(typesIntoField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(typesIntoField({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(activatesControl({ tagName: 'BUTTON' }, ' ')).toBe(true);
    expect(activatesControl({ tagName: 'BUTTON' }, 'r')).toBe(false);
    expect(activatesControl({ tagName: 'DIV', getAttribute: () => null }, ' ')).toBe(false);
  });

  test('combinations read as the keyboard labels them', () => {
    const { t } = createTranslator('en', CATALOGS);
    expect(formatCombo({ key: 'z', ctrl: true, shift: true }, t)).toBe('Ctrl+Shift+Z');
    expect(formatCombo({ key: 'ArrowUp' }, t)).toBe('↑');
  });
});
