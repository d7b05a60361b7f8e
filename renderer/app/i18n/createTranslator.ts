import type { Language } from '../../../main/api/contract.js';
import type { Catalog } from './catalogs.js';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly language: Language;
  /** The locale for dates and numbers: British English, and Finnish and Swedish as written in Finland. */
  readonly locale: string;
  /** The message for a key ("app.open.title", "risk.face.title") with its parameters filled in. */
  t(key: string, params?: MessageParams): string;
  /** Whether the language or English has the key (for messages the engine may or may not provide yet). */
  has(key: string): boolean;
  /** A number as the language writes it (decimal comma in Finnish and Swedish). */
  number(value: number, maximumFractionDigits?: number): string;
}

function lookup(catalog: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * "{name}" is replaced by the parameter and "{n|one|other}" picks the singular or plural by the number n, with
 * "#" standing for it: the syntax of the engine's translator (main/i18n/translate.ts), so that one catalog serves
 * both. A key missing in a language falls back to English, and a key missing everywhere shows as itself.
 */
export function formatMessage(message: string, params: MessageParams, format: (n: number) => string): string {
  return message.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = typeof value === 'number' ? format(value) : value;
    if (one !== undefined && other !== undefined) return (Number(value) === 1 ? one : other).replaceAll('#', text);
    return text;
  });
}

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', fi: 'fi-FI', sv: 'sv-FI' };

export function createTranslator(language: Language, catalogs: Readonly<Record<Language, Catalog>>): Translator {
  const locale = LOCALES[language];
  const own = catalogs[language];
  const english = catalogs.en;
  const formats = new Map<number, Intl.NumberFormat>();
  const number = (value: number, maximumFractionDigits = 2): string => {
    let format = formats.get(maximumFractionDigits);
    if (!format) formats.set(maximumFractionDigits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits })));
    return format.format(value);
  };
  return {
    language,
    locale,
    t: (key, params = {}) => formatMessage(lookup(own, key) ?? lookup(english, key) ?? key, params, (n) => number(n)),
    has: (key) => lookup(own, key) !== undefined || lookup(english, key) !== undefined,
    number,
  };
}
