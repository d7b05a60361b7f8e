#!/usr/bin/env node
// `npm start`: launches the desktop app with the Electron binary from node_modules/electron. Where that binary
// is not installed (it is downloaded from outside the npm registry, which offline and CI machines cannot reach),
// it says so plainly and offers the loopback browser host instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

/** The Electron executable, or undefined when its binary was never downloaded. */
export function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const binary = electronBinary();
  if (!binary) {
    process.stdout.write(
      [
        'The Electron binary is not installed on this machine (node_modules/electron has no dist/).',
        'It is downloaded from outside the npm registry; see README "Building a release" for an offline cache.',
        '',
        'To use Peitto here, start the browser host and open the address it prints in a browser on this machine:',
        '  npm run start:browser',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  if (!existsSync(join(root, 'dist', 'electron', 'app.js')) || !existsSync(join(root, 'dist', 'renderer', 'app', 'index.html'))) {
    process.stderr.write('The app is not built yet: run `npm run build` first.\n');
    process.exit(2);
  }
  const child = spawn(binary, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
