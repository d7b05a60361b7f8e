import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSheet, SeriesPixels } from '../../main/assessment/assessmentSheet.js';
import type { RefusalCode } from '../../main/export/refusal.js';
import { CONTENT, FURNITURE } from '../../main/assessment/pdf/layout/pageGeometry.js';
import { renderAssessmentPdf } from '../../main/assessment/pdf/renderAssessmentPdf.js';
import { createTranslator } from '../../main/i18n/translate.js';
import { haveTools } from '../support/environment.js';
import { exampleSheet } from './exampleSheet.js';
import { maskedScanPng } from './pngFixture.js';
import { pageTexts, pdfFile, POPPLER, removeScratch, wordBoxes, type WordBox } from './popplerTools.js';

const ready = haveTools(...POPPLER);
afterAll(removeScratch);

const LONG_TOKEN = `https://example.org/${'päätös-'.repeat(40)}loppu`;
const LONG_TEXT = Array.from({ length: 60 }, (_, i) => `Lause ${i + 1}: kuvien käsittelyssä noudatettiin linjausta ja riskit arvioitiin tapauskohtaisesti.`).join(' ');

/** The example sheet blown up: tables longer than a page, a table cell taller than a page, unbreakable tokens. */
function stressSheet(): AssessmentSheet {
  const base = exampleSheet('en');
  const series: SeriesPixels[] = Array.from({ length: 150 }, (_, i) => ({
    series: `T${String(i + 1).padStart(4, '0')}/SE0001`,
    modality: i % 3 === 0 ? 'US' : 'CT',
    images: 100 + i,
    maskedImages: i % 3 === 0 ? 100 : 0,
    masksByCategory: i % 3 === 0 ? [{ category: 'burned-in-text', regions: 100 + i }, { category: 'face', regions: 2 }] : [],
    before: { rows: 512, columns: 512, spacing: [0.5, 0.6] },
    after: { rows: 256, columns: 256, spacing: [1, 1.2] },
    cropped: i % 2 === 0,
  }));
  return {
    ...base,
    release: { ...base.release, organisation: `${base.release.organisation} – ${'Röntgenosasto Å '.repeat(12)}`, reference: LONG_TOKEN },
    data: {
      ...base.data,
      byModality: Array.from({ length: 70 }, (_, i) => ({ modality: `M${String(i + 1).padStart(2, '0')}`, objects: i * 11, frames: i * 13 })),
      supplementaryFields: [{ field: 'ageBand', justification: `${LONG_TEXT} ${LONG_TEXT} ${LONG_TEXT} ${LONG_TEXT}` }],
      // A code outside the catalog is printed as it is, and must wrap like any other text.
      refused: [{ number: 1, sopClass: LONG_TOKEN, reason: LONG_TOKEN as RefusalCode }],
    },
    pixels: {
      series,
      thumbnails: Array.from({ length: 23 }, (_, i) => ({
        file: `T${String(i + 1).padStart(4, '0')}/SE0001/${'IM'.repeat(i % 4 === 0 ? 30 : 1)}${i}.dcm`,
        width: i % 2 ? 40 : 160,
        height: i % 2 ? 160 : 40,
        png: maskedScanPng(i % 2 ? 40 : 160, i % 2 ? 160 : 40, i, [{ x: 2, y: 2, w: 20, h: 20 }]),
      })),
    },
    risks: base.risks.map((r, i) => (i === 1 ? { ...r, justification: `${LONG_TEXT}\n\n${LONG_TOKEN}\n${LONG_TEXT}` } : r)),
    smallNumbers: {
      ...base.smallNumbers,
      smallest: Array.from({ length: 80 }, (_, i) => ({ values: { ageBand: `${i}–${i + 9}`, sex: i % 2 ? 'F' : 'M' }, persons: 1 + (i % 9) })),
    },
  };
}

/** Whether a word lies in the running header or footer band rather than the text area. */
const inFurniture = (w: WordBox): boolean => w.yMax <= FURNITURE.headerRule || w.yMin >= FURNITURE.footerRule;

describe.runIf(ready)('the sheet keeps to its pages', () => {
  let file = '';
  let layoutPages: string[] = [];
  let rawText = '';
  const t = createTranslator('en');

  beforeAll(async () => {
    file = pdfFile(await renderAssessmentPdf(stressSheet()));
    layoutPages = pageTexts(file);
    const furniture = [t('sheet.furniture.header'), 'Peitto 0.1.0 ·'];
    rawText = pageTexts(file, 'raw')
      .flatMap((page) => page.split('\n'))
      .filter((line) => !furniture.some((f) => line.includes(f)))
      .join(' ')
      .replace(/\s+/g, ' ');
  });

  it('places every word inside the margins: text in the text area, furniture in its bands', () => {
    const { words, pageWidth, pageHeight } = wordBoxes(file);
    expect(pageWidth).toBeCloseTo(595.28, 1);
    expect(pageHeight).toBeCloseTo(841.89, 1);
    expect(words.length).toBeGreaterThan(5000);
    const outside = words.filter(
      (w) =>
        w.xMin < CONTENT.left - 0.5 ||
        w.xMax > CONTENT.right + 0.5 ||
        (!inFurniture(w) && (w.yMin < CONTENT.top - 0.5 || w.yMax > CONTENT.bottom + 0.5)),
    );
    expect(outside.slice(0, 5)).toEqual([]);
  });

  it('repeats the header row on every page a long table continues on', () => {
    const seriesPages = layoutPages.filter((p) => /T\d{4}\/SE0001 +(US|CT)/.test(p));
    expect(seriesPages.length).toBeGreaterThanOrEqual(3);
    for (const page of seriesPages) expect(page).toMatch(/Series +Modality +Masks +Applied to +Resolution, before → after +Cropped/);
    const modalityPages = layoutPages.filter((p) => /\n\s*M\d\d\s+\d/.test(p));
    expect(modalityPages.length).toBeGreaterThanOrEqual(2);
    for (const page of modalityPages) expect(page).toMatch(/Modality +Objects +Frames/);
    const groupPages = layoutPages.filter((p) => /\d+–\d+ +[FM] +\d/.test(p));
    expect(groupPages.length).toBeGreaterThanOrEqual(2);
    for (const page of groupPages) expect(page).toMatch(/Age group +Sex +Persons/);
  });

  it('keeps every row and every line: nothing is lost at a page break', () => {
    const has = (text: string): boolean => rawText.includes(text);
    for (let i = 1; i <= 150; i++) expect(has(`T${String(i).padStart(4, '0')}/SE0001`), `series ${i}`).toBe(true);
    for (let i = 1; i <= 70; i++) expect(has(`M${String(i).padStart(2, '0')}`), `modality ${i}`).toBe(true);
    for (let i = 0; i < 80; i++) expect(has(`${i}–${i + 9}`), `group ${i}`).toBe(true);
    // The cell continues after the header row repeated on the next page.
    const cell = rawText.replaceAll(`${t('sheet.data.field')} ${t('sheet.data.justification')} `, '');
    expect(cell.includes(`${LONG_TEXT} ${LONG_TEXT} ${LONG_TEXT} ${LONG_TEXT}`), 'a table cell longer than a page').toBe(true);
    expect(rawText.replace(/ /g, '').includes(LONG_TOKEN), 'an unbreakable token, cut into lines').toBe(true);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const sheet = stressSheet();
    const sections = ['release', 'data', 'identifiers', 'pixels', 'risks', 'smallNumbers', 'verification', 'signOff'].map((k, i) => `${i + 1} ${t(`sheet.section.${k}`)}`);
    const risks = sheet.risks.map((r, i) => `5.${i + 1} ${t(`risk.${r.risk}.title`)}`);
    const subheadings = ['data.byModality', 'data.byBodyPart', 'data.supplementary', 'data.refused', 'identifiers.options', 'identifiers.codes', 'identifiers.actions', 'identifiers.pseudoIds', 'pixels.thumbnails', 'smallNumbers.smallest', 'smallNumbers.suggestions', 'smallNumbers.override', 'verification.scan', 'verification.maskChecks', 'verification.validation', 'verification.outputs'].map((k) => t(`sheet.${k}`));
    const headings = new Set([...sections, ...risks, ...subheadings]);
    for (const page of layoutPages) {
      const lines = page.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '');
      const lastBodyLine = lines.at(-2) ?? '';
      expect(headings.has(lastBodyLine), `a page ends with the heading "${lastBodyLine}"`).toBe(false);
    }
  });
});
