#!/usr/bin/env node
// The `deid` command: runs the compiled engine as one bundled module (built by `npm install`, which runs
// `npm run build`; see scripts/bundle-cli.mjs).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/deid.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('deid: the engine is not built yet; run `npm install` (or `npm run build`) in the Peitto folder first.\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
