import { describe, expect, it } from 'vitest';
import { cleanText, wrapText } from './wrapText.js';

/** A monospaced measure: every character is one unit wide. */
const mono = (text: string): number => Array.from(text).length;

describe('wrapText', () => {
  it('breaks at spaces, greedily, and never exceeds the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 10, mono);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(10);
  });

  it('keeps explicit line breaks, including empty lines', () => {
    expect(wrapText('first\n\nsecond line', 20, mono)).toEqual(['first', '', 'second line']);
  });

  it('cuts a word longer than the line after a path separator rather than mid-name', () => {
    expect(wrapText('S0004/SE0001/IM0001.dcm', 14, mono)).toEqual(['S0004/SE0001/', 'IM0001.dcm']);
  });

  it('cuts an unbroken token (a hash) between characters, keeping every character', () => {
    const hash = 'f'.repeat(25);
    const lines = wrapText(`digest ${hash}`, 10, mono);
    expect(lines.join('')).toBe(`digest${hash}`);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(10);
  });

  it('never splits a surrogate pair', () => {
    const lines = wrapText('𝔄𝔅ℭ𝔇𝔈𝔉', 2, mono);
    expect(lines).toEqual(['𝔄𝔅', 'ℭ𝔇', '𝔈𝔉']);
  });
});

describe('cleanText', () => {
  it('turns carriage returns and line separators into newlines and tabs into spaces', () => {
    expect(cleanText('a\r\nb\rc\u2028d\te')).toBe('a\nb\nc\nd e');
  });

  it('drops control, zero-width and bidirectional override characters', () => {
    expect(cleanText('Åsa\u0000 \u200bÖhman\u202e\ufeff')).toBe('Åsa Öhman');
  });
});
