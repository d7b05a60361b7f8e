import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Language } from '../../main/i18n/translate.js';
import { createTranslator } from '../../main/i18n/translate.js';
import { textServices } from '../../main/export/textServices.js';
import { STAFF_AND_INSTITUTION } from '../../main/verify/staffAttributes.js';
import { createVerifier } from '../../main/verify/verifyExport.js';

const SECTIONS = ['release', 'data', 'identifiers', 'pixels', 'risks', 'smallNumbers', 'verification', 'signOff'] as const;

/**
 * assessment.pdf of an export, as pdftotext reads it: it must have the eight sections in order and none of the
 * sources' names, IDs, dates, ages or UIDs (words of free text may be ordinary words, as in the verifier). As in
 * the export's own check, the institution and its staff may be named (the organisation and operator fields).
 */
export function checkSheetText(outDir: string, sources: readonly string[], language: Language = 'en'): string {
  const text = execFileSync('pdftotext', ['-raw', join(outDir, 'assessment.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const t = createTranslator(language);
  let from = 0;
  SECTIONS.forEach((section, i) => {
    const heading = `${i + 1} ${t(`sheet.section.${section}`)}`;
    const at = text.indexOf(heading, from);
    expect(at, `section heading "${heading}"`).toBeGreaterThanOrEqual(0);
    from = at;
  });
  const services = textServices();
  const verifier = createVerifier(sources, { isSafeWord: services.isSafeWord, ignore: services.ignoredValues });
  const hits = verifier.scanText('assessment.pdf', text, STAFF_AND_INSTITUTION).filter((h) => h.kind !== 'text' && h.kind !== 'private');
  expect(hits.map((h) => `${h.kind} ${h.where}: ${h.text}`)).toEqual([]);
  return text;
}
