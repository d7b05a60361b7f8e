import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserHost } from '../../main/host/browserHost.js';
import { launchChromium } from '../e2e/support/chromium.js';
import { openAppPage } from '../e2e/support/openAppPage.js';
import { RENDERER_DIST } from '../e2e/support/paths.js';
import { writeCtSeries } from './ctSeries.js';
import { median, type Row } from './report.js';

/** The study the issue names: one folder, one series of 500 single-frame 512×512 CT slices. */
const SLICES = 500;

interface OpenTimes {
  /** From pressing Open to the series listed with all its images. */
  readonly indexSeconds: number;
  /** From pressing Open to the first image drawn in the viewer. */
  readonly firstImageSeconds: number;
}

interface ScrollRates {
  /** Images per second scrolling through the stack the first time (each image fetched and decoded). */
  readonly firstPass: number;
  /** Images per second scrolling back over images seen before. */
  readonly cachedPass: number;
}

/**
 * Types the folder into the start screen and opens it, as an operator does in the browser host. The times are
 * taken in the page, by an observer of the document: polling from outside would see them late while the page is
 * busy prefetching the stack.
 */
async function openFolder(page: Page, folder: string): Promise<OpenTimes> {
  await page.getByRole('heading', { name: 'Open images to de-identify' }).waitFor();
  await page.getByLabel('Folder, file or DICOMDIR').fill(folder);
  const marks = await page.evaluate(
    ({ slices, label }) =>
      new Promise<{ listed: number; drawn: number }>((resolve, reject) => {
        const open = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
        if (!open) throw new Error(`no '${label}' button`);
        let listed: number | undefined;
        let ready = false;
        const started = performance.now();
        const timeout = setTimeout(() => reject(new Error('the study did not open within 120 s')), 120_000);
        const observer = new MutationObserver(() => {
          listed ??= [...document.querySelectorAll('.series-card')].some((c) => c.textContent?.includes(`${slices} images`)) ? performance.now() - started : undefined;
          if (!ready && document.querySelector('.viewport[data-state="ready"][data-index="0"]')) {
            ready = true;
            // The stack has the image; it is on screen once the next frame is drawn.
            requestAnimationFrame(() => {
              const drawn = performance.now() - started;
              const finish = (): void => {
                observer.disconnect();
                clearTimeout(timeout);
                resolve({ listed: listed!, drawn });
              };
              if (listed !== undefined) finish();
              else reject(new Error('the image was shown before its series was listed'));
            });
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        open.click();
      }),
    { slices: SLICES, label: 'Open' },
  );
  return { indexSeconds: marks.listed / 1000, firstImageSeconds: marks.drawn / 1000 };
}

/**
 * Scrolls with the arrow keys through `count` images, each press sent in the animation frame in which the previous
 * image is seen shown (the viewer reports an image when the stack has it): the rate at which an operator holding
 * the key sees new images, at most the display's frame rate.
 */
async function scroll(page: Page, count: number, key: 'ArrowDown' | 'ArrowUp'): Promise<number> {
  const milliseconds = await page.evaluate(
    async ({ count, key }) => {
      const viewport = document.querySelector<HTMLElement>('.viewport')!;
      const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const step = key === 'ArrowDown' ? 1 : -1;
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        const target = String(Number(viewport.dataset['index']) + step);
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        const waitedFrom = performance.now();
        // Checked at each animation frame: the frame in which the new image is seen is the one that draws it.
        do {
          await frame();
          if (performance.now() - waitedFrom > 30_000) throw new Error(`image ${target} was not shown within 30 s`);
        } while (viewport.dataset['index'] !== target);
      }
      return performance.now() - start;
    },
    { count, key },
  );
  return (count / milliseconds) * 1000;
}

async function oneRun(browser: Browser, url: string, folder: string): Promise<OpenTimes & ScrollRates> {
  const app = await openAppPage(browser, url, { width: 1920, height: 1080 });
  try {
    const page = app.page;
    const times = await openFolder(page, folder);
    const firstPass = await scroll(page, SLICES - 1, 'ArrowDown');
    const cachedPass = await scroll(page, SLICES - 1, 'ArrowUp');
    if (app.foreignRequests.length > 0) throw new Error(`the app asked for other origins: ${app.foreignRequests.join(', ')}`);
    if (app.problems.length > 0) throw new Error(`the page reported problems: ${app.problems.join('; ')}`);
    return { ...times, firstPass, cachedPass };
  } finally {
    await app.close();
  }
}

/**
 * The app in Debian's Chromium against the browser host (the real engine), opening a folder of a 500-slice
 * 512×512 CT: time to the first image and to the complete index, and the scrolling rate over the whole stack,
 * first through and back. A fresh page and a fresh host each run, so nothing is cached between runs.
 */
export async function runViewerBench(work: string, runs: number): Promise<Row[]> {
  const folder = join(work, 'viewer-ct');
  writeCtSeries(folder, SLICES);
  const results: (OpenTimes & ScrollRates)[] = [];
  const browser = await launchChromium();
  try {
    for (let r = 0; r < runs; r++) {
      const dataDir = join(work, `viewer-data-${r}`);
      mkdirSync(dataDir, { recursive: true });
      const host = await startBrowserHost({ rendererDir: RENDERER_DIST, dataDir, systemLanguage: 'en_GB.UTF-8' });
      try {
        results.push(await oneRun(browser, host.url, folder));
      } finally {
        await host.close();
      }
    }
  } finally {
    await browser.close();
  }
  const m = (pick: (r: OpenTimes & ScrollRates) => number): number => median(results.map(pick));
  return [
    { what: `first image on screen after Open (s; goal under 1 s)`, value: m((r) => r.firstImageSeconds), ratio: (1 / m((r) => r.firstImageSeconds)).toFixed(2) },
    { what: `index complete, ${SLICES} images listed (s; goal under 5 s)`, value: m((r) => r.indexSeconds), ratio: (5 / m((r) => r.indexSeconds)).toFixed(2) },
    { what: `scrolling, first pass through the stack (images/s; goal 30)`, value: m((r) => r.firstPass), ratio: (m((r) => r.firstPass) / 30).toFixed(2) },
    { what: `scrolling back over seen images (images/s; goal 30)`, value: m((r) => r.cachedPass), ratio: (m((r) => r.cachedPass) / 30).toFixed(2) },
  ];
}
