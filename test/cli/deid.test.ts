import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { stringValue } from '../../main/dicom/values.js';
import { runExport } from '../../main/export/runExport.js';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';
import { corpusPath, haveCorpus, listFiles, ROOT } from '../support/environment.js';
import { planAcceptingRisks } from '../support/plans.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(work, `d${++n}`);

function deid(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/deid.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A small folder with one clean CT image from the corpus. */
function ctFolder(): string {
  const dir = fresh();
  mkdirSync(dir);
  copyFileSync(corpusPath('test_files', 'CT_small.dcm'), join(dir, 'ct.dcm'));
  return dir;
}

describe('the deid command line', () => {
  it('prints its version and usage; a missing command is a usage error (exit 2)', () => {
    expect(deid('--version').stdout).toMatch(/^deid \(Peitto\) \d+\.\d+\.\d+/);
    expect(deid('help').code).toBe(0);
    const none = deid();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('export <file-or-folder>');
    expect(deid('frobnicate').code).toBe(2);
  });

  it('needs --out, and refuses an output folder that is not empty (exit 2, nothing written)', () => {
    const src = fresh();
    mkdirSync(src);
    const noOut = deid('export', src);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const out = fresh();
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'x');
    const r = deid('export', src, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('new or empty');
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });

  it('names the field of a plan error (exit 2) and publishes the plan schema', () => {
    const plan = join(work, 'bad-plan.json');
    writeFileSync(plan, JSON.stringify({ version: 1, profile: { cleanDescriptors: 'yes', removeEverything: true } }));
    const r = deid('export', work, '--out', fresh(), '--plan', plan);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('profile.cleanDescriptors: must be boolean');
    expect(r.stderr).toContain("must NOT have additional properties 'removeEverything'");
    writeFileSync(plan, '{ not json');
    expect(deid('plan', '--check', plan).stderr).toContain('not valid JSON');
    const schema = JSON.parse(deid('plan', '--schema').stdout) as { title: string; properties: object };
    expect(schema.title).toContain('plan');
    expect(Object.keys(schema.properties)).toContain('profile');
  });

  it.runIf(haveCorpus())('exports a clean study with exit 0, and reports in JSON for machines', () => {
    const out = fresh();
    const r = deid('export', ctFolder(), '--out', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { exported: { file: string }[]; verification: { passed: boolean } };
    expect(summary.exported.map((e) => e.file)).toEqual(['S0001/SE0001/IM0001.dcm']);
    expect(summary.verification.passed).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['S0001', 'assessment.json', 'assessment.pdf', 'manifest.csv']);
  });

  it('refuses objects whose content cannot be checked, naming each on stderr, with exit 1', () => {
    const dir = fresh();
    mkdirSync(dir);
    const pdf = encodePart10(
      [el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.104.1'), el(0x00080018, 'UI', '1.2.3.4.99'), el(0x00420011, 'OB', new TextEncoder().encode('%PDF-1.4 Virtanen'))],
      { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
    );
    writeFileSync(join(dir, 'report.dcm'), pdf);
    const privateClass = encodePart10(
      [el(0x00080016, 'UI', '1.3.12.2.1107.5.9.1'), el(0x00080018, 'UI', '1.2.3.4.98')],
      { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
    );
    writeFileSync(join(dir, 'csa.dcm'), privateClass);
    // A dictation: the samples are speech, which may say the patient's name.
    const voice = encodePart10(
      [el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.9.4.1'), el(0x00080018, 'UI', '1.2.3.4.97'), el(0x00100010, 'PN', 'Virtanen^Matti')],
      { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
    );
    writeFileSync(join(dir, 'dictation.dcm'), voice);
    const r = deid('export', dir, '--out', fresh());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused: .*dictation\.dcm \(Basic Voice Audio Waveform Storage\): An audio recording, which cannot be checked/);
    expect(r.stderr).toMatch(/refused: .*report\.dcm \(Encapsulated PDF Storage\): An encapsulated PDF document/);
    expect(r.stderr).toMatch(/refused: .*csa\.dcm \(1\.3\.12\.2\.1107\.5\.9\.1\): Its SOP class is private/);
  });

  it('prints the assessment schema and checks an assessment file against it (exit 1 when it does not follow it)', () => {
    const schema = deid('assessment', '--schema');
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toMatchObject({ $id: 'https://peitto.invalid/schema/assessment-1.json' });
    const dir = fresh();
    mkdirSync(dir);
    const broken = join(dir, 'assessment.json');
    writeFileSync(broken, JSON.stringify({ format: 'peitto-assessment', formatVersion: 2 }));
    const check = deid('assessment', '--check', broken);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('problems against the published schema');
    expect(check.stderr).toMatch(/formatVersion: must be equal to constant/);
    expect(deid('assessment').code).toBe(2);
  });

  it.runIf(haveCorpus())('shows per object what the profile would do without writing (inspect)', () => {
    const dir = ctFolder();
    const r = deid('inspect', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(0010,0010\)\s+PN replaced\s+Patient's Name — Peitto: neutral export-local label/);
    expect(r.stdout).toMatch(/\(0008,1030\)/);
    expect(readdirSync(dir)).toEqual(['ct.dcm']);
    const json = JSON.parse(deid('inspect', dir, '--json').stdout) as { objects: { actions: unknown[] }[] };
    expect(json.objects[0]!.actions.length).toBeGreaterThan(50);
  });

  it.runIf(haveCorpus())('verify passes on an export and fails (exit 1) when a source identifier is planted in it', () => {
    const src = ctFolder();
    const out = fresh();
    expect(deid('export', src, '--out', out).code).toBe(0);
    expect(deid('verify', out, '--against', src).code).toBe(0);
    writeFileSync(join(out, 'S0001', 'notes.txt'), 'patient CompressedSamples^CT1 seen');
    const r = deid('verify', out, '--against', src);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('S0001/notes.txt');
    expect(r.stdout).not.toContain('CompressedSamples');
  });

  it.runIf(haveCorpus())('speaks Finnish and Swedish', () => {
    const out = fresh();
    expect(deid('export', ctFolder(), '--out', out, '--lang', 'fi').stdout).toContain('Vietiin 1 objektia');
    expect(deid('verify', out, '--against', ctFolder(), '--lang', 'sv').stdout).toContain('Kontrollen godkänd');
  });
});

describe.runIf(haveCorpus())('identifier modes', () => {
  const sopOf = (dir: string): string => {
    const object = readDicomFile(join(dir, 'S0001/SE0001/IM0001.dcm'));
    object.close();
    return `${stringValue(findElement(object.dataset, 0x00080018)!)} ${stringValue(findElement(object.dataset, 0x00100010)!)}`;
  };

  it('anonymous mode draws new UIDs each time; pseudonymous mode repeats them from the key, which stays outside', async () => {
    const src = ctFolder();
    const a1 = fresh();
    const a2 = fresh();
    await runExport({ inputs: [src], outDir: a1, plan: planAcceptingRisks() });
    await runExport({ inputs: [src], outDir: a2, plan: planAcceptingRisks() });
    expect(sopOf(a1)).not.toBe(sopOf(a2));

    const keyFile = join(work, 'keys', 'site.key');
    const plan = { ...planAcceptingRisks(), identifiers: { mode: 'pseudonymous' as const, keyFile, keyHolder: 'Research office' } };
    const p1 = fresh();
    const p2 = fresh();
    await runExport({ inputs: [src], outDir: p1, plan });
    await runExport({ inputs: [src], outDir: p2, plan });
    expect(sopOf(p1)).toBe(sopOf(p2));
    expect(sopOf(p1)).toMatch(/ PSN-[A-Z2-9]{10}$/);
    const key = readFileSync(keyFile, 'utf8').trim();
    for (const file of listFiles(p1)) expect(readFileSync(file).toString('latin1')).not.toContain(key);
    const p3 = fresh();
    await expect(
      runExport({ inputs: [src], outDir: p3, plan: { ...plan, identifiers: { mode: 'pseudonymous', keyFile: join(p3, 'k.key') } } }),
    ).rejects.toThrow(/may not be inside the export folder/);
  });

  it('an interrupted export leaves no partial file and reports what was done', async () => {
    const src = fresh();
    mkdirSync(src);
    for (const f of ['CT_small.dcm', 'MR_small.dcm', 'JPEG2000.dcm']) copyFileSync(corpusPath('test_files', f), join(src, f));
    const out = fresh();
    const controller = new AbortController();
    const result = await runExport({
      inputs: [src],
      outDir: out,
      plan: planAcceptingRisks(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'export' && p.done === 1) controller.abort();
      },
    });
    expect(result.status).toBe('interrupted');
    expect(result.exported).toHaveLength(1);
    const files = listFiles(out);
    expect(files.some((f) => f.includes('.partial'))).toBe(false);
    const report = JSON.parse(readFileSync(join(out, 'assessment.json'), 'utf8')) as { release: { status: string }; data: { objects: number } };
    expect(report.release.status).toBe('interrupted');
    expect(report.data.objects).toBe(1);
    expect(existsSync(join(out, 'manifest.csv'))).toBe(true);
  });
});
