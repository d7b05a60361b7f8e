import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seededRandom.js';
import { findRejectedSpans, meetsPrecondition, REJECT_PATTERNS, type RejectKind } from './rejectPatterns.js';

const kinds = (text: string): RejectKind[] => findRejectedSpans(text).map((s) => s.kind);
const spans = (text: string): string[] => findRejectedSpans(text).map((s) => text.slice(s.start, s.end));

describe('findRejectedSpans', () => {
  it('finds dates in the forms Nordic and English text write them', () => {
    for (const date of ['20240131', '31.01.2024', '31.1.2024', '1.1.24', '2024-01-31', '2024/01/31', '31/01/2024', '01/31/2024', '31-01-2024']) {
      expect(spans(`x ${date} y`), date).toEqual([date]);
      expect(kinds(date), date).toEqual(['date']);
    }
    expect(spans('kontrolli 31.1. keuhkot')).toEqual(['31.1.']);
    expect(spans('grade 4/5')).toEqual(['4/5']);
    expect(spans('31 January 2024')).toEqual(['31 January 2024']);
    expect(spans('January 31, 2024')).toEqual(['January 31, 2024']);
    expect(spans('3rd March')).toEqual(['3rd March']);
    expect(spans('3. maaliskuuta 2024')).toEqual(['3. maaliskuuta 2024']);
    expect(spans('3 mars')).toEqual(['3 mars']);
    expect(spans('Oct 2023')).toEqual(['Oct 2023']);
  });

  it('finds times', () => {
    expect(spans('done 12:30')).toEqual(['12:30']);
    expect(spans('at 12.30')).toEqual(['at 12.30']);
    expect(spans('12:30:45.5')).toEqual(['12:30:45.5']);
    expect(spans('klo 8.15')).toEqual(['klo 8.15']);
    expect(spans('kl. 14.05')).toEqual(['kl. 14.05']);
    expect(kinds('12:30')).toEqual(['time']);
  });

  it('finds Finnish and Swedish personal identity codes', () => {
    for (const code of ['131052-308T', '010190+123A', '010105A123J', '010190Y123A', '010105F123J']) {
      expect(kinds(code), code).toEqual(['personalIdentityCode']);
    }
    expect(spans('ID131052-308Tpää')).toEqual(['131052-308T']);
    expect(kinds('19121212-1212')).toEqual(['personalIdentityCode']);
    expect(kinds('121212+1212')).toEqual(['personalIdentityCode']);
  });

  it('finds addresses, phone numbers and UIDs', () => {
    expect(kinds('john.doe@example.com')).toEqual(['email']);
    expect(kinds('www.example.org')).toEqual(['url']);
    expect(spans('call +358 40 123 4567 now')).toEqual(['+358 40 123 4567']);
    expect(kinds('040-1234567')).toEqual(['phone']);
    expect(kinds('1.2.840.10008.5.1.4.1.1.2')).toEqual(['uid']);
  });

  it('leaves measurements, vertebral levels and sequence names alone', () => {
    for (const text of ['2.5', '0.625 mm', '120 kV', '1.5T', 'L4/5', 'C5-C6', 'T2', '512x512', '3:1', '1.2.3', '12 mm 5 mm', 'MAR', 'OCT 3']) {
      expect(findRejectedSpans(text), text).toEqual([]);
    }
  });

  it('merges overlapping matches into one span', () => {
    expect(findRejectedSpans('2024-01-31T12:30').length).toBeLessThanOrEqual(2);
    expect(spans('31.01.2024 12')).toEqual(['31.01.2024 12']);
  });
});

describe('the patterns\' preconditions', () => {
  // The preconditions let texts skip patterns that cannot match in them. They are only sound when every possible
  // match meets its pattern's precondition by itself (then so does any text holding it): checked on generated
  // texts dense in digits, separators, month names and address characters.
  const PIECES = [
    '0', '1', '2', '3', '9', '19', '2024', '31', '12', '.', '-', '/', ':', '+', ' ', '  ', ',', '(', ')', '@', 'www', 'WWW',
    'http', 'a', 'x', 'é', 'ä', 'klo', 'kl', 'at', 'jan', 'March', 'tammikuuta', 'st', 'nd', 'A', 'U', 'Z', '٣', '\t',
    '://', 'www.', '.fi', 'doe@', 'x.org', '040', '123', '4567', '010190', '199001', '12:30', '31.1.', '3rd', '1.2.840',
    '-123A', '+4567', '-4567', '010190-', '19900101', '2024-01-31', '31.01.2024', '1/31/24', '31/1', 'January 31, 2024',
    '31 Jan 2024', 'klo 8.15', '23:59:59.5', '+358 40 123 4567',
  ];
  it('hold for every match on 20,000 generated texts', () => {
    const random = seededRandom(20261123);
    const matches = REJECT_PATTERNS.map(() => 0);
    for (let round = 0; round < 20_000; round++) {
      const text = Array.from({ length: 1 + random(14) }, () => PIECES[random(PIECES.length)]).join('');
      for (const [i, { regex, requires }] of REJECT_PATTERNS.entries()) {
        for (const m of text.matchAll(regex)) {
          matches[i]!++;
          expect(meetsPrecondition(m[0], requires), `${requires} for ${JSON.stringify(m[0])} in ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
    // Every pattern was exercised.
    for (const [i, n] of matches.entries()) expect(n, `pattern ${i} (${REJECT_PATTERNS[i]!.kind})`).toBeGreaterThan(20);
  });

  it('let a text without digits, @ or an address skip every pattern', () => {
    for (const text of ['Thorax PA', 'Keuhkokuva', 'Lungröntgen höger', 'www', 'a:b/c']) {
      expect(REJECT_PATTERNS.filter((p) => meetsPrecondition(text, p.requires)), text).toEqual([]);
    }
  });
});
