import { describe, expect, it } from 'vitest';
import { ByteMatcher } from './byteMatcher.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const find = (needles: string[], haystack: string, whole = true): string[] => {
  const matcher = new ByteMatcher(needles.map((n) => ({ bytes: bytes(n), value: n, whole })));
  const out: string[] = [];
  matcher.scan(bytes(haystack), (m) => out.push(`${m.needle.value}@${m.offset}`));
  return out;
};

describe('ByteMatcher', () => {
  it('finds every needle in one pass, ignoring ASCII case', () => {
    expect(find(['virtanen', 'MATTI'], 'PN VIRTANEN^Matti and virtanen')).toEqual(['virtanen@3', 'MATTI@12', 'virtanen@22']);
  });

  it('counts only whole words and numbers', () => {
    expect(find(['ANNA'], 'ANNOTATION ANNA ANNAS')).toEqual(['ANNA@11']);
    expect(find(['1234567'], '12345678 1234567 1.1234567 1234567.5')).toEqual(['1234567@9']);
    expect(find(['1.2.3.4'], '1.2.3.45 1.2.3.4\0')).toEqual(['1.2.3.4@9']);
    expect(find(['ANNOT'], 'ANNOTATION', false)).toEqual(['ANNOT@0']);
  });

  it('finds needles with a common prefix, and non-ASCII bytes', () => {
    expect(find(['ÅSTRÖM', 'ÅSTRÖMS'], 'x ÅSTRÖM y').map((s) => s.split('@')[0])).toEqual(['ÅSTRÖM']);
  });

  it('ignores needles shorter than four bytes', () => {
    expect(find(['LI', 'ABC'], 'LI ABC')).toEqual([]);
  });
});
