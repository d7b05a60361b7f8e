import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import { DicomParseError } from '../../main/dicom/parseError.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { generateMalformedCorpus } from '../fixtures/malformed/generateMalformedCorpus.js';
import { corpusPath, haveCorpus } from '../support/environment.js';

const dir = mkdtempSync(join(tmpdir(), 'peitto-malformed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cases = generateMalformedCorpus(dir);

describe('corrupt input', () => {
  for (const c of cases.filter((c) => c.codes.length > 0)) {
    // A hang would hit the test timeout; a crash would throw something other than a DicomParseError.
    it(`${c.kind}: a specific error naming the file and the offset`, () => {
      const path = join(dir, c.file);
      let caught: unknown;
      try {
        readDicomFile(path).close();
      } catch (error) {
        caught = error;
      }
      expect(caught, c.description).toBeInstanceOf(DicomParseError);
      const error = caught as DicomParseError;
      expect(c.codes).toContain(error.code);
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/at byte \d+\)$/);
      // The offset names the defect (a header, an item, a value) or the place where reading stopped after it.
      expect(error.offset).toBeGreaterThanOrEqual(0);
    });
  }

  it.runIf(haveCorpus())('skips what is not DICOM, reports each broken file, and reads the good files beside them', async () => {
    copyFileSync(corpusPath('test_files', 'CT_small.dcm'), join(dir, 'good.dcm'));
    const result = await scanInputs([dir]);
    expect(result.objects.map((o) => o.path)).toContain(join(dir, 'good.dcm'));
    const reported = new Set([...result.problems.map((p) => p.path), ...result.notDicom]);
    for (const c of cases.filter((c) => c.codes.length > 0)) {
      expect(reported.has(join(dir, c.file)), c.kind).toBe(true);
    }
    const notDicomKinds = cases.filter((c) => c.codes[0] === 'not-dicom').map((c) => join(dir, c.file));
    for (const path of notDicomKinds) expect(result.notDicom).toContain(path);
  });

  it('lists the files a DICOMDIR names but that are missing', async () => {
    const dicomdir = cases.find((c) => c.kind === 'dicomdir-missing-file')!;
    const result = await scanInputs([join(dir, dicomdir.file)]);
    expect(result.problems.some((p) => p.kind === 'missing' && p.reason.includes('DICOMDIR'))).toBe(true);
    expect(result.directories).toHaveLength(1);
  });
});
