import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../export/writeFileAtomic.js';

/**
 * Small JSON files the workstation keeps between sessions, in its own data folder (never in an export):
 * recently opened inputs, the language, the autosaved plan, and the department's saved mask rules.
 */
export class SettingsStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  read<T>(name: string, fallback: T): T {
    try {
      return JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as T;
    } catch {
      return fallback;
    }
  }

  write(name: string, value: unknown): void {
    writeFileAtomic(this.dir, name, `${JSON.stringify(value, null, 2)}\n`);
  }

  path(name: string): string {
    return join(this.dir, name);
  }
}
