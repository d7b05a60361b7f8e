import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.js';
import { createFormatter, instantOf, parseTimestamp } from './format.js';

const en = createFormatter(createTranslator('en'));
const fi = createFormatter(createTranslator('fi'));
const sv = createFormatter(createTranslator('sv'));

describe('sheet number formats', () => {
  it('groups thousands the way each language writes them', () => {
    expect(en.integer(734003221)).toBe('734,003,221');
    expect(fi.integer(734003221)).toBe('734\u00a0003\u00a0221');
    expect(sv.integer(1284)).toBe('1\u00a0284');
    expect(en.integer(12)).toBe('12');
    expect(en.integer(-1284)).toBe('-1,284');
  });

  it('writes decimals with the language mark and no trailing zeros', () => {
    expect(en.decimal(0.4883, 3)).toBe('0.488');
    expect(fi.decimal(0.4883, 3)).toBe('0,488');
    expect(fi.decimal(2, 3)).toBe('2');
    expect(sv.decimal(734.003221, 1)).toBe('734');
    expect(en.decimal(1234.56, 1)).toBe('1,234.6');
  });
});

describe('sheet dates', () => {
  it('prints the local time the export recorded, with its offset, never converted to the renderer zone', () => {
    expect(en.dateTime('2025-03-14T09:15:42+02:00')).toBe('2025-03-14 09:15 (UTC+02:00)');
    expect(fi.dateTime('2025-03-14T09:15:42+02:00')).toBe('14.3.2025 klo 09.15 (UTC+02:00)');
    expect(sv.dateTime('2025-03-04T23:05:00Z')).toBe('4.3.2025 kl. 23.05 (UTC)');
    expect(fi.date('2025-03-04T23:05:00-0130')).toBe('4.3.2025');
  });

  it('gives the instant for the PDF dates', () => {
    expect(instantOf('2025-03-14T09:15:42.250+02:00').toISOString()).toBe('2025-03-14T07:15:42.000Z');
    expect(parseTimestamp('2025-03-14T09:15+0200').offset).toBe('+02:00');
  });

  it('refuses a timestamp without an offset or with impossible values', () => {
    expect(() => en.dateTime('2025-03-14 09:15')).toThrow(/ISO 8601/);
    expect(() => en.dateTime('2025-03-14T09:15:42')).toThrow(/offset/);
    expect(() => instantOf('2025-13-40T09:15:42Z')).toThrow(/not a valid date/);
  });
});
