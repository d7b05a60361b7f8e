import './devWindow.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { decodePng, type Raster } from './decodePng.js';
import { ARTIFACTS } from './paths.js';
import type { StaticServer } from './staticServer.js';
import { openWatchedPage } from './watchedPage.js';

export interface ViewerPageOptions {
  /** Server paths of the DICOM files to stack ('/data/pydicom/CT_small.dcm'). */
  files: readonly string[];
  backend?: 'auto' | 'gpu' | 'cpu';
  interpolation?: 'linear' | 'nearest';
  tool?: string;
  size?: [number, number];
  index?: number;
  /** The browser window's CSS size; default 900 × 900. */
  window?: [number, number];
  /** devicePixelRatio of the page (display scaling: 2 is a 4K screen at 200 %); default 1. */
  deviceScaleFactor?: number;
}

export interface ViewerPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page or its workers asked for, and those that were not the server's (blocked). */
  requests: string[];
  foreignRequests: string[];
  /** Console errors, uncaught exceptions and CSP violations seen by the page. */
  problems: string[];
  /** The viewport element's position on the page now, to turn canvas coordinates into mouse positions. */
  box(): Promise<{ x: number; y: number; width: number; height: number }>;
  /** A screenshot of the viewer (what the operator sees), decoded; saved under test/artifacts when named. */
  capture(name?: string): Promise<Raster>;
  close(): Promise<void>;
}


export async function openViewerPage(browser: Browser, server: StaticServer, options: ViewerPageOptions): Promise<ViewerPage> {
  const [width, height] = options.window ?? [900, 900];
  const watched = await openWatchedPage(browser, server.origin, { viewport: { width, height }, deviceScaleFactor: options.deviceScaleFactor ?? 1 });
  const { collectViolations, ...recorded } = watched;
  const { page, context } = recorded;

  const query = new URLSearchParams();
  for (const file of options.files) query.append('url', file);
  if (options.backend) query.set('backend', options.backend);
  if (options.interpolation) query.set('interpolation', options.interpolation);
  if (options.tool) query.set('tool', options.tool);
  if (options.size) query.set('size', `${options.size[0]}x${options.size[1]}`);
  if (options.index !== undefined) query.set('index', String(options.index));
  await page.goto(`${server.origin}/app/dev/index.html?${query}`);
  await page.waitForFunction(() => window.peittoDev !== undefined && window.peittoDev.state !== 'loading', undefined, { timeout: 60_000 });
  const state = await page.evaluate(() => ({ state: window.peittoDev.state, error: window.peittoDev.error }));
  if (state.state !== 'ready') throw new Error(`viewer failed to load ${options.files.join(', ')}: ${state.error}`);
  await settle(page);
  const viewport = page.locator('.dev-viewport');

  return {
    ...recorded,
    async box() {
      const box = await viewport.boundingBox();
      if (!box) throw new Error('viewer element has no box');
      return box;
    },
    async capture(name) {
      await settle(page);
      const png = await viewport.screenshot({ animations: 'disabled' });
      if (name) {
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, `${name}.png`), png);
      }
      await collectViolations();
      return decodePng(png);
    },
    close: () => context.close(),
  };
}

/** Waits until Cornerstone has had two animation frames to render what was last asked of it. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
