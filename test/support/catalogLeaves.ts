import type { Catalog } from '../../main/i18n/translate.js';

/** Every message of a catalog by its dotted key ("data.refused"). */
export function leaves(node: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The parameter names of a message ("{n|one|other}" counts as n), sorted, each once. */
export const parameters = (message: string): string[] => [...new Set([...message.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]!))].sort();
