import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../../main/api/contract.js';
import { CATALOGS } from './catalogs.js';
import { createTranslator, type Translator } from './createTranslator.js';

export interface I18n extends Translator {
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ language, onLanguage, children }: { language: Language; onLanguage: (l: Language) => void; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ ...createTranslator(language, CATALOGS), setLanguage: onLanguage }), [language, onLanguage]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** The language of the system, before the host has said which one the operator chose. */
export function systemLanguage(): Language {
  const code = navigator.language.slice(0, 2).toLowerCase();
  return code === 'fi' || code === 'sv' ? code : 'en';
}
