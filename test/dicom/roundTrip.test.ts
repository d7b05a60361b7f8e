import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkDataset } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { writeUnchanged } from '../support/copyObject.js';
import { corpusPath, haveCorpus, haveTools, listFiles } from '../support/environment.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-roundtrip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** dcmdump's view of a data set with what legitimately changes removed: meta, group lengths, lengths, delimiters. */
function normalisedDump(file: string): string {
  const out = execFileSync('dcmdump', ['-q', '+L', '+uc', '-Un', file], { encoding: 'latin1', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  return out
    .split('\n')
    .filter((l) => !/^\(0002|^#|^\s*$|^\s*\([0-9a-f]{4},0000\)/.test(l))
    .map((l) =>
      l
        .replace(/\s+#.*$/, '')
        .replace(/\(FFFE,E0[0D]D\).*$/i, '')
        .replace(/(SQ|na) \(Sequence with (explicit|undefined) length #=(\d+)\)/, 'SQ #=$3')
        .replace(/\(Item with (explicit|undefined) length #=(\d+)\)/, 'item #=$2')
        .replace(/^(\s*\(7fe0,0010\)) (OW|OB)/i, '$1 PX'),
    )
    .filter((l) => l.trim() !== '')
    .join('\n');
}

describe.runIf(haveCorpus())('writing objects back unchanged', () => {
  const files = listFiles(corpusPath()).filter((f) => {
    try {
      readDicomFile(f).close();
      return true;
    } catch {
      return false;
    }
  });

  it.runIf(haveTools('dcmdump'))('gives every corpus object the same content in dcmdump, in Explicit VR LE or its own encapsulated syntax', async () => {
    const differences: string[] = [];
    for (const [i, file] of files.entries()) {
      const object = readDicomFile(file);
      const out = join(work, `${i}-${basename(file)}.dcm`);
      await writeUnchanged(object, out);
      object.close();
      let source: string;
      try {
        source = normalisedDump(file);
      } catch {
        continue; // dcmdump cannot read the source (SC_rgb_jpeg.dcm labels implicit VR as explicit)
      }
      const written = normalisedDump(out);
      // Private elements of implicit VR sources have no known VR: dcmdump prints "??", we write UN.
      if (source.replace(/ \?\? /g, ' UN ') !== written) differences.push(file);
    }
    expect(differences).toEqual([]);
  });

  it('writes explicit VR little endian sources byte for byte when nothing changes', async () => {
    let identical = 0;
    for (const [i, file] of files.entries()) {
      const object = readDicomFile(file);
      const simple =
        object.transferSyntax.explicitVR &&
        object.transferSyntax.littleEndian &&
        !object.transferSyntax.deflated &&
        object.transferSyntaxFrom === 'meta' &&
        object.warnings.length === 0;
      let regular = new Set(object.dataset.map((e) => e.tag)).size === object.dataset.length;
      walkDataset(object.dataset, (e) => {
        // Group lengths are not written, odd values are padded, encapsulated pixel data is always OB (PS3.5 A.4),
        // and CP-246 UN sequences are written as the explicit sequences they are.
        const odd = e.length !== 0xffffffff && e.length % 2 === 1;
        if ((e.tag & 0xffff) === 0 || odd || (e.fragments && e.vr !== 'OB') || (e.items && e.vr === 'UN')) regular = false;
      });
      const start = object.dataset[0]?.offset ?? 0;
      const out = join(work, `bytes-${i}.dcm`);
      await writeUnchanged(object, out);
      object.close();
      if (!simple || !regular) continue;
      const written = readDicomFile(out);
      const writtenStart = written.dataset[0]!.offset;
      written.close();
      const a = readFileSync(file).subarray(start);
      const b = readFileSync(out).subarray(writtenStart);
      expect(Buffer.compare(a, b), file).toBe(0);
      identical++;
    }
    expect(identical).toBeGreaterThan(80);
  });
});
