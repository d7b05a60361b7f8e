import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText.js';
import { findRejectedSpans } from './rejectPatterns.js';
import { isUnit, isVocabularyWord, vocabularyLists, vocabularySizeByLanguage } from './vocabulary.js';

const allTerms = (): string[] => vocabularyLists().flatMap((list) => list.terms);

describe('vocabulary', () => {
  it('holds a few thousand terms in each of its languages', () => {
    const sizes = vocabularySizeByLanguage();
    expect(sizes.en).toBeGreaterThan(2000);
    expect(sizes.fi).toBeGreaterThan(800);
    expect(sizes.sv).toBeGreaterThan(600);
    expect(sizes.dicom).toBeGreaterThan(400);
    expect(sizes.la).toBeGreaterThan(100);
  });

  it('has the terms a study description is made of', () => {
    for (const term of ['CT', 'HEAD', 'AXIAL', 'T1', 'FLAIR', 'W/O', 'CONTRAST', 'thorax', 'keuhkot', 'lungor', 'vasen', 'höger']) {
      expect(isVocabularyWord(term), term).toBe(true);
    }
  });

  it('knows units only as units', () => {
    expect(isUnit('mm')).toBe(true);
    expect(isUnit('kVp')).toBe(true);
    expect(isUnit('head')).toBe(false);
  });

  it('holds no common personal name, month or weekday', () => {
    const names = [
      'matti', 'juha', 'anna', 'maria', 'virtanen', 'korhonen', 'nieminen', 'mäkinen', 'kivi', 'mäki', 'koski',
      'laine', 'niemi', 'salo', 'lahti', 'axel', 'ben', 'sten', 'lars', 'andersson', 'johansson', 'berg', 'lund',
      'holm', 'john', 'smith', 'mary', 'may', 'june', 'april', 'august', 'mark', 'will', 'grace', 'rose',
      'january', 'tammikuu', 'januari', 'monday', 'maanantai', 'måndag', 'willis', 'douglas', 'omar', 'max',
    ];
    for (const name of names) expect(isVocabularyWord(name), name).toBe(false);
  });

  it('holds no term that a reject pattern would cut out or that has four digits in a row', () => {
    for (const term of allTerms()) {
      expect(findRejectedSpans(term), term).toEqual([]);
      expect(/\p{N}{4}/u.test(term), term).toBe(false);
    }
  });

  it('keeps every one of its terms when cleaning them alone', () => {
    const lost = allTerms().filter((term) => cleanText(term, { identifyingValues: [] }).text.toLowerCase() !== term);
    expect(lost).toEqual([]);
  });
});
