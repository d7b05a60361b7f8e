import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); PEITTO_CHROMIUM points elsewhere if needed. */
export const CHROMIUM_PATH = process.env['PEITTO_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Flags for a headless Chromium in a container: no sandbox (no user namespaces there), no GPU process, and no
 * background traffic (component updates, safe browsing), so that every request the tests see is the page's.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * Whether Chromium is there. Under CI (CI=true) its absence fails the run; elsewhere the suite is skipped with
 * a message that says how to install it.
 */
export function haveChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set PEITTO_CHROMIUM)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`SKIPPED: viewer end-to-end tests: ${message}`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
