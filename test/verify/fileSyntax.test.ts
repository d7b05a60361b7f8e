import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textServices } from '../../main/export/textServices.js';
import { createVerifier } from '../../main/verify/verifyExport.js';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-syntax-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A source whose patient is called "Last^Stream": two words that are also PDF syntax. */
function source(): string {
  const path = join(work, 'source.dcm');
  writeFileSync(
    path,
    encodePart10(
      [
        el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'),
        el(0x00080018, 'UI', '2.25.99887766554433221100'),
        el(0x00100010, 'PN', 'Last^Stream'),
        el(0x00100020, 'LO', 'PID-778899'),
      ],
      { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
    ),
  );
  return path;
}

describe('verification in the files Peitto writes itself', () => {
  const text = textServices();
  const verifier = createVerifier([source()], { isSafeWord: text.isSafeWord, ignore: text.ignoredValues });

  it('does not count PDF names, subset font names or keywords, but does count a literal string', () => {
    const out = join(work, 'export');
    mkdirSync(out);
    const pdf = [
      '%PDF-1.7',
      '1 0 obj\n<</Type /Outlines /First 2 0 R /Last 3 0 R>>\nendobj',
      '2 0 obj\n<</BaseFont /ABCDEF+Last>>\nstream\nxx\nendstream\nendobj',
      '3 0 obj\n<</Author (Dr Last)>>\nendobj',
      'trailer\n<</Size 4>>\n%%EOF',
    ].join('\n');
    writeFileSync(join(out, 'assessment.pdf'), pdf, 'latin1');
    const result = verifier.scanExport(out);
    expect(result.hits.map((h) => [h.file, h.text, pdf.slice(h.offset - 4, h.offset + h.text.length)])).toEqual([['assessment.pdf', 'Last', '(Dr Last']]);
  });

  it('counts the same words in any other file, and the identifiers of a JSON file outside its property names', () => {
    const out = join(work, 'export-2');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), '/Last stream', 'latin1');
    writeFileSync(join(out, 'data.json'), '{"Last": 1, "x": "PID-778899"}', 'latin1');
    const hits = verifier.scanExport(out).hits.map((h) => `${h.file}:${h.text}`).sort();
    expect(hits).toEqual(['data.json:778899', 'data.json:PID-778899', 'notes.txt:Last', 'notes.txt:Stream']);
  });
});
