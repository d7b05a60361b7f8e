import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_CT_LABEL, DEMO_TATTOO } from '../../../main/demo/generateDemoStudy.js';
import { dragOnImage, waitForViewer } from './appPageActions.js';
import { dcmdumpValue, decodeWithDcmtk } from './readOutputImage.js';

/**
 * The radiographer's flow through the app on the demo study, as steps on a page: the Chromium suite (browser
 * host) and the Electron suite (desktop shell) run the same steps, so both prove the same thing.
 */

/** Every file below a folder. */
export const filesBelow = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });

/** What each raised risk of the demo is decided as, with the justification typed. */
const DECISIONS: Readonly<Record<string, { decision: string; justification: string }>> = {
  face: { decision: 'not-present', justification: 'The photograph shows the forearm only; no face is visible.' },
  'face-shape': { decision: 'accepted', justification: 'The recipient works in a secure environment and does not render surfaces.' },
  tattoo: { decision: 'masked', justification: 'The tattoo is covered by an ellipse mask.' },
  'burned-in-text': { decision: 'accepted', justification: 'The CT label is masked; the remaining text was checked and names no one.' },
};

export const OVERRIDE = 'One patient released to a permit holder in a secure processing environment.';

/** Opens the demo study from the start screen; resolves when the first CT image is on screen. */
export async function openDemoStudy(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Open images to de-identify' }).waitFor();
  await page.getByRole('button', { name: 'Open the demo study' }).click();
  await page.locator('.series-card').first().waitFor();
  await waitForViewer(page, 0);
  await expect.poll(() => page.locator('.series-card').count()).toBe(3);
}

/** A burned-in-text rectangle over the CT's name label, for every image of the series ("24 of 24"). */
export async function maskCtLabel(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Burned-in text' }).check();
  await page.getByRole('radio', { name: 'Every image of this series' }).check();
  await page.keyboard.press('r');
  await expect.poll(() => page.locator('[data-tool="rectangle"]').getAttribute('aria-pressed')).toBe('true');
  const { x, y, width, height } = DEMO_CT_LABEL;
  await dragOnImage(page, [x - 2, y - 2], [x + width + 2, y + height + 2]);
  await expect.poll(() => page.locator('.applied-count').getAttribute('data-applied')).toBe('24');
  await expect.poll(() => page.locator('.mask-item').allTextContents()).toEqual([expect.stringContaining('Rectangle')]);
}

/** A tattoo ellipse on the arm photograph. */
export async function maskTattoo(page: Page): Promise<void> {
  await page.locator('.series-card', { hasText: 'CLINICAL PHOTO' }).getByRole('button').first().click();
  await waitForViewer(page, 0);
  await page.getByRole('radio', { name: 'Tattoo' }).check();
  await page.getByRole('button', { name: 'Ellipse mask' }).click();
  const { x, y, width, height } = DEMO_TATTOO;
  await dragOnImage(page, [x, y], [x + width, y + height]);
  await expect.poll(() => page.locator('.applied-count').getAttribute('data-applied')).toBe('1');
  await expect.poll(() => page.locator('.mask-item').allTextContents()).toEqual([expect.stringContaining('Ellipse 72 × 64 around 232, 116')]);
}

/** Scale 0.5 for the whole export, seen live on the photograph (320 × 240 → 160 × 120). */
export async function scaleToHalf(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Size & crop' }).click();
  await page.getByRole('radio', { name: 'Scale to' }).first().check();
  await expect.poll(() => page.locator('[data-output-size]').getAttribute('data-output-size')).toBe('160x120');
  await expect.poll(() => page.locator('.stackbar').textContent()).toContain('320 × 240 → 160 × 120 px');
}

/** The release's details and a decision with its justification on every raised risk. */
export async function decideEveryRisk(page: Page): Promise<void> {
  await page.locator('input[name="organisation"]').fill('Demo University Hospital');
  await page.locator('input[name="operator"]').fill('Radiographer A');
  await page.locator('input[name="reviewer"]').fill('Physicist B');
  await page.locator('input[name="reference"]').fill('THL/1234/2025');
  // The CT label mask on every image already decides burned-in text for the CT ("masked" by the plan).
  await expect.poll(() => page.locator('.risk-line[data-risk="burned-in-text"]').textContent()).toContain('from the masks in the plan');
  for (;;) {
    const line = page.locator('.risk-line[data-status="undecided"]').first();
    if ((await line.count()) === 0) break;
    const risk = (await line.getAttribute('data-risk'))!;
    const choice = DECISIONS[risk];
    if (!choice) throw new Error(`the demo raised an unexpected risk: ${risk}`);
    const form = line.locator('form.decision-form');
    await form.locator('select[name="scope"]').selectOption('all');
    await form.locator(`input[value="${choice.decision}"]`).check();
    await form.locator('textarea[name="justification"]').fill(choice.justification);
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => page.locator(`.risk-line[data-risk="${risk}"]`).getAttribute('data-status')).toBe('decided');
  }
}

/** The small-numbers panel of the one-person demo: every group is below k; the operator records an override. */
export async function overrideSmallNumbers(page: Page): Promise<void> {
  const small = page.locator('#small-numbers');
  await small.locator('textarea[name="override"]').fill(OVERRIDE);
  await small.getByRole('button', { name: 'Record override' }).click();
  await expect.poll(() => small.textContent()).toContain('Override recorded by the operator');
  await page.getByLabel('Why Age group is needed').fill('The study compares age groups.');
  await expect.poll(() => page.locator('.export-panel').textContent()).toContain('Nothing blocks the export.');
}

/** Types the destination and exports; resolves when the results are shown, after checking their summary. */
export async function exportTo(page: Page, outDir: string, onProgress?: () => Promise<void>): Promise<void> {
  await page.locator('input[name="outDir"]').fill(outDir);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await expect.poll(() => exportButton.isEnabled()).toBe(true);
  await exportButton.click();
  if (onProgress) await page.locator('.export-progress').waitFor({ timeout: 10_000 }).then(onProgress, () => undefined);
  const results = page.locator('.export-results');
  await results.waitFor({ timeout: 120_000 });
  expect(await results.getAttribute('data-status')).toBe('complete');
  expect(await results.getAttribute('data-verification')).toBe('passed');
  expect(await results.locator('tbody tr').count()).toBe(26);
}

/** dcmtk reads the export back: names gone, sizes halved, the label and the tattoo at the darkest value. */
export function checkDemoExport(outDir: string): void {
  const outputs = filesBelow(outDir).filter((f) => !/\.(csv|json|pdf)$/.test(f));
  expect(outputs).toHaveLength(26);
  expect(filesBelow(outDir).map((f) => f.slice(outDir.length + 1))).toEqual(expect.arrayContaining(['manifest.csv', 'assessment.json', 'assessment.pdf']));
  const byModality = new Map<string, string[]>();
  for (const file of outputs) {
    const modality = dcmdumpValue(file, 'Modality');
    byModality.set(modality, [...(byModality.get(modality) ?? []), file]);
    expect(dcmdumpValue(file, 'PatientName')).not.toContain('DEMO^PATIENT');
  }
  expect(byModality.get('CT')).toHaveLength(24);

  // CT: 256 → 128, and the label (4,4 150×22 → 2,2 75×11) holds one value, the image's darkest.
  for (const file of byModality.get('CT')!.slice(0, 3)) {
    expect([dcmdumpValue(file, 'Rows'), dcmdumpValue(file, 'Columns')]).toEqual(['128', '128']);
    const image = decodeWithDcmtk(file);
    const fill = image.at(2, 2);
    expect(fill).toBe(image.minimum);
    for (let y = 2; y < 2 + 11; y++) for (let x = 2; x < 2 + 75; x++) expect(image.at(x, y)).toBe(fill);
  }
  // Photograph: 320×240 → 160×120, and the middle of the tattoo ellipse is black in every channel.
  const [photo] = byModality.get('XC') ?? [];
  expect([dcmdumpValue(photo!, 'Rows'), dcmdumpValue(photo!, 'Columns')]).toEqual(['120', '160']);
  const image = decodeWithDcmtk(photo!);
  const cx = (DEMO_TATTOO.x + DEMO_TATTOO.width / 2) / 2;
  const cy = (DEMO_TATTOO.y + DEMO_TATTOO.height / 2) / 2;
  for (let y = Math.round(cy - 8); y < cy + 8; y++) {
    for (let x = Math.round(cx - 10); x < cx + 10; x++) for (let c = 0; c < 3; c++) expect(image.at(x, y, c)).toBe(image.minimum);
  }
  // Ultrasound: 640×480 → 320×240.
  const [us] = byModality.get('US') ?? [];
  expect([dcmdumpValue(us!, 'Rows'), dcmdumpValue(us!, 'Columns')]).toEqual(['240', '320']);
  expect(readFileSync(join(outDir, 'assessment.json'), 'utf8')).toContain(OVERRIDE);
}
