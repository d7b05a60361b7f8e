import { expect, test } from 'vitest';
import { CATALOGS } from '../i18n/catalogs.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { describeReason, describeReasons } from './describeReason.js';

test('reasons read as the shared risk messages, with their values in the language', () => {
  const fi = createTranslator('fi', CATALOGS);
  expect(describeReason(fi, { key: 'head-volume', modality: 'CT', sliceThickness: 2.5, images: 24 })).toContain('2,5 mm');
  expect(describeReason(fi, { key: 'head-volume', modality: 'MR', sliceThickness: 0, images: 180 })).not.toContain('mm');
  const en = createTranslator('en', CATALOGS);
  expect(describeReason(en, { key: 'marked-rare-finding' })).toMatch(/rare finding/);
  expect(describeReasons(en, [{ key: 'burned-in-modality', modality: 'US' }, { key: 'burned-in-modality', modality: 'US' }])).toHaveLength(1);
});
