#!/usr/bin/env node
// Runs Doyensec's Electronegativity on the Electron shell and the built pages, and fails on any finding (the tool
// itself always exits 0, so its SARIF report is read here). The pages are included so that the tool sees the
// Content-Security-Policy the build writes into them. Run after `npm run build`.
//
// One check is excluded, with this reason: PRELOAD_JS_CHECK reports the mere presence of a preload ("review the
// use of preload scripts"). A sandboxed renderer cannot reach the engine without one; Peitto's preload
// (electron/preload.cts) exposes only the named methods of the typed contract, validated again in the main
// process against the contract and the sender, and it has been reviewed for that.
// The checks that compare the Electron version with the latest releases need the network; offline they report
// that they could not fetch the list and find nothing, which is why the version is passed explicitly (-e).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const pages = ['app', 'dev'].map((page) => join(root, 'dist/renderer', page, 'index.html'));
for (const page of pages) {
  if (!existsSync(page)) {
    process.stderr.write(`${page} is missing: run \`npm run build\` first.\n`);
    process.exit(2);
  }
}
const work = mkdtempSync(join(tmpdir(), 'peitto-electronegativity-'));
try {
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
  for (const page of pages) {
    const target = join(work, 'pages', page.split('/').at(-2));
    mkdirSync(target, { recursive: true });
    copyFileSync(page, join(target, 'index.html'));
  }
  const report = join(work, 'report.sarif');
  execFileSync(
    join(root, 'node_modules/.bin/electronegativity'),
    ['-i', work, '-e', electronVersion, '-x', 'PreloadJSCheck', '-r', '-o', report],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  const sarif = JSON.parse(readFileSync(report, 'utf8'));
  const findings = sarif.runs.flatMap((run) => run.results ?? []);
  if (findings.length > 0) {
    const lines = findings.map((f) => {
      const where = f.locations?.[0]?.physicalLocation;
      return `  ${f.ruleId} ${where?.artifactLocation?.uri ?? ''}:${where?.region?.startLine ?? ''} ${f.message?.text ?? ''}`;
    });
    process.stderr.write(`Electronegativity found ${findings.length} issue(s):\n${lines.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`Electronegativity (Electron ${electronVersion}): no findings in electron/ and the built pages.\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
