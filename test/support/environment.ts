import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PYDICOM_DIR = join(ROOT, 'test/.cache/pydicom');
export const IN_CI = Boolean(process.env.CI);

const found = new Map<string, boolean>();
function onPath(tool: string): boolean {
  let ok = found.get(tool);
  if (ok === undefined) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      ok = true;
    } catch {
      ok = false;
    }
    found.set(tool, ok);
  }
  return ok;
}

/**
 * Whether tests that need these reference tools (Debian packages installed by `.ci/run` and the README's install
 * command) can run. Outside CI a missing tool skips those tests with a message naming the package; under CI
 * (CI=true) nothing may skip, so a missing tool fails the run.
 */
export function haveTools(...tools: string[]): boolean {
  const missing = tools.filter((t) => !onPath(t));
  if (missing.length === 0) return true;
  const message = `reference tools missing: ${missing.join(', ')} (apt-get install dcmtk dicom3tools libgdcm-tools poppler-utils)`;
  if (IN_CI) throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return false;
}

/** Whether the pydicom corpus (scripts/fetch-test-data.sh) is present; under CI its absence is an error. */
export function haveCorpus(): boolean {
  if (existsSync(join(PYDICOM_DIR, '.complete'))) return true;
  const message = 'the pydicom test corpus is missing (bash scripts/fetch-test-data.sh)';
  if (IN_CI) throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return false;
}

/** Every file below a folder, sorted, recursively. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

export const corpusPath = (...parts: string[]): string => join(PYDICOM_DIR, ...parts);
