import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../main/catalog/buildIndex.js';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import { findElement } from '../../main/dicom/dataset.js';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';
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

  it('hands each listed object to onObject while its header can still be read, and nothing else', async () => {
    const seen: string[] = [];
    const result = await scanInputs([corpusPath('test_files', 'dicomdirtests')], {
      onObject: (indexed, object) => {
        expect(object.path).toBe(indexed.path);
        // The header is open: the values are still there to read.
        expect(findElement(object.dataset, 0x00080018)).toBeDefined();
        seen.push(indexed.path);
      },
    });
    // Not the DICOMDIRs, not the files that are not DICOM: exactly the objects listed, in their order.
    expect(seen).toEqual(result.objects.map((o) => o.path));
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

describe('folder entries that cannot be read', () => {
  it('lists broken links, link loops and pipes as problems with their reason, and indexes the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peitto-entries-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(
        join(dir, 'sub', 'image.dcm'),
        encodePart10(
          [el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'), el(0x00080018, 'UI', '2.25.4242'), el(0x00080060, 'CS', 'OT'), el(0x0020000d, 'UI', '2.25.1'), el(0x0020000e, 'UI', '2.25.2')],
          { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
        ),
      );
      symlinkSync(join(dir, 'nowhere.dcm'), join(dir, 'broken.dcm'));
      symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
      symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
      // A pipe nobody writes to: opening it for reading would wait forever.
      execFileSync('mkfifo', [join(dir, 'pipe.dcm')]);
      const result = await scanInputs([dir, join(dir, 'pipe.dcm')]);
      expect(result.objects.map((o) => o.path)).toEqual([join(dir, 'sub', 'image.dcm')]);
      const reasons = Object.fromEntries(result.problems.map((p) => [p.path.slice(dir.length + 1), `${p.code}: ${p.reason}`]));
      expect(reasons).toEqual({
        'broken.dcm': 'unreadable: a symbolic link to something that does not exist',
        'loop-a': 'unreadable: a loop of symbolic links',
        'loop-b': 'unreadable: a loop of symbolic links',
        'pipe.dcm': 'unreadable: not a regular file (a device, socket or pipe); not read',
      });
      // The pipe named as an input is refused the same way (listed once per mention).
      expect(result.problems.filter((p) => p.path.endsWith('pipe.dcm'))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
