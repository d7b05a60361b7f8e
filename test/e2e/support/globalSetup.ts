import { build } from 'vite';
import fetchTestData from '../../globalSetup.js';
import { haveChromium } from './chromium.js';
import { ROOT, SYNTHETIC_FIXTURES } from './paths.js';
import { writeSyntheticFixtures } from './writeSyntheticFixtures.js';
import { join } from 'node:path';

/**
 * Once per e2e run: the pydicom corpus, the synthetic fixtures, and a production build of the renderer (the
 * tests exercise exactly what ships, CSP meta tag included).
 */
export default async function setup(): Promise<void> {
  if (!haveChromium()) return;
  fetchTestData();
  writeSyntheticFixtures(SYNTHETIC_FIXTURES);
  const started = Date.now();
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', mode: 'production' });
  console.log(`renderer built for e2e in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
