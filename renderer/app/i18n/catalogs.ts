import type { Language } from '../../../main/api/contract.js';

export type Catalog = { readonly [key: string]: string | Catalog };

export const LANGUAGES: readonly Language[] = ['en', 'fi', 'sv'];

/**
 * The app's messages (namespace "app") and the ones it shares with the assessment sheet ("risk", "sheet"),
 * bundled at build time: keys are read as "<namespace>.<key>", as the engine's translator reads them.
 */
const files = import.meta.glob<Catalog>('../../../assets/i18n/*/{app,risk,sheet}.json', { eager: true, import: 'default' });

function collect(): Record<Language, Catalog> {
  const out: Record<string, Record<string, Catalog>> = { en: {}, fi: {}, sv: {} };
  for (const [path, catalog] of Object.entries(files)) {
    const match = /\/i18n\/(\w+)\/(\w+)\.json$/.exec(path);
    if (match && out[match[1]!]) out[match[1]!]![match[2]!] = catalog;
  }
  return out as Record<Language, Catalog>;
}

export const CATALOGS: Readonly<Record<Language, Catalog>> = collect();
