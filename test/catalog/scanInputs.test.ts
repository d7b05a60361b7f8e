import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../main/catalog/buildIndex.js';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import { corpusPath, haveCorpus } from '../support/environment.js';

describe.runIf(haveCorpus())('indexing inputs', () => {
  it('reads a DICOMDIR as an index of the files it references, and never indexes the DICOMDIR itself', async () => {
    const result = await scanInputs([corpusPath('test_files', 'dicomdirtests', 'DICOMDIR')]);
    expect(result.directories).toHaveLength(1);
    expect(result.directories[0]!.referenced).toBe(31);
    expect(result.objects).toHaveLength(31);
    expect(result.problems).toEqual([]);
    const index = buildIndex(result.objects);
    expect(index.map((p) => p.studies.length).reduce((a, b) => a + b)).toBeGreaterThan(1);
    for (const patient of index) {
      for (const study of patient.studies) {
        for (const series of study.series) {
          const numbers = series.objects.map((o) => o.instanceNumber ?? 0);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        }
      }
    }
  });

  it('resolves File IDs case-insensitively (TINY_ALPHA) and walks folders recursively', async () => {
    const result = await scanInputs([corpusPath('test_files', 'dicomdirtests', 'TINY_ALPHA')]);
    expect(result.objects).toHaveLength(50);
    expect(result.directories).toHaveLength(1);
    const folder = await scanInputs([corpusPath('test_files', 'dicomdirtests')]);
    // DICOMDIR variants are indexes (or broken ones), not objects; README files are counted as not DICOM.
    expect(folder.objects.length).toBe(81);
    expect(folder.notDicom.length).toBeGreaterThanOrEqual(2);
  });

  it('reports progress and honours cancellation', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    await expect(
      scanInputs([corpusPath('test_files')], {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.done);
          if (p.done === 20) controller.abort();
        },
      }),
    ).rejects.toThrow();
    expect(Math.max(...seen)).toBe(20);
  });
});
