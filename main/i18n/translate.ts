import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';

/** The languages Peitto speaks (Finnish and Swedish are Finland's official languages; English for everyone else). */
export const LANGUAGES = ['en', 'fi', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = { readonly [key: string]: string | Catalog };
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

const catalogs = new Map<Language, Catalog>();

/**
 * The message catalog of a language: every assets/i18n/<lang>/<namespace>.json, whose keys are read as
 * "<namespace>.<key>" (cli, risk, sheet, app…). The command line, the assessment sheet and the app share them.
 */
export function loadCatalog(language: Language): Catalog {
  let catalog = catalogs.get(language);
  if (!catalog) {
    const dir = join(packageRoot(), 'assets', 'i18n', language);
    const merged: Record<string, Catalog> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      merged[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Catalog;
    }
    catalog = merged;
    catalogs.set(language, catalog);
  }
  return catalog;
}

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator for one language. "{name}" in a message is replaced by the parameter; "{n|one|other}" picks the
 * singular or plural form by the number n. A key missing in a language falls back to English, and a key missing
 * everywhere is returned as is, so that a gap is visible rather than silent.
 */
export function createTranslator(language: Language): Translate {
  const own = loadCatalog(language);
  const english = loadCatalog('en');
  return (key, params = {}) => {
    const message = lookup(own, key) ?? lookup(english, key) ?? key;
    return message.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined) return (Number(value) === 1 ? one : other).replaceAll('#', String(value));
      return String(value);
    });
  };
}

/** The language from an explicit choice or the environment (PEITTO_LANG, LC_ALL, LC_MESSAGES, LANG). */
export function languageFrom(explicit?: string, env: NodeJS.ProcessEnv = process.env): Language {
  for (const candidate of [explicit, env.PEITTO_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const code = candidate?.slice(0, 2).toLowerCase();
    if (code && (LANGUAGES as readonly string[]).includes(code)) return code as Language;
  }
  return 'en';
}
