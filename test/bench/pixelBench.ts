import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';
import { median, type Row } from './report.js';

const SIZE = 512;

/** N single-frame 512×512 16-bit CT images (a smooth phantom with noise, as a CT slice compresses). */
function writeCtFrames(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  let seed = 12345;
  const noise = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % 24;
  };
  for (let i = 0; i < count; i++) {
    const pixels = new Array<number>(SIZE * SIZE);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const r = Math.hypot(x - SIZE / 2, (y - SIZE / 2) * 1.2);
        const body = r < 220 ? 1064 + Math.round(40 * Math.sin((x + i) / 17) * Math.cos(y / 23)) : r < 228 ? 2000 : 24;
        pixels[y * SIZE + x] = body + noise();
      }
    }
    const sop = `2.25.77${String(i).padStart(6, '0')}`;
    writeFileSync(
      join(dir, `ct${i}.dcm`),
      encodePart10(
        [
          el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.2'),
          el(0x00080018, 'UI', sop),
          el(0x00080060, 'CS', 'CT'),
          el(0x00100010, 'PN', 'Bench^Patient'),
          el(0x00100020, 'LO', 'BENCH-1'),
          el(0x0020000d, 'UI', '2.25.7700000001'),
          el(0x0020000e, 'UI', '2.25.7700000002'),
          el(0x00200013, 'IS', String(i + 1)),
          el(0x00280002, 'US', [1]),
          el(0x00280004, 'CS', 'MONOCHROME2'),
          el(0x00280010, 'US', [SIZE]),
          el(0x00280011, 'US', [SIZE]),
          el(0x00280030, 'DS', ['0.7', '0.7']),
          el(0x00280100, 'US', [16]),
          el(0x00280101, 'US', [12]),
          el(0x00280102, 'US', [11]),
          el(0x00280103, 'US', [0]),
          el(0x7fe00010, 'OW', pixels),
        ],
        { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
      ),
    );
  }
}

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
  writeCtFrames(native, count);
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
