import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS } from '../../main/api/contract.js';
import { electronBinary } from '../../scripts/start.mjs';
import { haveTools } from '../support/environment.js';
import { checkDemoExport, decideEveryRisk, exportTo, maskCtLabel, maskTattoo, openDemoStudy, overrideSmallNumbers, scaleToHalf } from './support/appFlow.js';
import { ARTIFACTS, ROOT } from './support/paths.js';

/**
 * The desktop shell itself: the same flow as app.e2e.test.ts, in Electron, plus what only the shell does (the
 * preload's bridge, the app:// origin, navigation and window denial). The Electron binary is downloaded from
 * outside the npm registry; where it is missing this suite cannot run and says so (also under CI: no machine
 * without that download can run it, and the Chromium suite covers the renderer and engine there).
 */
const binary = electronBinary();
if (!binary) {
  console.warn(
    'SKIPPED: Electron end-to-end tests: the Electron binary is not installed (node_modules/electron/dist is missing; ' +
      'it downloads from outside the npm registry). The same flow runs in Chromium against the browser host (app.e2e.test.ts).',
  );
}
const available = binary !== undefined && haveTools('dcmdump', 'dcmj2pnm');

describe.skipIf(!available)('the desktop app in Electron', () => {
  let electron: ElectronApplication;
  let page: Page;
  let work: string;
  const requests: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'peitto-electron-e2e-'));
    electron = await _electron.launch({
      executablePath: binary!,
      args: [ROOT, '--no-sandbox'],
      // A fresh user data folder (settings, autosave, demo study) under XDG_CONFIG_HOME, English, no proxies.
      env: { ...process.env, XDG_CONFIG_HOME: join(work, 'config'), LANG: 'en_GB.UTF-8', ELECTRON_ENABLE_LOGGING: '1' },
    });
    page = await electron.firstWindow();
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  afterAll(async () => {
    await electron?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('serves the page from app://peitto with the contract\'s methods and nothing of Node', async () => {
    expect(page.url()).toMatch(/^app:\/\/peitto\//);
    const bridge = await page.evaluate(() => {
      const api = (window as unknown as { peitto?: Record<string, unknown> }).peitto ?? {};
      return {
        methods: Object.keys(api).sort(),
        node: typeof (window as unknown as { require?: unknown }).require !== 'undefined' || typeof (window as unknown as { process?: unknown }).process !== 'undefined',
      };
    });
    const named = CHANNELS.map((c) => c.replace(/\.(\w)/, (_, ch: string) => ch.toUpperCase()));
    expect(bridge.methods).toEqual([...named, 'on', 'pathForFile'].sort());
    expect(bridge.node).toBe(false);
    expect((await page.evaluate(() => (window as unknown as { peitto: { appInfo(): Promise<{ host: string }> } }).peitto.appInfo())).host).toBe('electron');
  });

  test('denies navigation away from the app and new windows', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    await page.evaluate(() => window.open('https://example.org/', '_blank'));
    await page.waitForTimeout(500);
    expect(electron.windows()).toHaveLength(1);
  });

  test('runs the radiographer\'s flow: open the demo, mask, halve, decide, export; dcmtk checks the files', async () => {
    await openDemoStudy(page);
    await maskCtLabel(page);
    await maskTattoo(page);
    await scaleToHalf(page);
    await page.keyboard.press('Control+e');
    await page.getByRole('heading', { name: 'What will leave the building' }).waitFor();
    await decideEveryRisk(page);
    await overrideSmallNumbers(page);
    const outDir = join(work, 'export');
    await exportTo(page, outDir);
    await page.screenshot({ path: join(ARTIFACTS, 'electron-exported.png') });
    checkDemoExport(outDir);
    expect(requests.filter((url) => !url.startsWith('app://peitto/') && !url.startsWith('data:'))).toEqual([]);
  });
});
