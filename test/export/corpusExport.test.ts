import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAssessmentDocument } from '../../main/cli/commandAssessment.js';
import { findElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { runExport, type ExportResult } from '../../main/export/runExport.js';
import { openPixelData } from '../../main/pixels/index.js';
import { addedErrors } from '../support/dciodvfy.js';
import { corpusPath, haveCorpus, haveTools } from '../support/environment.js';
import { planAcceptingRisks } from '../support/plans.js';
import { checkSheetText } from '../support/sheetText.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-corpus-'));
const output = join(work, 'out');
let result: ExportResult;

beforeAll(async () => {
  if (haveCorpus()) result = await runExport({ inputs: [corpusPath()], outDir: output, plan: planAcceptingRisks() });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Samples of every frame, hashed (the same values whatever the transfer syntax). */
async function pixelHash(path: string): Promise<string | undefined> {
  const object = readDicomFile(path);
  try {
    if (!findElement(object.dataset, 0x7fe00010)) return undefined;
    const reader = openPixelData(object);
    const hash = createHash('sha256');
    for (let f = 0; f < reader.numberOfFrames; f++) {
      const s = (await reader.decodeFrame(f)).samples;
      hash.update(Buffer.from(s.buffer, s.byteOffset, s.byteLength));
    }
    return hash.digest('hex');
  } catch {
    return 'undecodable';
  } finally {
    object.close();
  }
}

describe.runIf(haveCorpus())('exporting the pydicom corpus (real files from many vendors and tools)', () => {
  it('exports every readable object except those whose content cannot be checked, and verifies clean', () => {
    expect(result.failed).toEqual([]);
    expect(result.exported.length).toBeGreaterThan(130);
    // Only the two fragments without a SOP Class UID are refused.
    expect(result.refused.map((r) => basename(r.source)).sort()).toEqual(['empty_charset_LEI.dcm', 'nested_priv_SQ.dcm']);
    expect(result.scanProblems.filter((p) => p.kind !== 'duplicate').map((p) => basename(p.path)).sort()).toEqual([
      'DICOMDIR-nooffset',
      'MR_truncated.dcm',
      'rtplan_truncated.dcm',
    ]);
    expect(result.verification.passed).toBe(true);
    expect(result.verification.identifiersChecked).toBeGreaterThan(500);
  });

  it('writes an assessment.json that follows the published schema', () => {
    expect(checkAssessmentDocument(JSON.parse(readFileSync(join(output, 'assessment.json'), 'utf8')))).toEqual([]);
  });

  it.runIf(haveTools('pdftotext'))('writes an assessment.pdf with the eight sections and no identifier of any source', () => {
    checkSheetText(output, result.exported.map((e) => e.source));
  });

  it('keeps the pixel data of every object exactly', async () => {
    let compared = 0;
    for (const e of result.exported) {
      const before = await pixelHash(e.source);
      if (before === undefined || before === 'undecodable') continue;
      expect(await pixelHash(join(output, e.file)), e.source).toBe(before);
      compared++;
    }
    expect(compared).toBeGreaterThan(60);
  });

  it.runIf(haveTools('dcmftest', 'dcmdump'))('writes valid Part 10 files that dcmtk reads without errors', () => {
    for (const e of result.exported) {
      const path = join(output, e.file);
      expect(execFileSync('dcmftest', [path], { encoding: 'utf8' }), e.source).toContain('yes');
      expect(() => execFileSync('dcmdump', ['-q', '-E', path], { stdio: ['ignore', 'ignore', 'pipe'] }), e.source).not.toThrow();
    }
  });

  it.runIf(haveTools('dciodvfy', 'dcmconv'))('adds no dciodvfy error that the source did not already have', () => {
    const added: string[] = [];
    let checked = 0;
    for (const e of result.exported) {
      const source = readDicomFile(e.source);
      source.close();
      // Fragments without a SOP Class UID in their data set cannot be checked against an IOD at all.
      if (!findElement(source.dataset, 0x00080016)) continue;
      added.push(...addedErrors(e.source, join(output, e.file), work).map((error) => `${basename(e.source)}: ${error}`));
      checked++;
    }
    expect(added).toEqual([]);
    expect(checked).toBeGreaterThan(120);
  });
});
