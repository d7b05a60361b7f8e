import { randomBytes } from 'node:crypto';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a small file under a temporary name and renames it, so a reader never sees half of it. */
export function writeFileAtomic(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.partial`);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: 0o644 });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    throw error;
  }
  return path;
}
