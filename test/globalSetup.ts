import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Fetches the real-data corpus once per run (scripts/fetch-test-data.sh) before any test reads it. */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  if (existsSync(join(root, 'test/.cache/pydicom/.complete'))) return;
  try {
    execFileSync('bash', [join(root, 'scripts/fetch-test-data.sh')], { stdio: 'inherit' });
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn('Real-data tests will be skipped: the pydicom corpus could not be fetched.');
  }
}
