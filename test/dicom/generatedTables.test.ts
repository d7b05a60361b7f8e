import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PEITTO_VERSION } from '../../main/version.js';
import { haveCorpus, ROOT } from '../support/environment.js';
import { readFileSync } from 'node:fs';

/** Generated tables must match their committed sources (a hand edit of a generated file fails here). */
describe('generated standard tables', () => {
  it.runIf(haveCorpus())('the UID registry matches PS3.6 as shipped in the fetched pydicom package', () => {
    expect(() => execFileSync('node', [join(ROOT, 'scripts/generate-uid-registry.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the dictionary, profile table and profile data match their sources', () => {
    expect(() => execFileSync('node', [join(ROOT, 'scripts/generate-standard-tables.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync('node', [join(ROOT, 'scripts/generate-profile-data.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the version the engine reports is the package version', () => {
    expect(PEITTO_VERSION).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
