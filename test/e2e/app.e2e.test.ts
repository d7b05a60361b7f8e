import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../main/host/browserHost.js';
import { haveTools } from '../support/environment.js';
import { dragOnImage, waitForViewer } from './support/appPageActions.js';
import { checkDemoExport, decideEveryRisk, exportTo, maskCtLabel, maskTattoo, openDemoStudy, overrideSmallNumbers, scaleToHalf } from './support/appFlow.js';
import { haveChromium, launchChromium } from './support/chromium.js';
import { openAppPage, type AppPage } from './support/openAppPage.js';
import { ARTIFACTS, RENDERER_DIST } from './support/paths.js';

const available = haveChromium() && haveTools('dcmdump', 'dcmj2pnm');

describe.skipIf(!available)('the app in Debian Chromium against the real engine', () => {
  let browser: Browser;
  let host: BrowserHost;
  let app: AppPage;
  let work: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'peitto-app-e2e-'));
    host = await startBrowserHost({ rendererDir: RENDERER_DIST, dataDir: join(work, 'data'), systemLanguage: 'en_GB.UTF-8' });
    browser = await launchChromium();
    app = await openAppPage(browser, host.url);
  });

  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await host?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'app-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  });

  // After every step: nothing but the page's own origin was asked for, and nothing went wrong on the page.
  afterEach(() => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  const page = (): Page => app.page;

  test('opens the demo study from the start screen', async () => {
    await page().getByRole('heading', { name: 'Open images to de-identify' }).waitFor();
    await app.screenshot('app-1-start');
    const started = Date.now();
    await openDemoStudy(page());
    timings.firstImageMs = Date.now() - started;
    // Thumbnails are drawn lazily behind the first image.
    await page().locator('.thumbnail-drawn').nth(2).waitFor({ timeout: 30_000 });
    timings.thumbnailsMs = Date.now() - started;
    const flags = (await page().locator('.series-card .chip-risk').allTextContents()).join('\n');
    for (const risk of ['Burned-in text', 'Image that can reveal the shape of the face', 'Facial image', 'Tattoo']) expect(flags).toContain(risk);
    await app.screenshot('app-2-images');
  });

  test('scrolls the CT series and changes the window', async () => {
    const viewport = page().locator('.viewport');
    const box = (await viewport.boundingBox())!;
    await page().mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 3; i++) await page().mouse.wheel(0, 100);
    await waitForViewer(page(), 3);
    await page().keyboard.press('ArrowDown');
    await waitForViewer(page(), 4);
    await expect.poll(() => page().locator('.stackbar').textContent()).toContain('Image 5 / 24');
    await page().getByRole('slider', { name: 'Image in the series' }).fill('11');
    await waitForViewer(page(), 11);

    await page().locator('.voi-picker select').selectOption('ct-bone');
    await expect.poll(() => page().locator('.stackbar').textContent()).toContain('W 2,500 / C 480');
    await page().locator('.viewport').click();
    await page().keyboard.press('4');
    await expect.poll(() => page().locator('.stackbar').textContent()).toContain('W 80 / C 40');
    await app.screenshot('app-3-window');
  });

  test('masks the burned-in label of every CT image, with undo and redo', async () => {
    await maskCtLabel(page());
    const applied = page().locator('.applied-count');
    await page().keyboard.press('Control+z');
    await expect.poll(() => applied.getAttribute('data-applied')).toBe('0');
    await page().keyboard.press('Control+Shift+z');
    await expect.poll(() => applied.getAttribute('data-applied')).toBe('24');
    await page().keyboard.press('ArrowUp');
    await waitForViewer(page(), 10);
    await expect.poll(() => page().locator('.mask-item').count()).toBe(1);
    await app.screenshot('app-4-mask-ct');
  });

  test('shows the header beside what the profile does to each attribute, filterable', async () => {
    await page().getByRole('tab', { name: 'Header' }).click();
    await page().keyboard.press('/');
    await page().keyboard.type('Patient');
    const rows = page().locator('.header-table tbody tr');
    await expect.poll(async () => (await rows.allTextContents()).find((r) => r.includes("Patient's Name"))).toMatch(/DEMO\^PATIENT.*(Replaced|Emptied|Removed)/);
    const outcome = rows.filter({ hasText: "Patient's Name" }).locator('.outcome');
    expect(await outcome.getAttribute('title')).toMatch(/\S/);
    await app.screenshot('app-5-header');
    await page().locator('.header-filters input[type="search"]').fill('');
    await page().getByRole('tab', { name: 'Masks' }).click();
  });

  test("masks the photograph's tattoo with an ellipse and sets the export's scale to 0.5", async () => {
    await maskTattoo(page());
    const maskText = (): Promise<string[]> => page().locator('.mask-item').allTextContents();
    // Moved with the select tool, deleted, and both undone: every edit in the viewer is a plan command.
    await page().keyboard.press('v');
    await dragOnImage(page(), [232, 116], [242, 120]);
    await expect.poll(maskText).toEqual([expect.stringContaining('around 242, 120')]);
    await page().keyboard.press('Delete');
    await expect.poll(maskText).toEqual([]);
    await page().keyboard.press('Control+z');
    await page().keyboard.press('Control+z');
    await expect.poll(maskText).toEqual([expect.stringContaining('around 232, 116')]);
    await app.screenshot('app-6-mask-photo');

    await scaleToHalf(page());
    await app.screenshot('app-7-resolution');
  });

  test('goes through the assessment: every raised risk decided, small numbers handled', async () => {
    await page().keyboard.press('Control+e');
    await page().getByRole('heading', { name: 'What will leave the building' }).waitFor();
    await app.screenshot('app-8-review');
    const exportButton = page().getByRole('button', { name: 'Export', exact: true });
    await expect.poll(() => exportButton.isDisabled()).toBe(true);
    await expect.poll(() => page().locator('.blocking').textContent()).toContain('has no decision');

    await decideEveryRisk(page());

    // One person in the demo: every group is below k. The export would withhold fields; adopt that, undo, override.
    const small = page().locator('#small-numbers');
    const violations = (): Promise<string | null> => small.locator('[data-violations]').getAttribute('data-violations');
    await expect.poll(violations).toBe('3');
    await small.getByRole('button', { name: 'Make this part of the plan' }).click();
    await expect.poll(violations).toBe('0');
    await expect.poll(() => small.textContent()).toContain('None: no general fields are released');
    await page().getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(violations).toBe('3');
    await overrideSmallNumbers(page());
    await app.screenshot('app-9-assessment');
  });

  test('exports into a new folder; dcmtk finds the masks burned and the size halved', async () => {
    const outDir = join(work, 'export');
    const started = Date.now();
    await exportTo(page(), outDir, () => app.screenshot('app-10-exporting'));
    timings.exportMs = Date.now() - started;
    await app.screenshot('app-11-exported');
    checkDemoExport(outDir);
  });

  test('speaks Finnish when asked, and remembers it', async () => {
    await page().locator('.language-picker select').selectOption('fi');
    await expect.poll(() => page().locator('.steps').textContent()).toBe('1Avaa2Kuvat3Tarkistus ja vienti');
    await page().getByRole('heading', { name: 'Vienti', exact: true }).waitFor();
    await page().getByRole('heading', { name: 'Mitä organisaatiosta lähtee' }).waitFor();
    await page().getByRole('button', { name: 'Vie', exact: true }).waitFor();
    await app.screenshot('app-12-finnish');
    await page().reload();
    await page().getByRole('heading', { name: 'Avaa kuvat tunnisteiden poistoa varten' }).waitFor();
    await page().locator('.language-picker select').selectOption('en');
    await page().getByRole('heading', { name: 'Open images to de-identify' }).waitFor();
    await page().keyboard.press('?');
    await page().getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await app.screenshot('app-13-help');
    await page().keyboard.press('Escape');
    await expect.poll(() => page().getByRole('dialog').count()).toBe(0);
  });
});
