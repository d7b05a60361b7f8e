import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MaskRule as PlanMaskRule } from '../../plan/plan.js';
import { builtInMaskRules } from './builtInMaskRules.js';
import type { DeviceMatch, MaskRuleDefinition } from './maskRule.js';
import { MASK_RULE_LIBRARY } from './maskRules.generated.js';
import { deviceMatches, matchMaskRules } from './matchMaskRules.js';
import { validateMaskRule, validateMaskRuleFile } from './validateMaskRule.js';

const libraryJson = (): unknown => JSON.parse(readFileSync(join(import.meta.dirname, 'maskRules.json'), 'utf8'));

describe('the shipped rule library', () => {
  it('is the generated module, unchanged (edit maskRules.json, then regenerate maskRules.generated.ts)', () => {
    expect(MASK_RULE_LIBRARY).toEqual(libraryJson());
  });

  it('passes its own schema, with unique ids', () => {
    expect(validateMaskRuleFile(libraryJson())).toBeUndefined();
    expect(builtInMaskRules().length).toBeGreaterThan(50);
  });

  it('names the publication and the published entry of every rule', () => {
    for (const rule of builtInMaskRules()) {
      expect(rule.sourceUrl, rule.id).toMatch(/^https:\/\/github\.com\/(johnperry\/CTP|pydicom\/deid)\/blob\/[0-9a-f]{40}\//);
      expect(rule.source, rule.id).toMatch(/^(RSNA CTP DicomPixelAnonymizer\.script|pydicom\/deid deid\/data\/deid\.dicom \(graylist\)) at [0-9a-f]{12}, entry .+\(\d+,\d+,\d+,\d+\)|ctpcoordinates \d+,\d+,\d+,\d+/);
      expect(rule.shapes.every((s) => s.category === 'burned-in-text'), rule.id).toBe(true);
    }
  });

  it('finds CTP’s Philips iU22 banner for a 480-row iU22 image only', () => {
    const iu22 = { modality: 'US', manufacturer: 'Philips Medical Systems', model: 'iU22', rows: 480, columns: 640 };
    expect(matchMaskRules(builtInMaskRules(), iu22).map((r) => r.id)).toEqual(['ctp-us-philips-iu22-480']);
    expect(matchMaskRules(builtInMaskRules(), { ...iu22, rows: 481 })).toEqual([]);
    expect(matchMaskRules(builtInMaskRules(), { modality: 'CT', manufacturer: 'GE MEDICAL SYSTEMS', model: 'LightSpeed VCT', rows: 512, columns: 512 })).toEqual([]);
  });

  it('has rules that match the plan file’s rule fields', () => {
    const match: DeviceMatch = builtInMaskRules()[0]!.rule;
    const asPlan: PlanMaskRule = match;
    expect(asPlan).toBe(match);
  });
});

describe('matchMaskRules', () => {
  const rule = (id: string, match: DeviceMatch): MaskRuleDefinition => ({
    id, rule: match, shapes: [{ type: 'rectangle', x: 0, y: 0, width: 10, height: 10, category: 'burned-in-text' }], source: 'test',
  });

  it('compares manufacturer and model as case-insensitive contained text, modality and size exactly', () => {
    const match = { modality: 'US', manufacturer: 'acuson', model: 'Sequoia', rows: 480, columns: 640 };
    const image = { modality: 'US', manufacturer: 'SIEMENS ACUSON', model: 'ACUSON SEQUOIA 512', rows: 480, columns: 640 };
    expect(deviceMatches(match, image)).toBe(true);
    expect(deviceMatches(match, { ...image, modality: 'USX' })).toBe(false);
    expect(deviceMatches(match, { ...image, modality: ' us ' })).toBe(true);
    expect(deviceMatches(match, { ...image, columns: 641 })).toBe(false);
    expect(deviceMatches(match, { ...image, model: 'SEQUOI' })).toBe(false);
    expect(deviceMatches({ model: 'Sequoia' }, { ...image, manufacturer: undefined })).toBe(true);
    expect(deviceMatches({ manufacturer: 'Acuson' }, { model: 'x' })).toBe(false);
  });

  it('returns every matching rule in library order', () => {
    const rules = [rule('a', { model: 'LOGIQ' }), rule('b', { manufacturer: 'GE' }), rule('c', { rows: 1 })];
    expect(matchMaskRules(rules, { manufacturer: 'GE Healthcare', model: 'LOGIQE9', rows: 614 }).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('validateMaskRule', () => {
  const valid = {
    id: 'Vscan on ward 3',
    description: 'Our ward’s portable unit',
    rule: { modality: 'US', model: 'Vscan', rows: 720, columns: 960 },
    shapes: [{ type: 'rectangle', x: 0, y: 0, width: 960, height: 40, category: 'burned-in-text' }],
    source: 'saved on this workstation',
  };

  it('accepts a rule as the UI saves it', () => {
    expect(validateMaskRule(valid)).toBeUndefined();
    expect(validateMaskRule({ ...valid, description: undefined, sourceUrl: 'https://example.org/rules' })).toBeUndefined();
  });

  it.each([
    ['no source', { ...valid, source: undefined }, /\(top level\): must have required property 'source'/],
    ['an empty rule', { ...valid, rule: {} }, /rule: must NOT have fewer than 1 properties/],
    ['an empty id', { ...valid, id: '' }, /id: must NOT have fewer than 1 characters/],
    ['a lower-case modality', { ...valid, rule: { modality: 'us' } }, /rule.modality: must match pattern/],
    ['an unknown field', { ...valid, colour: 'red' }, /must NOT have additional properties 'colour'/],
    ['a negative width', { ...valid, shapes: [{ ...valid.shapes[0], width: -1 }] }, /shapes.0/],
    ['a shape outside the image', { ...valid, shapes: [{ ...valid.shapes[0], y: 800 }] }, /shapes.0: rectangle \(burned-in-text\): it lies entirely outside the 960×720 image/],
    ['no shapes', { ...valid, shapes: [] }, /shapes: must NOT have fewer than 1 items/],
    ['a URL that is not one', { ...valid, sourceUrl: 'ftp://x' }, /sourceUrl: must match pattern/],
  ])('explains %s', (_name, document, message) => {
    expect(validateMaskRule(document)).toMatch(message);
  });

  it('finds duplicate ids in a library file', () => {
    expect(validateMaskRuleFile({ version: 1, rules: [valid, valid] })).toBe(`rules.1.id: 'Vscan on ward 3' is also the id of rules.0`);
  });
});
