/**
 * The vocabulary of descriptor cleaning: terms known to carry no identity (anatomy, modality and sequence
 * names, contrast, laterality, views, imaging and reporting words in English, Finnish, Swedish and Latin, and
 * DICOM defined terms), and the units a short number may carry. Cleaning keeps a word only when it is here, so
 * what can leak is bounded by these lists.
 *
 * Data: vocabulary/*.txt, each file naming its sources in its header; vocabulary.generated.ts is made from
 * them by `node scripts/generate-profile-data.mjs`, which also rejects terms listed in vocabulary/excluded.txt
 * (personal names, months, weekdays) and terms with four or more digits in a row.
 */
import { VOCABULARY_LISTS, VOCABULARY_UNITS } from './vocabulary.generated.js';

/** dicom: language-neutral DICOM defined terms; la: Latin anatomy and vertebral labels used in all languages. */
export type VocabularyLanguage = 'dicom' | 'en' | 'fi' | 'sv' | 'la';

export interface VocabularyList {
  readonly file: string;
  readonly language: VocabularyLanguage;
  readonly terms: readonly string[];
}

/** The form a word is compared in: NFC, lower case (locale-independent). */
export const vocabularyKey = (word: string): string => word.normalize('NFC').toLowerCase();

const TERMS: ReadonlySet<string> = new Set(VOCABULARY_LISTS.flatMap((list) => list.terms));
const UNITS: ReadonlySet<string> = new Set(VOCABULARY_UNITS);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Terms that contain punctuation ("w/o", "t2*", "pet/ct") by their first character, longest first: the tokenizer
 * matches these as a whole before it splits text at punctuation.
 */
const COMPOUND_TERMS: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  const compounds = [...TERMS]
    .filter((term) => [...term].some((ch) => !WORD_CHAR.test(ch)))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const term of compounds) {
    const first = String.fromCodePoint(term.codePointAt(0)!);
    byFirst.set(first, [...(byFirst.get(first) ?? []), term]);
  }
  return byFirst;
})();

/** Longest unit first, so that "mas" wins over "ma" and "mgy" over "mg". */
const UNITS_LONGEST_FIRST: readonly string[] = [...UNITS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

export const isVocabularyWord = (word: string): boolean => TERMS.has(vocabularyKey(word));
export const isUnit = (word: string): boolean => UNITS.has(vocabularyKey(word));
/** Compound terms that begin with `firstChar` (lower case), longest first. */
export const compoundTermsStartingWith = (firstChar: string): readonly string[] => COMPOUND_TERMS.get(firstChar) ?? [];
export const unitsLongestFirst = (): readonly string[] => UNITS_LONGEST_FIRST;
export const vocabularyLists = (): readonly VocabularyList[] => VOCABULARY_LISTS;

/** Number of distinct terms per language, for the report and the conformance statement. */
export function vocabularySizeByLanguage(): Readonly<Record<VocabularyLanguage, number>> {
  const sets: Record<VocabularyLanguage, Set<string>> = { dicom: new Set(), en: new Set(), fi: new Set(), sv: new Set(), la: new Set() };
  for (const list of VOCABULARY_LISTS) for (const term of list.terms) sets[list.language].add(term);
  return { dicom: sets.dicom.size, en: sets.en.size, fi: sets.fi.size, sv: sets.sv.size, la: sets.la.size };
}
