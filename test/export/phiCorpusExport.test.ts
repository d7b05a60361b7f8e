import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { stringValue, stringValues, valueBytes } from '../../main/dicom/values.js';
import { runExport, type ExportResult } from '../../main/export/runExport.js';
import { textServices } from '../../main/export/textServices.js';
import { createVerifier } from '../../main/verify/verifyExport.js';
import { openPixelData } from '../../main/pixels/index.js';
import { generatePhiCorpus } from '../fixtures/phi/generatePhiCorpus.js';
import type { PhiManifest } from '../fixtures/phi/manifest.js';
import { addedErrors } from '../support/dciodvfy.js';
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
  result = await runExport({ inputs: [input], outDir: output, plan: planAcceptingRisks(), keepRecords: true });
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

  it('leaves none of the planted identifiers in any output byte or path (pixel and waveform data aside)', () => {
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
      const paths = new Set(exported.records!.map((r) => r.path));
      for (const element of source.dataset) {
        const tag = element.tag.toString(16).toUpperCase().padStart(8, '0');
        expect(paths.has(`(${tag.slice(0, 4)},${tag.slice(4)})`), `${exported.file} ${tag}`).toBe(true);
      }
      expect(exported.records!.every((r) => r.rule.length > 0)).toBe(true);
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

  it('finds, with its own verification, the identifier burned into the ultrasound pixels and the one written into the ECG samples, and nothing else', () => {
    const us = manifest.files.find((f) => f.modality === 'US')!;
    const ecg = manifest.files.find((f) => f.modality === 'ECG')!;
    const usOut = relative(output, outputFor(us.path));
    const ecgOut = relative(output, outputFor(ecg.path));
    const patientId = manifest.patients.find((p) => p.key === 'A')!.patientId;
    expect(new Set(result.verification.hits.map((h) => h.file))).toEqual(new Set([usOut, ecgOut]));
    expect(result.verification.hits.every((h) => !h.inPath && patientId.includes(h.text))).toBe(true);
    expect(result.flagged.some((f) => f.file === usOut && f.flags.some((x) => x.risk === 'burned-in-text'))).toBe(true);
  });

  it('keeps every signal exactly: the Waveform Data of each multiplex group has the source samples, as OW', () => {
    const samplesOf = (file: string, tagPath: string): Buffer => {
      const object = readDicomFile(file);
      try {
        const element = elementAt(object.dataset, tagPath)!;
        const bytes = Buffer.from(valueBytes(element, object.source));
        // Big Endian sources hold the same 16-bit samples byte-swapped (PS3.5 A.3).
        return element.littleEndian ? bytes : bytes.swap16();
      } finally {
        object.close();
      }
    };
    for (const w of manifest.waveforms) {
      const out = outputFor(w.file);
      const samples = samplesOf(out, w.tagPath);
      expect(samples.equals(samplesOf(join(input, w.file), w.tagPath)), `${w.file} ${w.tagPath}`).toBe(true);
      expect(createHash('sha256').update(samples).digest('hex'), `${w.file} ${w.tagPath}`).toBe(w.sha256);
      const object = readDicomFile(out);
      object.close();
      expect(elementAt(object.dataset, w.tagPath)!.vr).toBe('OW');
    }
    expect(manifest.waveforms.length).toBe(4);
  });

  it('keeps what the signals mean: coded leads and units of published schemes, sampling, measurements; cleans their labels and text', () => {
    const ecg = manifest.files.find((f) => f.modality === 'ECG')!;
    const object = readDicomFile(outputFor(ecg.path));
    object.close();
    const text = (tagPath: string): string => {
      const element = elementAt(object.dataset, tagPath);
      return element ? stringValue(element) : '(missing)';
    };
    const channel = '(5400,0100)[0].(003A,0200)';
    expect(text(`${channel}[0].(003A,0208)[0].(0008,0100)`)).toBe('2:1');
    expect(text(`${channel}[0].(003A,0208)[0].(0008,0102)`)).toBe('MDC');
    expect(text(`${channel}[1].(003A,0211)[0].(0008,0100)`)).toBe('uV');
    expect(text('(5400,0100)[0].(003A,001A)')).toBe('500');
    expect(text('(5400,0100)[0].(5400,1006)')).toBe('SS');
    expect(text('(0040,B020)[2].(0040,08EA)[0].(0008,0100)')).toBe('ms');
    // A local code (scheme "99…") names what the site chose: its value and meaning are cleaned like free text.
    expect(text(`${channel}[2].(003A,0208)[0].(0008,0102)`)).toBe('99LOCAL');
    expect(elementAt(object.dataset, `${channel}[2].(0009,1103)`)).toBeUndefined();
    expect(elementAt(object.dataset, '(5400,0100)[0].(0019,1003)')).toBeUndefined();
  });

  it.runIf(haveTools('dciodvfy', 'dcmconv'))('adds no dciodvfy error to the signal objects that the source did not already have', () => {
    const signal = manifest.files.filter((f) => f.role.startsWith('waveform-'));
    for (const f of signal) expect(addedErrors(join(input, f.path), outputFor(f.path), work), f.path).toEqual([]);
    expect(signal.length).toBe(3);
  });

  it.runIf(haveTools('dcmdump', 'dcmftest'))('writes files dcmtk reads without errors', () => {
    for (const exported of result.exported) {
      const path = join(output, exported.file);
      expect(execFileSync('dcmftest', [path], { encoding: 'utf8' })).toContain('yes');
      expect(() => execFileSync('dcmdump', ['-q', '-E', path], { stdio: ['ignore', 'ignore', 'pipe'] })).not.toThrow();
    }
  });
});
