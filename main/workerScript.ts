import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './packageRoot.js';

/**
 * The compiled script of a worker thread, or undefined where workers cannot run it: beside the calling module when
 * that is compiled JavaScript, else the built copy in dist/main (tests run the TypeScript sources), and never from
 * inside an Electron asar archive, which a worker thread cannot load.
 */
export function workerScript(besideCaller: URL, ...distPath: readonly string[]): string | undefined {
  const candidates = [fileURLToPath(besideCaller), join(packageRoot(), 'dist', 'main', ...distPath)];
  return candidates.find((path) => existsSync(path) && !path.includes(`.asar${sep}`));
}
