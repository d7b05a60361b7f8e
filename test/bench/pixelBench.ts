import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CT_SIZE, writeCtSeries } from './ctSeries.js';
import { median, type Row } from './report.js';

const SIZE = CT_SIZE;

function eachFile(dir: string, run: (file: string, i: number) => void): void {
  readdirSync(dir)
    .sort()
    .forEach((name, i) => run(join(dir, name), i));
}

/** A copy of a folder with every file converted by a command (e.g. dcmcjpls in out). */
function convertFolder(from: string, to: string, command: (input: string, output: string) => [string, string[]]): void {
  mkdirSync(to, { recursive: true });
  eachFile(from, (file, i) => {
    const [tool, args] = command(file, join(to, `f${i}.dcm`));
    execFileSync(tool, args, { stdio: 'ignore' });
  });
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/**
 * Images per second for masking, and masking with a 0.5 reduction, of 512×512 16-bit CT frames stored
 * uncompressed, in JPEG-LS and in JPEG 2000, against the reference tools' decompress + recompress of the same
 * files: dcmcjpls/dcmdjpls (dcmtk) for native and JPEG-LS, gdcmconv --raw/--j2k for JPEG 2000 (dcmtk has no
 * JPEG 2000 codec).
 */
export function runPixelBench(work: string, runs: number, deidExport: (args: readonly string[]) => unknown, count = 40): Row[] {
  const native = join(work, 'px-native');
  const jpegLs = join(work, 'px-jpegls');
  const j2k = join(work, 'px-j2k');
  writeCtSeries(native, count);
  convertFolder(native, jpegLs, (i, o) => ['dcmcjpls', [i, o]]);
  convertFolder(native, j2k, (i, o) => ['gdcmconv', ['--j2k', i, o]]);
  const maskPlan = join(work, 'px-mask.json');
  const scalePlan = join(work, 'px-mask-scale.json');
  const mask = { rule: { modality: 'CT', rows: SIZE, columns: SIZE }, shapes: [{ type: 'rectangle', x: 0, y: 0, width: 512, height: 40, category: 'burned-in-text' }] };
  writeFileSync(maskPlan, JSON.stringify({ version: 1, masks: [mask] }));
  writeFileSync(scalePlan, JSON.stringify({ version: 1, masks: [mask], resolution: { scale: 0.5 } }));

  const rows: Row[] = [];
  const kinds: { name: string; dir: string; encoding: string; reference: (i: string, o: string) => [string, string[]][]; referenceName: string }[] = [
    {
      name: 'uncompressed',
      dir: native,
      encoding: 'explicit-little',
      reference: (i, o) => [['dcmcjpls', [i, `${o}.ls`]], ['dcmdjpls', [`${o}.ls`, o]]],
      referenceName: 'dcmcjpls + dcmdjpls',
    },
    {
      name: 'JPEG-LS',
      dir: jpegLs,
      encoding: 'jpeg-ls-lossless',
      reference: (i, o) => [['dcmdjpls', [i, `${o}.raw`]], ['dcmcjpls', [`${o}.raw`, o]]],
      referenceName: 'dcmdjpls + dcmcjpls',
    },
    {
      name: 'JPEG 2000',
      dir: j2k,
      encoding: 'explicit-little',
      reference: (i, o) => [['gdcmconv', ['--raw', i, `${o}.raw`]], ['gdcmconv', ['--j2k', `${o}.raw`, o]]],
      referenceName: 'gdcmconv --raw + --j2k',
    },
  ];
  for (const kind of kinds) {
    const withEncoding = (plan: string): string => {
      const path = `${plan}.${kind.name.replace(/\W/g, '')}.json`;
      const doc = JSON.parse(execFileSync('cat', [plan], { encoding: 'utf8' })) as object;
      writeFileSync(path, JSON.stringify({ ...doc, output: { pixelEncoding: kind.encoding } }));
      return path;
    };
    const timed = (plan: string): number[] =>
      Array.from({ length: runs }, (_, r) => {
        const out = join(work, `px-out-${kind.name.replace(/\W/g, '')}-${r}`);
        const t = seconds(() => deidExport([kind.dir, '--out', out, '--plan', withEncoding(plan)]));
        rmSync(out, { recursive: true, force: true });
        return t;
      });
    const referenceTimes = Array.from({ length: runs }, (_, r) => {
      const out = join(work, `px-ref-${r}`);
      mkdirSync(out, { recursive: true });
      const t = seconds(() =>
        eachFile(kind.dir, (file, i) => {
          for (const [tool, args] of kind.reference(file, join(out, `f${i}.dcm`))) execFileSync(tool, args, { stdio: 'ignore' });
        }),
      );
      rmSync(out, { recursive: true, force: true });
      return t;
    });
    const ref = count / median(referenceTimes);
    const masked = count / median(timed(maskPlan));
    const scaled = count / median(timed(scalePlan));
    rows.push(
      { what: `${kind.name}: deid export, mask only (images/s, incl. start-up and verification)`, value: masked, ratio: (masked / ref).toFixed(2) },
      { what: `${kind.name}: deid export, mask + scale 0.5 (images/s)`, value: scaled, ratio: (scaled / ref).toFixed(2) },
      { what: `${kind.name}: ${kind.referenceName}, one process per file (images/s)`, value: ref, ratio: '1.00' },
    );
  }
  return rows;
}
