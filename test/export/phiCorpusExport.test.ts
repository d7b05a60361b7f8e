import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { stringValue, stringValues } from '../../main/dicom/values.js';
import { runExport, type ExportResult } from '../../main/export/runExport.js';
import { textServices } from '../../main/export/textServices.js';
import { createVerifier } from '../../main/verify/verifyExport.js';
import { openPixelData } from '../../main/pixels/index.js';
import { generatePhiCorpus } from '../fixtures/phi/generatePhiCorpus.js';
import type { PhiManifest } from '../fixtures/phi/manifest.js';
import { haveTools, listFiles } from '../support/environment.js';
import { findLeaks, keptByDesign, searchableTokens } from '../support/phiLeaks.js';
import { planAcceptingRisks } from '../support/plans.js';
import { elementAt } from '../support/tagPath.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-phi-'));
const input = join(work, 'in');
const output = join(work, 'out');
let manifest: PhiManifest;
let result: ExportResult;

beforeAll(async () => {
  manifest = generatePhiCorpus(input);
  result = await runExport({ inputs: [input], outDir: output, plan: planAcceptingRisks() });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outputFor = (sourceRel: string): string => {
  const exported = result.exported.find((e) => relative(input, e.source).split('\\').join('/') === sourceRel);
  if (!exported) throw new Error(`${sourceRel} was not exported`);
  return join(output, exported.file);
};

describe('exporting the adversarial PHI corpus with the guideline profile', () => {
  it('exports every object and refuses none', () => {
    expect(result.failed).toEqual([]);
    expect(result.refused).toEqual([]);
    expect(result.exported.length).toBe(manifest.files.filter((f) => f.patient !== undefined).length);
  });

  it('leaves none of the planted identifiers in any output byte or path (pixel data aside)', () => {
    const searched = searchableTokens(manifest.tokens);
    expect(findLeaks(output, searched)).toEqual([]);
    expect(searched.length).toBeGreaterThan(900);
  });

  it.runIf(haveTools('pdftotext'))('leaves none of them in the text of assessment.pdf (whose streams are compressed)', () => {
    const text = execFileSync('pdftotext', ['-layout', join(output, 'assessment.pdf'), '-'], { encoding: 'utf8' }).toLowerCase();
    expect(text).toContain(result.exportId.toLowerCase());
    const leaks = searchableTokens(manifest.tokens)
      .filter((t) => text.includes(t.value.toLowerCase()))
      .map((t) => `${t.label} (${t.value})`);
    expect(leaks).toEqual([]);
  });

  it('checks identifiers too short to search for at their own places: ages, sex and numbers are gone', () => {
    const problems: string[] = [];
    for (const token of manifest.tokens) {
      if (token.distinctive || keptByDesign(token)) continue;
      for (const p of token.placements) {
        if (p.area !== 'dataset' || p.bytesHex === '') continue;
        const object = readDicomFile(outputFor(p.file));
        object.close();
        const element = elementAt(object.dataset, p.tagPath);
        if (element?.bytes && Buffer.from(element.bytes).toString('hex') === p.bytesHex) {
          problems.push(`${token.label} still at ${p.tagPath} in ${p.file}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps every image exactly (same samples, frame by frame)', async () => {
    for (const expected of manifest.pixels) {
      const object = readDicomFile(outputFor(expected.file));
      try {
        const reader = openPixelData(object);
        const hash = createHash('sha256');
        for (let f = 0; f < reader.numberOfFrames; f++) {
          const samples = (await reader.decodeFrame(f)).samples;
          hash.update(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
        }
        expect(hash.digest('hex'), expected.file).toBe(expected.sha256);
      } finally {
        object.close();
      }
    }
    expect(manifest.pixels.length).toBeGreaterThan(10);
  });

  it('replaces UIDs consistently, so references between objects still resolve', () => {
    const read = (file: string, path: string): string => {
      const object = readDicomFile(outputFor(file));
      object.close();
      const element = elementAt(object.dataset, path);
      return element ? stringValue(element) : '(missing)';
    };
    // The DICOMDIR is an index, never exported: its references are not part of the export.
    for (const ref of manifest.uidReferences.filter((r) => !r.from.file.endsWith('DICOMDIR') && !r.to.file.endsWith('DICOMDIR'))) {
      const from = read(ref.from.file, ref.from.tagPath);
      expect(from, `${ref.from.file} ${ref.from.tagPath}`).toBe(read(ref.to.file, ref.to.tagPath));
      expect(from).not.toBe(ref.uid);
      expect(from).toMatch(/^2\.25\.\d+$/);
    }
    expect(manifest.uidReferences.length).toBeGreaterThan(3);
  });

  it('gives each patient one neutral label and the file tree neutral names', () => {
    const labels = new Map<string, Set<string>>();
    for (const file of manifest.files.filter((f) => f.patient)) {
      const object = readDicomFile(outputFor(file.path));
      object.close();
      const name = stringValue(findElement(object.dataset, 0x00100010)!);
      expect(stringValue(findElement(object.dataset, 0x00100020)!)).toBe(name);
      expect(name).toMatch(/^ANON-\d{4}$/);
      if (!labels.has(file.patient!)) labels.set(file.patient!, new Set());
      labels.get(file.patient!)!.add(name);
    }
    expect([...labels.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set([...labels.values()].map((s) => [...s][0])).size).toBe(labels.size);
    for (const file of listFiles(output).map((f) => relative(output, f))) {
      expect(file).toMatch(/^(S\d{4}\/SE\d{4}\/IM\d{4}\.dcm|manifest\.csv|assessment\.json|assessment\.pdf)$/);
    }
  });

  it('records the de-identification in every object (PS3.3 C.7.1.1, CID 7050)', () => {
    for (const exported of result.exported) {
      const object = readDicomFile(join(output, exported.file));
      object.close();
      const ds = object.dataset;
      expect(stringValue(findElement(ds, 0x00120062)!)).toBe('YES');
      expect(stringValues(findElement(ds, 0x00120063)!)[0]).toMatch(/^Peitto /);
      const codes = findElement(ds, 0x00120064)!.items!.map((i) => stringValue(findElement(i.elements, 0x00080100)!));
      expect(codes).toEqual(['113100', '113103', '113104', '113105']);
      expect(stringValue(findElement(ds, 0x00280303)!)).toBe('REMOVED');
      expect(stringValue(findElement(object.meta, 0x00020003)!)).toBe(stringValue(findElement(ds, 0x00080018)!));
    }
  });

  it('accounts for every top-level source element with the rule that decided', () => {
    for (const exported of result.exported) {
      const source = readDicomFile(exported.source);
      source.close();
      const paths = new Set(exported.records.map((r) => r.path));
      for (const element of source.dataset) {
        const tag = element.tag.toString(16).toUpperCase().padStart(8, '0');
        expect(paths.has(`(${tag.slice(0, 4)},${tag.slice(4)})`), `${exported.file} ${tag}`).toBe(true);
      }
      expect(exported.records.every((r) => r.rule.length > 0)).toBe(true);
    }
  });

  it('verifies with the same identifiers as an independent reading of the sources', () => {
    // The export collects them from the headers its index parsed; `deid verify` reads every source again. The
    // later scan also reads the assessment written after the export's own check: it must find nothing there.
    const text = textServices();
    const again = createVerifier(
      result.exported.map((e) => e.source),
      { isSafeWord: text.isSafeWord, ignore: text.ignoredValues },
    );
    expect(result.verification.sourcesRead).toBe(result.exported.length);
    expect(result.verification.identifiersChecked).toBe(again.identifiersChecked);
    expect(again.scanExport(output).hits).toEqual(result.verification.hits);
  });

  it('finds, with its own verification, the identifier burned into the ultrasound pixels and nothing else', () => {
    const us = manifest.files.find((f) => f.modality === 'US')!;
    const usOut = relative(output, outputFor(us.path));
    expect(result.verification.hits.length).toBeGreaterThan(0);
    expect(result.verification.hits.every((h) => h.file === usOut && !h.inPath)).toBe(true);
    expect(result.flagged.some((f) => f.file === usOut && f.flags.some((x) => x.risk === 'burned-in-text'))).toBe(true);
  });

  it.runIf(haveTools('dcmdump', 'dcmftest'))('writes files dcmtk reads without errors', () => {
    for (const exported of result.exported) {
      const path = join(output, exported.file);
      expect(execFileSync('dcmftest', [path], { encoding: 'utf8' })).toContain('yes');
      expect(() => execFileSync('dcmdump', ['-q', '-E', path], { stdio: ['ignore', 'ignore', 'pipe'] })).not.toThrow();
    }
  });
});
