import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessmentSheet } from '../../main/assessment/assessmentSheet.js';
import { renderAssessmentPdf } from '../../main/assessment/pdf/renderAssessmentPdf.js';
import { ROOT } from '../support/environment.js';
import { exampleSheet } from './exampleSheet.js';

/** The file identifier of a PDF (the first string of the trailer's /ID). */
function fileId(pdf: Uint8Array): string {
  const m = /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(pdf).toString('latin1'));
  if (!m) throw new Error('no /ID in the trailer');
  return m[1]!;
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

describe('assessment.pdf is a pure function of the sheet', () => {
  it('gives the same bytes when the same sheet is rendered again', async () => {
    const sheet = exampleSheet('fi');
    const first = await renderAssessmentPdf(sheet);
    const second = await renderAssessmentPdf(sheet);
    const copy = await renderAssessmentPdf(structuredClone(sheet));
    expect(same(first, second)).toBe(true);
    expect(same(first, copy)).toBe(true);
  });

  it('takes its dates from the sheet and never from the clock', async () => {
    const text = Buffer.from(await renderAssessmentPdf(exampleSheet('en'))).toString('latin1');
    expect(text.match(/\(D:(\d{14})Z\)/g)).toEqual(['(D:20250314071542Z)', '(D:20250314071542Z)']);
  });

  it('gives different bytes, and a different file identifier, when any field changes', async () => {
    const base = exampleSheet('sv');
    const variants: AssessmentSheet[] = [
      { ...base, signOff: { ...base.signOff, operator: 'Åsa Öhman' } },
      { ...base, release: { ...base.release, createdAt: '2025-03-14T09:15:43+02:00' } },
      { ...base, verification: { ...base.verification, outputsDigest: '0'.repeat(64) } },
      { ...base, verification: { ...base.verification, outputs: base.verification.outputs.slice(1) } },
      // A value the PDF does not print: the file identifier still follows the content.
      { ...base, pixels: { ...base.pixels, thumbnails: base.pixels.thumbnails.map((th) => ({ ...th, width: th.width + 1 })) } },
      { ...base, pixels: { ...base.pixels, thumbnails: base.pixels.thumbnails.slice().reverse() } },
      { ...base, language: 'fi' },
    ];
    const reference = await renderAssessmentPdf(base);
    const ids = new Set([fileId(reference)]);
    for (const variant of variants) {
      const bytes = await renderAssessmentPdf(variant);
      expect(same(bytes, reference)).toBe(false);
      ids.add(fileId(bytes));
    }
    expect(ids.size).toBe(variants.length + 1);
  });

  it('gives the same bytes in another process, in another time zone and locale', async () => {
    const expected = await renderAssessmentPdf(exampleSheet('sv'));
    const child = spawnSync(join(ROOT, 'node_modules/.bin/vite-node'), [join(ROOT, 'test/assessment/renderExample.ts'), 'sv', '-'], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Pacific/Chatham', LANG: 'fi_FI.UTF-8', LC_ALL: 'fi_FI.UTF-8', PEITTO_LANG: 'en' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(child.status, child.stderr.toString()).toBe(0);
    expect(child.stdout.length).toBe(expected.length);
    expect(same(child.stdout, expected)).toBe(true);
  });
});
