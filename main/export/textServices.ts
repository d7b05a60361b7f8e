import { ASSESSMENT_SCHEMA_ID } from '../assessment/assessmentSchema.js';
import type { Tag } from '../dicom/tag.js';
import { allRegisteredUids } from '../dicom/uidRegistry.js';
import type { Vr } from '../dicom/vr.js';
import type { ProfileOptions } from '../plan/plan.js';
import type { TextCleaner } from '../profile/applyProfile.js';
import { CID_7050 } from '../profile/deidentificationMethod.js';
import { DUMMY_TEXT } from '../profile/dummyValues.js';
import { isSafePrivate } from '../profile/safePrivate.js';
import { cleanText } from '../profile/text/cleanText.js';
import { isVocabularyWord } from '../profile/text/vocabulary.js';
import { MANIFEST_HEADERS } from './manifest.js';
import { methodDescription } from './methodDescription.js';

/** The data-driven text services the profile and the verifier share: cleaning, vocabulary, safe private list. */
export interface TextServices {
  readonly cleanText: TextCleaner;
  readonly isSafeWord: (token: string) => boolean;
  readonly safePrivate: (creator: string, tag: Tag) => { readonly vr: Vr } | undefined;
  /**
   * Words Peitto writes itself (dummies, labels, method descriptions, standard names of SOP classes and transfer
   * syntaxes, in upper case): a source word equal to one of them is no evidence of a leak when it reappears.
   */
  readonly ignoredValues: ReadonlySet<string>;
}

const ALL_OPTIONS: ProfileOptions = {
  cleanDescriptors: true,
  cleanStructuredContent: true,
  cleanGraphics: true,
  retainSafePrivate: true,
  retainDeviceIdentity: true,
  retainInstitutionIdentity: true,
};

function writtenWords(): Set<string> {
  const phrases = [
    DUMMY_TEXT,
    'ANONYMOUS',
    'ANON',
    'PSN',
    'REMOVED',
    ...Object.values(CID_7050).map((c) => c.meaning),
    ...methodDescription(ALL_OPTIONS),
    ...allRegisteredUids().map((u) => u.name),
    ...MANIFEST_HEADERS,
    // assessment.json names its schema ("https://peitto.invalid/…"): a source URL's "https" is no leak there.
    ASSESSMENT_SCHEMA_ID,
  ];
  const words = new Set<string>();
  for (const phrase of phrases) {
    words.add(phrase.toUpperCase());
    for (const word of phrase.split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word.toUpperCase());
    for (const word of phrase.split('_')) if (word) words.add(word.toUpperCase());
  }
  return words;
}

let services: TextServices | undefined;

export function textServices(): TextServices {
  services ??= {
    cleanText: (text, identifyingValues) => cleanText(text, { identifyingValues }).text,
    isSafeWord: isVocabularyWord,
    safePrivate: (creator, tag) => isSafePrivate(creator, tag),
    ignoredValues: writtenWords(),
  };
  return services;
}
