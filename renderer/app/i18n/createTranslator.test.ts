import { expect, test } from 'vitest';
import type { Catalog } from './catalogs.js';
import { createTranslator, formatMessage } from './createTranslator.js';

const catalogs: Record<'en' | 'fi' | 'sv', Catalog> = {
  en: { app: { hello: 'Hello {name}', images: '{n|# image|# images}', only: 'English only' } },
  fi: { app: { hello: 'Hei {name}', images: '{n|# kuva|# kuvaa}' } },
  sv: { app: {} },
};

test('fills parameters and picks the plural, with numbers in the language', () => {
  const fi = createTranslator('fi', catalogs);
  expect(fi.t('app.hello', { name: 'Aino' })).toBe('Hei Aino');
  expect(fi.t('app.images', { n: 1 })).toBe('1 kuva');
  expect(fi.t('app.images', { n: 1500 })).toMatch(/^1\s500 kuvaa$/);
  expect(fi.number(2.5)).toBe('2,5');
});

test('falls back to English, then to the key itself', () => {
  const sv = createTranslator('sv', catalogs);
  expect(sv.t('app.only')).toBe('English only');
  expect(sv.t('app.missing')).toBe('app.missing');
  expect(sv.has('app.only')).toBe(true);
  expect(sv.has('app.missing')).toBe(false);
});

test('leaves a placeholder without a value visible', () => {
  expect(formatMessage('{a} and {b}', { a: 'x' }, String)).toBe('x and {b}');
});
