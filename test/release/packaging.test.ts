import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Ajv as AjvClass } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/environment.js';

/**
 * The release configuration, checked here because electron-builder cannot run on a machine without the Electron
 * download: the configuration is valid, the fuses are set, the packaged files include everything the app reads
 * at run time, and the app imports nothing that a package leaves out (devDependencies).
 */
interface BuilderConfig {
  readonly files: readonly string[];
  readonly asar: boolean;
  readonly electronFuses: Record<string, boolean>;
  readonly publish: unknown;
  readonly [key: string]: unknown;
}

const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as BuilderConfig;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** electron-builder's file patterns: `**` any depth, `*` within one name, a leading `!` excludes. */
function globRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/?|\*)/)
    .map((part) => (part === '**/' || part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

function packaged(path: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (globRegExp(pattern.slice(1)).test(path)) included = false;
    } else if (globRegExp(pattern).test(path)) {
      included = true;
    }
  }
  return included;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('the release configuration', () => {
  it('is valid against electron-builder\'s own schema', () => {
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const { $schema: _ignored, ...body } = config;
    expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('flips the fuses that close the binary\'s side doors and does not publish or update itself', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
    expect(config.publish).toBeNull();
  });

  it('packages every file the app reads at run time, and no test page, source map or test', () => {
    const needed = [
      manifest.main,
      'dist/electron/preload.cjs',
      'dist/renderer/app/index.html',
      'assets/fonts/DejaVuSans.ttf',
      'assets/fonts/DejaVuSans-Bold.ttf',
      ...['en', 'fi', 'sv'].flatMap((l) => ['app', 'cli', 'menu', 'risk', 'sheet'].map((n) => `assets/i18n/${l}/${n}.json`)),
    ];
    for (const path of needed) {
      expect(statSync(join(ROOT, path)).isFile(), path).toBe(true);
      expect(packaged(path), path).toBe(true);
    }
    const built = listFiles(join(ROOT, 'dist')).map((p) => relative(ROOT, p).split('\\').join('/'));
    for (const path of built.filter((p) => p.startsWith('dist/main/') || p.startsWith('dist/electron/'))) {
      if (path.endsWith('.js') || path.endsWith('.cjs')) expect(packaged(path), path).toBe(true);
    }
    expect(packaged('dist/renderer/dev/index.html')).toBe(false);
    expect(packaged('dist/main/dicom/readDicomFile.js.map')).toBe(false);
    expect(packaged('test/fixtures/phiCorpus.ts')).toBe(false);
  });

  it('imports at run time only Node, Electron and the runtime dependencies (devDependencies are not packaged)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const allowed = new Set(Object.keys(manifest.dependencies));
    const offending: string[] = [];
    const code = listFiles(join(ROOT, 'dist')).filter((p) => /dist\/(main|electron)\/.*\.c?js$/.test(p.split('\\').join('/')));
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const specifier = match[1] ?? match[2] ?? match[3]!;
        if (specifier.startsWith('.') || builtins.has(specifier) || specifier === 'electron') continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!allowed.has(name)) offending.push(`${relative(ROOT, file)}: ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
