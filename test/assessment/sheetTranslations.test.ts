import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision, Recipient, RiskEntry } from '../../main/assessment/assessmentSheet.js';
import { RISK_IDS, type RiskReason } from '../../main/assessment/riskFlags.js';
import { LANGUAGES, loadCatalog, type Catalog, type Language } from '../../main/i18n/translate.js';
import { MASK_CATEGORIES, type ProfileOptions, type SupplementaryField } from '../../main/plan/plan.js';
import type { ContentCategory } from '../../main/profile/actionRecord.js';
import type { RefusalCode } from '../../main/export/refusal.js';
import { leaves, parameters } from '../support/catalogLeaves.js';
import { ROOT } from '../support/environment.js';

/**
 * Every code the sheet can print has its words in every language. The records are typed by the engine's unions,
 * so a new category, reason or decision fails to compile here until it is listed, and then fails below until
 * each language has its translation.
 */
const CONTENT_CATEGORIES = Object.keys({
  names: 1, ids: 1, dates: 1, uids: 1, 'free-text': 1, private: 1, graphics: 1, device: 1, institution: 1, structure: 1, other: 1,
} satisfies Record<ContentCategory, 1>);
const REASONS = Object.keys({
  'burned-in-declared': 1, 'burned-in-modality': 1, 'secondary-capture': 1, 'photographic-modality': 1, 'head-volume': 1,
  'dental-modality': 1, 'dental-body-part': 1, 'ophthalmic-photograph': 1, 'photographed-hand': 1, 'marked-rare-finding': 1,
} satisfies Record<RiskReason['key'], 1>);
const DECISIONS = Object.keys({ 'not-present': 1, masked: 1, accepted: 1 } satisfies Record<Decision, 1>);
const RECIPIENTS = Object.keys({ 'secure-environment': 1, publication: 1 } satisfies Record<Recipient, 1>);
const FIELDS = Object.keys({ ageBand: 1, sex: 1, modality: 1, bodyPart: 1, findingClass: 1 } satisfies Record<SupplementaryField, 1>);
const OPTIONS = Object.keys({
  cleanDescriptors: 1, cleanStructuredContent: 1, cleanGraphics: 1, retainSafePrivate: 1, retainDeviceIdentity: 1, retainInstitutionIdentity: 1,
} satisfies Record<keyof ProfileOptions, 1>);
const REFUSALS = Object.keys({
  'no-sop-class': 1, 'private-sop-class': 1, 'encapsulated-pdf': 1, 'encapsulated-cda': 1, 'encapsulated-stl': 1,
  'encapsulated-obj': 1, 'encapsulated-mtl': 1, 'raw-data': 1, audio: 1,
} satisfies Record<RefusalCode, 1>);
const CHECKLIST: readonly RiskEntry['risk'][] = [...RISK_IDS, 'varying-measurement', 'amount-of-data'];

/** Every key the sheet needs for the codes it prints. */
const REQUIRED: readonly string[] = [
  ...CONTENT_CATEGORIES.map((c) => `sheet.identifiers.category.${c}`),
  ...MASK_CATEGORIES.map((c) => `sheet.mask.${c}`),
  ...DECISIONS.map((d) => `sheet.decision.${d}`),
  ...RECIPIENTS.flatMap((r) => [`sheet.release.recipientSetting.${r}`, `sheet.release.recipientMeaning.${r}`]),
  ...FIELDS.map((f) => `sheet.field.${f}`),
  ...OPTIONS.flatMap((o) => [`sheet.identifiers.optionName.${o}`, `sheet.identifiers.optionEffect.${o}.on`, `sheet.identifiers.optionEffect.${o}.off`]),
  ...REASONS.map((r) => `risk.reason.${r}`),
  'risk.reason.head-volume-multiframe',
  ...CHECKLIST.map((r) => `risk.${r}.title`),
  ...REFUSALS.map((r) => `sheet.refusal.${r}`),
];

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}


/** What createFormatter passes to the date patterns. */
const DATE_PARTS = ['year', 'month', 'day', 'monthNumber', 'dayNumber', 'hour', 'minute', 'second', 'offset', 'zone'];


const sheetJson = (language: Language): Catalog => JSON.parse(readFileSync(join(ROOT, 'assets/i18n', language, 'sheet.json'), 'utf8')) as Catalog;

describe('the sheet speaks English, Finnish and Swedish', () => {
  it('has the same messages in every language, with the same parameters', () => {
    const english = leaves(sheetJson('en'));
    for (const language of LANGUAGES) {
      const own = leaves(sheetJson(language));
      expect([...own.keys()].sort(), language).toEqual([...english.keys()].sort());
      for (const [key, message] of english) {
        const used = parameters(own.get(key)!);
        // A date pattern picks its own parts (padded or not, in its own order).
        if (key === 'format.date' || key === 'format.dateTime') for (const p of used) expect(DATE_PARTS, `${language} ${key}`).toContain(p);
        else expect(used, `${language} ${key}`).toEqual(parameters(message));
      }
    }
  });

  it('has its own words, not the English fallback, for every code it can print', () => {
    for (const language of LANGUAGES) {
      const catalog = loadCatalog(language);
      const missing = REQUIRED.filter((key) => !lookup(catalog, key)?.trim());
      expect(missing, language).toEqual([]);
    }
  });

  it('gives the reasons the same parameters in every language', () => {
    for (const reason of [...REASONS, 'head-volume-multiframe']) {
      const english = parameters(lookup(loadCatalog('en'), `risk.reason.${reason}`)!);
      for (const language of LANGUAGES) expect(parameters(lookup(loadCatalog(language), `risk.reason.${reason}`)!), `${language} ${reason}`).toEqual(english);
    }
  });

  it('uses the guideline\'s own terms in Swedish and the data-permit terms in Finnish', () => {
    const sv = leaves(sheetJson('sv'));
    const fi = leaves(sheetJson('fi'));
    expect(sv.get('document.title')).toBe('Dokumenterad riskbedömning');
    expect(sv.get('release.recipientSetting.secure-environment')).toContain('informationssäker driftmiljö');
    expect(sv.get('release.recipientSetting.secure-environment')).toContain('Tillståndshavare');
    expect(sv.get('field.ageBand')).toBe('Åldersklass');
    expect(fi.get('release.recipientSetting.secure-environment')).toContain('tietoturvallisessa käyttöympäristössä');
    expect(fi.get('document.title')).toBe('Dokumentoitu riskiarvio');
  });
});
