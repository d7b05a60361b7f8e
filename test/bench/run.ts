/**
 * `npm run bench`: measurements against the reference tools in one run (medians of several runs, and ratios).
 * Not a test: it prints numbers and fails only when a tool it needs is missing.
 *
 * 1. The pydicom corpus exported in one process by `deid export`, against dcmtk's dcmodify given the same profile
 *    on copies of the same files (one run per file with its mapped UIDs; one run over all files; the lighter
 *    38-attribute job: see dcmodifyJobs.ts), and against `cp -r`.
 * 2. A folder of 2,000 real CT files against one dcmodify run with the same edits and `cp -r`, with peak memory.
 * 3. One ~1 GiB multi-frame file exported against `cp`, with the export's peak resident memory.
 * 4. Masking, and masking with a 0.5 reduction, of 512×512 16-bit CT frames (uncompressed, JPEG-LS, JPEG 2000)
 *    against decompress + recompress with the reference tools (pixelBench.ts).
 * 5. The app in Debian's Chromium through the browser host opening a folder of a 500-slice 512×512 CT: first
 *    image, complete index, scrolling rate (viewerBench.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { corpusPath, haveCorpus, ROOT } from '../support/environment.js';
import { planAcceptingRisks } from '../support/plans.js';
import { lightEdits, mappedUidArgs, profileEdits } from './dcmodifyJobs.js';
import { writeLargeMultiFrame } from './largeFile.js';
import { writeManyFiles } from './manyFiles.js';
import { runPixelBench } from './pixelBench.js';
import { runViewerBench } from './viewerBench.js';
import { haveChromium } from '../e2e/support/chromium.js';
import { median, printTable, type Row } from './report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'peitto-bench-'));
const DEID = join(ROOT, 'bin/deid.js');
const MEASURE = join(ROOT, 'test/bench/measureRss.mjs');

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

/**
 * Times dcmodify on a fresh copy of `files` (under `source`); `runs` gives each run's arguments for the copy's
 * files (one run over all of them, or one per file).
 */
function timeDcmodify(source: string, files: readonly string[], name: string, runs: (targets: readonly string[]) => string[][]): number {
  const copy = join(work, name);
  cpSync(source, copy, { recursive: true });
  const commands = runs(files.map((f) => join(copy, relative(source, f))));
  const seconds = time(() => {
    for (const args of commands) spawnSync('dcmodify', ['-nb', '-ie', '-imt', ...args], { stdio: 'ignore' });
  });
  rmSync(copy, { recursive: true, force: true });
  return seconds;
}

function corpusBench(): Row[] {
  const source = join(work, 'corpus');
  cpSync(corpusPath(), source, { recursive: true });
  const files = dicomFiles(source);
  const edits = profileEdits();
  const uidArgs = mappedUidArgs(files);
  const ours: number[] = [];
  const sheet: number[] = [];
  const perFile: number[] = [];
  const oneRun: number[] = [];
  const light: number[] = [];
  const cp: number[] = [];
  const dcmodify = (name: string, runs: (targets: readonly string[]) => string[][]): number => timeDcmodify(source, files, name, runs);
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, `deid-${i}`);
    let phases: Record<string, number> = {};
    ours.push(time(() => (phases = deidExport([source, '--out', out]).timings)));
    sheet.push((phases.assessment ?? 0) / 1000);
    rmSync(out, { recursive: true, force: true });
    perFile.push(dcmodify(`dcmodify-file-${i}`, (targets) => targets.map((t, f) => [...edits.args, ...uidArgs[f]!, t])));
    oneRun.push(dcmodify(`dcmodify-one-${i}`, (targets) => [[...edits.args, '-gst', '-gse', '-gin', ...targets]]));
    light.push(dcmodify(`dcmodify-light-${i}`, (targets) => [[...lightEdits(), '-gst', '-gse', '-gin', ...targets]]));
    const plain = join(work, `cp-${i}`);
    cp.push(time(() => execFileSync('cp', ['-r', source, plain])));
    rmSync(plain, { recursive: true, force: true });
  }
  const m = median(ours);
  const row = (what: string, values: readonly number[]): Row => ({ what, value: median(values), ratio: (median(values) / m).toFixed(2) });
  const job = `E.1-1: ${edits.erased} erased, ${edits.modified} modified, private erased`;
  return [
    { what: `pydicom corpus (${files.length} files): deid export in one process (incl. verification, assessment)`, value: m, ratio: '1.00' },
    { what: '  of which assessment.json + assessment.pdf', value: median(sheet), ratio: '' },
    row(`dcmodify, one run per file with its mapped UIDs (${job})`, perFile),
    row('dcmodify, one run over all files, same edits (random UIDs per file split studies)', oneRun),
    row('dcmodify, one run over all files, 38 attributes erased + private, random UIDs', light),
    row('cp -r', cp),
  ];
}

/** A folder of 2,000 real CT files: deid against one dcmodify run over all of them with the same edits, and cp. */
function manyFilesBench(): Row[] {
  const source = join(work, 'many');
  const files = writeManyFiles(corpusPath('test_files', 'CT_small.dcm'), source, 2000);
  const edits = profileEdits();
  const runs = Math.min(RUNS, 3);
  const ours: number[] = [];
  const rss: number[] = [];
  const oneRun: number[] = [];
  const cp: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `many-out-${i}`);
    let peak = 0;
    ours.push(time(() => (peak = Number(/maxRSS=(\d+)/.exec(deidExport([source, '--out', out], [MEASURE]).stderr)?.[1] ?? 0))));
    rss.push(peak / 1024);
    rmSync(out, { recursive: true, force: true });
    oneRun.push(timeDcmodify(source, files, `many-dcmodify-${i}`, (targets) => [[...edits.args, '-gst', '-gse', '-gin', ...targets]]));
    const plain = join(work, `many-cp-${i}`);
    cp.push(time(() => execFileSync('cp', ['-r', source, plain])));
    rmSync(plain, { recursive: true, force: true });
  }
  const m = median(ours);
  return [
    { what: `${files.length} CT files (CT_small.dcm, 39 KB each): deid export in one process; peak RSS ${median(rss).toFixed(0)} MiB`, value: m, ratio: '1.00' },
    { what: 'dcmodify, one run over all files, the same E.1-1 edits', value: median(oneRun), ratio: (median(oneRun) / m).toFixed(2) },
    { what: 'cp -r', value: median(cp), ratio: (median(cp) / m).toFixed(2) },
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
  // BENCH_PARTS=corpus,large runs only those parts (all five by default).
  const parts = new Set((process.env.BENCH_PARTS ?? 'corpus,many,large,pixels,viewer').split(','));
  try {
    if (parts.has('corpus')) printTable('Export of the pydicom corpus (seconds)', corpusBench());
    if (parts.has('many')) printTable('Export of a folder of many files (seconds)', manyFilesBench());
    if (parts.has('large')) printTable('Export of one large multi-frame file (seconds)', largeFileBench());
    if (parts.has('pixels')) printTable('Pixel work on 512×512 16-bit CT frames (images per second; ratio = deid / reference)', runPixelBench(work, RUNS, deidExport));
    if (parts.has('viewer')) printTable('The app opening a 500-slice 512×512 CT folder, Chromium + browser host (ratio = goal met when 1 or more)', await runViewerBench(work, 3));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
