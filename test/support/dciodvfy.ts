import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

/** dciodvfy's errors, with values (UIDs, dates) blanked so that a renamed value is not a new error. */
export function dciodvfyErrors(file: string): string[] {
  const run = spawnSync('dciodvfy', [file], { encoding: 'latin1' });
  return `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((l) => l.startsWith('Error'))
    .map((l) => l.replace(/<[^>]*>/g, '<v>').replace(/\b\d+(\.\d+){2,}\b/g, 'UID').replace(/(InstanceUID) \S+$/, '$1 UID'));
}

/** The errors a source already has: dciodvfy reads dcmtk's Explicit VR LE copy (it cannot read deflate), made in `workDir`. */
export function sourceErrors(file: string, workDir: string): string[] {
  const copy = join(workDir, `baseline-${basename(file)}`);
  const converted = spawnSync('dcmconv', ['+te', file, copy]).status === 0;
  return dciodvfyErrors(converted ? copy : file);
}

/** Errors of `output` that `source` did not already have, each counted once per occurrence in the source. */
export function addedErrors(source: string, output: string, workDir: string): string[] {
  const before = new Map<string, number>();
  for (const error of sourceErrors(source, workDir)) before.set(error, (before.get(error) ?? 0) + 1);
  const added: string[] = [];
  for (const error of dciodvfyErrors(output)) {
    const n = before.get(error) ?? 0;
    if (n === 0) added.push(error);
    else before.set(error, n - 1);
  }
  return added;
}
