import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** The default location of the local pseudonymisation key: outside any export, in the user's config folder. */
export function defaultKeyFile(): string {
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'peitto', 'pseudonym.key');
}

export class KeyFileError extends Error {}

/**
 * Reads the secret key for pseudonymous mode, creating a random 256-bit key (readable by the owner only) when
 * the file does not exist yet. The key must never be inside the export folder: the recipient would hold it.
 */
export function loadOrCreateKey(path: string, exportDir: string): Buffer {
  const rel = relative(resolve(exportDir), resolve(path));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    throw new KeyFileError(`${path}: the pseudonymisation key may not be inside the export folder`);
  }
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  const text = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{32,}$/i.test(text)) {
    throw new KeyFileError(`${path}: not a Peitto key file (expected at least 32 hexadecimal digits)`);
  }
  return Buffer.from(text, 'hex');
}
