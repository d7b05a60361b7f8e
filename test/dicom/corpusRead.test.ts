import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DicomParseError } from '../../main/dicom/parseError.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { corpusPath, haveCorpus, haveTools, listFiles } from '../support/environment.js';

/**
 * The pydicom corpus files that are broken on purpose, with the failure kind the reader must report. Everything
 * else in the corpus must read.
 */
const EXPECTED_FAILURES: Record<string, string> = {
  'test_files/MR_truncated.dcm': 'truncated',
  'test_files/rtplan_truncated.dcm': 'truncated',
  'test_files/no_meta.dcm': 'not-dicom',
  'test_files/meta_missing_tsyntax.dcm': 'not-dicom',
  'test_files/zipMR.gz': 'not-dicom',
  'test_files/dicomdirtests/DICOMDIR-nooffset': 'impossible-length',
};
const NOT_DICOM = /\.(txt|json|py|md|dump)$|\.complete$|\/README$/;

describe.runIf(haveCorpus())('reading the pydicom corpus', () => {
  const files = listFiles(corpusPath()).filter((f) => !NOT_DICOM.test(f));
  const rel = (f: string): string => f.slice(corpusPath().length + 1);

  it('reads every file that is not broken on purpose, and names the defect of those that are', () => {
    const unexpected: string[] = [];
    for (const file of files) {
      const expected = EXPECTED_FAILURES[rel(file)];
      try {
        const object = readDicomFile(file);
        object.close();
        if (expected) unexpected.push(`${rel(file)} read although it should fail with ${expected}`);
      } catch (error) {
        if (!(error instanceof DicomParseError)) throw error;
        if (error.code !== expected) unexpected.push(`${rel(file)}: ${error.code} ${error.message}`);
        expect(error.message).toContain(file);
        expect(error.message).toMatch(/at byte \d+/);
      }
    }
    expect(unexpected).toEqual([]);
    expect(files.length).toBeGreaterThan(150);
  });

  it.runIf(haveTools('dcmdump'))('finds the same top-level tags as dcmdump', () => {
    let compared = 0;
    for (const file of files) {
      if (EXPECTED_FAILURES[rel(file)] || rel(file) === 'test_files/SC_rgb_jpeg.dcm') continue;
      let dump: string;
      try {
        dump = execFileSync('dcmdump', ['-q', '+L', file], { encoding: 'latin1', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        continue;
      }
      const dcmtkTags = [...new Set(dump.split('\n').filter((l) => /^\([0-9a-f]{4},[0-9a-f]{4}\)/.test(l)).map((l) => l.slice(1, 10).replace(',', '')))]
        .filter((t) => !t.startsWith('0002') && !t.startsWith('fffe') && !t.endsWith('0000'));
      const object = readDicomFile(file);
      object.close();
      const ours = [...new Set(object.dataset.map((e) => e.tag.toString(16).padStart(8, '0')))].filter((t) => !t.endsWith('0000'));
      expect(ours, rel(file)).toEqual(dcmtkTags);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });
});
