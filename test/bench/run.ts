/**
 * `npm run bench`: measurements against the reference tools in one run (medians of several runs, and ratios).
 * Not a test: it prints numbers and fails only when a tool it needs is missing.
 *
 * 1. The pydicom corpus exported in one process by `deid export`, against dcmtk's dcmodify doing comparable
 *    de-identification work (erase the common identifying attributes and private data, new study/series/instance
 *    UIDs) on copies of the same files in one process, and against `cp -r`.
 * 2. One ~1 GiB multi-frame file exported against `cp`, with the export's peak resident memory.
 * 3. Masking, and masking with a 0.5 reduction, of 512×512 16-bit CT frames (uncompressed, JPEG-LS, JPEG 2000)
 *    against decompress + recompress with the reference tools (pixelBench.ts).
 * 4. The app in Debian's Chromium through the browser host opening a folder of a 500-slice 512×512 CT: first
 *    image, complete index, scrolling rate (viewerBench.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusPath, haveCorpus, ROOT } from '../support/environment.js';
import { planAcceptingRisks } from '../support/plans.js';
import { writeLargeMultiFrame } from './largeFile.js';
import { runPixelBench } from './pixelBench.js';
import { runViewerBench } from './viewerBench.js';
import { haveChromium } from '../e2e/support/chromium.js';
import { median, printTable, type Row } from './report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'peitto-bench-'));
const DEID = join(ROOT, 'bin/deid.js');
const MEASURE = join(ROOT, 'test/bench/measureRss.mjs');

/** Identifying attributes dcmodify erases: the common top-level rows of PS3.15 Table E.1-1. */
const ERASE = [
  '0010,0030', '0010,1010', '0010,1040', '0010,2154', '0010,1000', '0010,1001', '0008,0050', '0008,0080', '0008,0081',
  '0008,0090', '0008,1010', '0008,1030', '0008,103E', '0008,1048', '0008,1050', '0008,1060', '0008,1070', '0018,1000',
  '0018,1030', '0020,0010', '0020,4000', '0032,1032', '0038,0010', '0040,0244', '0040,0253', '0040,0254', '0008,0020',
  '0008,0021', '0008,0022', '0008,0023', '0008,0030', '0008,0031', '0008,0032', '0008,0033', '0008,0012', '0008,0013',
];

function dicomFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...dicomFiles(path));
    else if (!/\.(txt|json|py|md|dump|gz)$|README|\.complete$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * The plan every timed export runs with: the guideline profile with every risk decided, as an operator would
 * answer them. Without it the corpus's flagged objects would stop the export before anything is written, and the
 * benchmark would time a refusal.
 */
const PLAN = join(work, 'bench-plan.json');
writeFileSync(PLAN, JSON.stringify(planAcceptingRisks()));

/** Runs deid export and fails the benchmark unless it wrote the export (exit 0, or 1 for refused objects). */
export function deidExport(args: readonly string[], wrapper: readonly string[] = []): { stderr: string; timings: Record<string, number> } {
  const out = args[args.indexOf('--out') + 1]!;
  const command = [...wrapper, DEID, 'export', ...args, ...(args.includes('--plan') ? [] : ['--plan', PLAN]), '--json'];
  const r = spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if ((r.status !== 0 && r.status !== 1) || !existsSync(join(out, 'manifest.csv'))) {
    throw new Error(`deid export ${args.join(' ')} did not complete (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  }
  return { stderr: r.stderr, timings: (JSON.parse(r.stdout) as { timingsMs: Record<string, number> }).timingsMs };
}

/**
 * Times one command. The file system's dirty pages are written out first, so that no command pays for writing back
 * what the one before it wrote (a 1 GiB output left in the page cache slows the next writer by up to 3x here).
 */
function time(run: () => void): number {
  execFileSync('sync');
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function corpusBench(): Row[] {
  const source = join(work, 'corpus');
  cpSync(corpusPath(), source, { recursive: true });
  const files = dicomFiles(source).length;
  const ours: number[] = [];
  const withoutSheet: number[] = [];
  const sheet: number[] = [];
  const dcmodify: number[] = [];
  const cp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, `deid-${i}`);
    let phases: Record<string, number> = {};
    ours.push(time(() => (phases = deidExport([source, '--out', out]).timings)));
    sheet.push((phases.assessment ?? 0) / 1000);
    withoutSheet.push(ours.at(-1)! - (phases.assessment ?? 0) / 1000);
    rmSync(out, { recursive: true, force: true });

    const copy = join(work, `dcmodify-${i}`);
    cpSync(source, copy, { recursive: true });
    const targets = dicomFiles(copy);
    const args = ['-nb', '-ie', '-imt', '-ep', '-gst', '-gse', '-gin', '-m', '(0010,0010)=ANON', '-m', '(0010,0020)=ANON', ...ERASE.flatMap((t) => ['-ea', `(${t})`])];
    dcmodify.push(time(() => spawnSync('dcmodify', [...args, ...targets], { stdio: 'ignore' })));
    rmSync(copy, { recursive: true, force: true });

    const plain = join(work, `cp-${i}`);
    cp.push(time(() => execFileSync('cp', ['-r', source, plain])));
    rmSync(plain, { recursive: true, force: true });
  }
  const m = median(ours);
  return [
    { what: `pydicom corpus (${files} files): deid export (index, de-identify, write, verify, assessment)`, value: m, ratio: '1.00' },
    { what: '  of which assessment.json + assessment.pdf', value: median(sheet), ratio: '' },
    { what: `  deid export without the assessment phase (dcmodify / this = ${(median(dcmodify) / median(withoutSheet)).toFixed(2)})`, value: median(withoutSheet), ratio: '' },
    { what: 'pydicom corpus: dcmodify (erase 38 attributes + private, new UIDs), one process', value: median(dcmodify), ratio: (median(dcmodify) / m).toFixed(2) },
    { what: 'pydicom corpus: cp -r', value: median(cp), ratio: (median(cp) / m).toFixed(2) },
  ];
}

function largeFileBench(): Row[] {
  const dir = join(work, 'large');
  mkdirSync(dir);
  const file = writeLargeMultiFrame(join(dir, 'cine.dcm'));
  const size = statSync(file).size;
  const ours: number[] = [];
  const rss: number[] = [];
  const cp: number[] = [];
  // One untimed round first: on this kind of VM the first gigabyte written after a while stalls for seconds
  // (memory being reclaimed), whichever program writes it; the timed rounds then compare like with like.
  deidExport([dir, '--out', join(work, 'large-warm-up')]);
  rmSync(join(work, 'large-warm-up'), { recursive: true, force: true });
  execFileSync('cp', [file, join(work, 'large-warm-up.dcm')]);
  rmSync(join(work, 'large-warm-up.dcm'));
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, `large-out-${i}`);
    let peak = 0;
    ours.push(
      time(() => {
        const r = deidExport([dir, '--out', out], [MEASURE]);
        peak = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? 0);
      }),
    );
    rss.push(peak / 1024);
    rmSync(out, { recursive: true, force: true });
    cp.push(time(() => execFileSync('cp', [file, join(work, `large-cp-${i}.dcm`)])));
    rmSync(join(work, `large-cp-${i}.dcm`));
  }
  const m = median(ours);
  return [
    { what: `${(size / 2 ** 30).toFixed(2)} GiB multi-frame: deid export (incl. verification); peak RSS ${median(rss).toFixed(0)} MiB`, value: m, ratio: '1.00' },
    { what: `${(size / 2 ** 30).toFixed(2)} GiB multi-frame: cp (deid / cp = ${(m / median(cp)).toFixed(2)}×)`, value: median(cp), ratio: (median(cp) / m).toFixed(2) },
  ];
}

async function main(): Promise<void> {
  if (!haveCorpus()) throw new Error('the pydicom corpus is missing: run npm run setup');
  execFileSync('sh', ['-c', 'command -v dcmodify dcmcjpls dcmdjpls gdcmconv'], { stdio: 'ignore' });
  if (!haveChromium()) throw new Error('Chromium is missing (the viewer benchmark drives it): run npm run setup');
  console.log(`Peitto benchmark: ${RUNS} runs each, medians in seconds; ratio = other / deid (above 1: deid is faster)\n`);
  // BENCH_PARTS=corpus,large runs only those parts (all four by default).
  const parts = new Set((process.env.BENCH_PARTS ?? 'corpus,large,pixels,viewer').split(','));
  try {
    if (parts.has('corpus')) printTable('Export of the pydicom corpus (seconds)', corpusBench());
    if (parts.has('large')) printTable('Export of one large multi-frame file (seconds)', largeFileBench());
    if (parts.has('pixels')) printTable('Pixel work on 512×512 16-bit CT frames (images per second; ratio = deid / reference)', runPixelBench(work, RUNS, deidExport));
    if (parts.has('viewer')) printTable('The app opening a 500-slice 512×512 CT folder, Chromium + browser host (ratio = goal met when 1 or more)', await runViewerBench(work, 3));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
