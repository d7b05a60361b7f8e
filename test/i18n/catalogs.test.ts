import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, loadCatalog, type Catalog } from '../../main/i18n/translate.js';
import { leaves, parameters } from '../support/catalogLeaves.js';
import { ROOT } from '../support/environment.js';

/**
 * Every user-facing message lives in assets/i18n/<language>/<namespace>.json. Every language has every message
 * with the same parameters, no message is empty, and every key the code asks for by name exists.
 */
const NAMESPACES = readdirSync(join(ROOT, 'assets/i18n/en')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();


const read = (language: string, namespace: string): Catalog =>
  JSON.parse(readFileSync(join(ROOT, 'assets/i18n', language, `${namespace}.json`), 'utf8')) as Catalog;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|cts)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the message catalogs', () => {
  it('have the same namespaces in English, Finnish and Swedish', () => {
    for (const language of LANGUAGES) {
      const own = readdirSync(join(ROOT, 'assets/i18n', language)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
      expect(own, language).toEqual(NAMESPACES);
    }
  });

  it('have every message in every language, non-empty, with the same parameters', () => {
    for (const namespace of NAMESPACES) {
      const english = leaves(read('en', namespace));
      for (const language of LANGUAGES) {
        const own = leaves(read(language, namespace));
        expect([...own.keys()].sort(), `${language}/${namespace}`).toEqual([...english.keys()].sort());
        for (const [key, message] of own) {
          expect(message, `${language}/${namespace} ${key}`).not.toBe('');
          // Date patterns choose their own parts; every other message takes the same values in every language.
          if (!key.startsWith('format.date')) expect(parameters(message), `${language}/${namespace} ${key}`).toEqual(parameters(english.get(key)!));
        }
      }
    }
  });

  it('hold every key the code asks for by name', () => {
    const english = loadCatalog('en');
    const known = new Set<string>();
    for (const [key] of leaves(english)) {
      known.add(key);
      // A parent key is asked for when its children are plural forms or looked up together.
      for (let i = key.lastIndexOf('.'); i > 0; i = key.lastIndexOf('.', i - 1)) known.add(key.slice(0, i));
    }
    const missing: string[] = [];
    for (const file of ['main', 'electron', 'renderer'].flatMap((d) => sourceFiles(join(ROOT, d)))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'((?:app|cli|menu|risk|sheet)\.[\w.-]+)'/g)) {
        if (!known.has(match[1]!)) missing.push(`${relative(ROOT, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
