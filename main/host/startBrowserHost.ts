import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../packageRoot.js';
import { startBrowserHost } from './browserHost.js';

/**
 * `npm run start:browser`: serves the app to a browser on this machine (127.0.0.1) from the real engine. The
 * printed address carries the session token; without it the host answers nothing.
 */
const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
});
const rendererDir = join(packageRoot(), 'dist', 'renderer');
if (!existsSync(join(rendererDir, 'app', 'index.html'))) {
  process.stderr.write('The app is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
const dataDir = values['data-dir'] ?? join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'peitto');
const host = await startBrowserHost({
  rendererDir,
  dataDir,
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(process.env.LANG ? { systemLanguage: process.env.LANG } : {}),
});
process.stdout.write(`Peitto is served to this machine only at:\n  ${host.url}\nPress Ctrl+C to stop.\n`);
const stop = (): void => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
