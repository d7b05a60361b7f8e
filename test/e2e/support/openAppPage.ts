import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ARTIFACTS } from './paths.js';
import { openWatchedPage, type WatchedPage } from './watchedPage.js';

export interface AppPage extends Omit<WatchedPage, 'collectViolations'> {
  /** Saves a screenshot of the whole window as test/artifacts/<name>.png, and collects CSP violations. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The app page of a browser host, in a window of the smallest size the app supports (1366×768), with every
 * request recorded: anything not to the host's own origin is blocked and reported.
 */
export async function openAppPage(browser: Browser, url: string, viewport = { width: 1366, height: 768 }): Promise<AppPage> {
  const watched = await openWatchedPage(browser, new URL(url).origin, { viewport, deviceScaleFactor: 1 });
  const { collectViolations, ...recorded } = watched;
  const { page, context } = recorded;
  await page.goto(url);
  return {
    ...recorded,
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, `${name}.png`), await page.screenshot({ animations: 'disabled' }));
      await collectViolations();
    },
    close: () => context.close(),
  };
}
