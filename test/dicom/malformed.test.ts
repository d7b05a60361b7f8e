import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import { DicomParseError } from '../../main/dicom/parseError.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { concatBytes, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, encodeFileMeta } from '../fixtures/encoder/index.js';
import { explicitHeader, explicitLittle, healthyElements } from '../fixtures/malformed/bytes.js';
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

  it('a deflated file whose inflated data set is damaged: the parse error, not EBADF from closing the file twice', () => {
    // The file is closed once its data set is inflated; the parse error that follows closed it a second time.
    const sop = '2.25.5101';
    const dataset = concatBytes([explicitLittle(healthyElements(sop)), explicitHeader(0x00204000, 'LT', 4000)]);
    const prefix = new Uint8Array(132);
    prefix.set([0x44, 0x49, 0x43, 0x4d], 128);
    const path = join(dir, 'deflated-truncated-value.dcm');
    writeFileSync(path, concatBytes([prefix, encodeFileMeta('1.2.840.10008.5.1.4.1.1.7', sop, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.uid), deflateRawSync(dataset)]));
    expect(() => readDicomFile(path)).toThrow(expect.objectContaining({ name: 'DicomParseError', code: 'truncated', message: expect.stringMatching(/\(0020,4000\).*at byte \d+\)$/) }));
  });

  it('lists the files a DICOMDIR names but that are missing', async () => {
    const dicomdir = cases.find((c) => c.kind === 'dicomdir-missing-file')!;
    const result = await scanInputs([join(dir, dicomdir.file)]);
    expect(result.problems.some((p) => p.kind === 'missing' && p.reason.includes('DICOMDIR'))).toBe(true);
    expect(result.directories).toHaveLength(1);
  });
});
