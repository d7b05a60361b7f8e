import { describe, expect, test } from 'vitest';
import { DEFAULT_VOI_PRESETS } from '../../viewer/defaultVoiPresets.js';
import { MASK_CATEGORIES } from '../../viewer/maskTypes.js';
import { CATALOGS, LANGUAGES } from './catalogs.js';
import { createTranslator } from './createTranslator.js';

// Same keys, placeholders and no empty message across languages: test/i18n/catalogs.test.ts, for every namespace.

/** Every source file of the app and the API client, as text (Vite reads them; no Node needed). */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts'], { eager: true, query: '?raw', import: 'default' });

describe('the messages the app asks for', () => {
  const en = createTranslator('en', { en: CATALOGS.en, fi: {}, sv: {} });

  test('every literal key in the sources exists in English', () => {
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/['"]((?:app|risk|sheet)\.[A-Za-z0-9_.-]+[A-Za-z0-9_-])['"]/g)) {
        if (!en.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every key built from data exists in English', () => {
    const keys = [
      ...Object.values(DEFAULT_VOI_PRESETS).flatMap((presets) => presets.map((p) => `app.voi.${p.id}`)),
      ...MASK_CATEGORIES.map((c) => `sheet.mask.${c}`),
      ...['kept', 'replaced', 'emptied', 'removed', 'cleaned'].map((o) => `app.outcome.${o}`),
      ...['frame', 'image', 'series', 'rule'].map((s) => `app.masks.scopes.${s}`),
      ...['undecided', 'decided', 'not-raised', 'information'].map((s) => `app.risks.status.${s}`),
      ...['index', 'export', 'verify'].map((p) => `app.export.phase.${p}`),
      ...['unreadable', 'missing', 'duplicate'].map((k) => `app.problem.${k}`),
      ...['anonymous', 'pseudonymous'].map((m) => `app.summary.identifiers.${m}`),
      ...['start', 'images', 'review'].map((s) => `app.steps.${s}`),
      ...['masks', 'size', 'header'].map((p) => `app.panel.${p}`),
      ...LANGUAGES.map((l) => `app.language.${l}`),
      ...['all', 'exported', 'refused', 'failed'].map((s) => `app.results.show.${s}`),
      ...['exported', 'refused', 'failed'].map((s) => `app.results.statusName.${s}`),
      ...['primary', 'ctrlDrag', 'shiftDrag', 'middle', 'secondary', 'wheel', 'ctrlWheel'].flatMap((m) => [`app.help.mouseKey.${m}`, `app.help.mouseAction.${m}`]),
      ...['organisation', 'operator', 'reviewer', 'reference', 'recipientName'].map((f) => `app.history.${f}`),
      ...['face', 'face-shape', 'dental', 'fingerprint', 'iris', 'palm', 'rare-finding', 'tattoo', 'burned-in-text', 'varying-measurement', 'other-datasets', 'amount-of-data'].map(
        (r) => `risk.${r}.title`,
      ),
      ...['ageBand', 'sex', 'modality', 'bodyPart', 'findingClass'].map((f) => `sheet.field.${f}`),
      ...['no-sop-class', 'private-sop-class', 'encapsulated-pdf', 'encapsulated-cda', 'encapsulated-stl', 'encapsulated-obj', 'encapsulated-mtl', 'raw-data', 'audio'].map(
        (r) => `sheet.refusal.${r}`,
      ),
    ];
    expect(keys.filter((k) => !en.has(k))).toEqual([]);
  });
});
