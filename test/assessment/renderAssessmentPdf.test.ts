import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSheet } from '../../main/assessment/assessmentSheet.js';
import { renderAssessmentPdf } from '../../main/assessment/pdf/renderAssessmentPdf.js';
import { createTranslator, LANGUAGES, type Language } from '../../main/i18n/translate.js';
import { haveTools, ROOT } from '../support/environment.js';
import { EXAMPLE, exampleSheet } from './exampleSheet.js';
import { pageTexts, pdfFile, pdfFonts, pdfInfo, POPPLER, removeScratch, renderPages } from './popplerTools.js';

const ready = haveTools(...POPPLER);
afterAll(removeScratch);

const SECTION_KEYS = ['release', 'data', 'identifiers', 'pixels', 'risks', 'smallNumbers', 'verification', 'signOff'] as const;

/** Whitespace collapsed, so that text wrapped over lines compares with the text typed. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Rendered {
  readonly sheet: AssessmentSheet;
  readonly file: string;
  readonly pages: string[];
  /** The text of all pages in drawing order, without the running header and footer, whitespace collapsed. */
  readonly body: string;
  readonly milliseconds: number;
}

const rendered = new Map<Language, Rendered>();

describe.runIf(ready)('the assessment sheet as PDF', () => {
  beforeAll(async () => {
    for (const language of LANGUAGES) {
      const sheet = exampleSheet(language);
      const start = performance.now();
      const bytes = await renderAssessmentPdf(sheet);
      const milliseconds = performance.now() - start;
      const file = pdfFile(bytes);
      const pages = pageTexts(file);
      const body = bodyText(pageTexts(file, 'raw'), language, sheet);
      rendered.set(language, { sheet, file, pages, body, milliseconds });
      console.log(`assessment sheet (${language}): ${pages.length} pages, ${bytes.length} bytes, rendered in ${milliseconds.toFixed(0)} ms`);
    }
  });

  for (const language of LANGUAGES) {
    describe(`in ${language}`, () => {
      const t = createTranslator(language);
      const get = (): Rendered => rendered.get(language)!;

      it('has the export ID and "page n / N" on every page', () => {
        const { pages } = get();
        expect(pages.length).toBeGreaterThan(3);
        pages.forEach((page, i) => {
          expect(page).toContain(t('sheet.furniture.exportId', { exportId: EXAMPLE.exportId }));
          expect(page).toContain(t('sheet.furniture.page', { page: i + 1, pages: pages.length }));
        });
      });

      it('has no untranslated key or unfilled parameter', () => {
        expect(get().body).not.toMatch(/\b(sheet|risk)\.[a-z]|\{[a-zA-Z]+(\|[^}]*)?\}/);
      });

      it('has every section heading, numbered, in order', () => {
        const { body } = get();
        let from = 0;
        SECTION_KEYS.forEach((key, i) => {
          const heading = new RegExp(`${i + 1}\\s+${escape(t(`sheet.section.${key}`))}`, 'g');
          heading.lastIndex = from;
          const found = heading.exec(body);
          expect(found, `section ${i + 1} ${key}`).not.toBeNull();
          from = found!.index + found![0].length;
        });
      });

      it('identifies the release, with the Nordic letters of names intact', () => {
        const { body, sheet } = get();
        for (const value of [EXAMPLE.exportId, EXAMPLE.reference, EXAMPLE.organisation, EXAMPLE.operator, EXAMPLE.reviewer, sheet.release.profileVersion]) {
          expect(body).toContain(flat(value));
        }
        expect(body).toContain(flat(t('sheet.release.recipientSetting.secure-environment')));
        expect(body).toContain(flat(t('sheet.release.recipientMeaning.secure-environment')));
        expect(body).toContain(t('sheet.format.dateTime', { year: '2025', month: '03', day: '14', dayNumber: '14', monthNumber: '3', hour: '09', minute: '15', zone: 'UTC+02:00' }));
        for (const letter of ['å', 'ä', 'ö', 'Å', 'Ö', 'ø', 'æ']) expect(body).toContain(letter);
      });

      it('counts the data and lists modalities, body parts, supplementary fields and refusals', () => {
        const { body } = get();
        const thousands = t('sheet.format.thousands').replace('\u00a0', ' ');
        expect(body).toMatch(new RegExp(`12\\s+14\\s+23\\s+1${escape(thousands)}284\\s+1${escape(thousands)}536`));
        expect(body).toMatch(/DX\s+141\s+145/);
        expect(body).toMatch(new RegExp(`JAW\\s+14`));
        expect(body).toContain(t('sheet.format.notStated'));
        expect(body).toContain(`${t('sheet.field.ageBand')} Tutkimuskysymys koskee aivojen ikääntymismuutoksia`);
        expect(body).toContain(flat(t('sheet.refusal.encapsulated-pdf')));
        expect(body).toContain('1.2.826.0.1.3680043.9.7133.1.1');
      });

      it('states the profile, its options and method codes, the action counts and the pseudo-ID statement', () => {
        const { body } = get();
        for (const code of ['113100', '113101', '113102', '113103', '113104', '113105']) expect(body).toContain(`DCM ${code}`);
        expect(body).toContain('Basic Application Confidentiality Profile');
        expect(body).toContain(flat(t('sheet.identifiers.optionEffect.cleanDescriptors.on')));
        expect(body).toContain(flat(t('sheet.identifiers.optionEffect.retainSafePrivate.off')));
        expect(body).toContain(t('sheet.identifiers.category.free-text'));
        const n = (v: number): string => formatted(language, v);
        expect(body).toMatch(new RegExp(`${escape(t('sheet.identifiers.total'))}\\s+${escape(n(81067))}\\s+${escape(n(8988))}\\s+${escape(n(7704))}\\s+${escape(n(2598))}\\s+${escape(n(73188))}`));
        expect(body).toContain(flat(t('sheet.identifiers.anonymous')));
      });

      it('describes the pixels per series and shows the masked thumbnails with their file names', () => {
        const { body } = get();
        const n = (v: number): string => formatted(language, v);
        expect(body).toContain(flat(t('sheet.pixels.appliedToValue', { n: '21', m: '28' })));
        expect(body).toContain(flat(t('sheet.pixels.maskRegions', { category: t('sheet.mask.fingerprint'), n: 20 })));
        expect(body).toContain(flat(t('sheet.pixels.maskRegions', { category: t('sheet.mask.burned-in-text'), n: 64 })));
        expect(body).toContain(`${t('sheet.pixels.geometryWithSpacing', { columns: '512', rows: '512', spacing: t('sheet.format.decimal') === ',' ? '0,43' : '0.43' })} → ${t('sheet.pixels.geometryWithSpacing', { columns: '256', rows: '256', spacing: t('sheet.format.decimal') === ',' ? '0,86' : '0.86' })}`);
        expect(body).toContain(`${n(4032)} × ${n(3024)} → ${n(1008)} × 756`);
        expect(body).toMatch(/S0004\/SE0001\/ ?IM0001\.dcm/);
        expect(body).toMatch(/S0006\/SE0002\/ ?IM0017\.dcm/);
      });

      it('lists every risk with its finding, reasons, decision, justification and scope', () => {
        const { body, sheet } = get();
        for (const entry of sheet.risks) {
          expect(body).toContain(flat(t(`risk.${entry.risk}.title`)));
          if (entry.justification) expect(body).toContain(flat(entry.justification));
        }
        const decisions = sheet.risks.flatMap((r) => (r.decision ? [r.decision] : []));
        for (const decision of new Set(decisions)) {
          const text = flat(t(`sheet.decision.${decision}`));
          expect(body.split(text).length - 1, decision).toBe(decisions.filter((d) => d === decision).length);
        }
        expect(body).toContain(flat(t('risk.reason.photographic-modality', { modality: 'XC' })));
        expect(body).toContain(flat(t('risk.reason.dental-body-part', { bodyPart: 'JAW' })));
        expect(body).toContain(flat(t('risk.reason.burned-in-declared')));
        expect(body).toContain(flat(t('risk.reason.head-volume-multiframe', { modality: 'CT', images: '120' })));
        const mr = flat(t('risk.reason.head-volume', { modality: 'MR', images: '176', sliceThickness: '1' }));
        expect(body.split(mr).length - 1, 'a repeated reason is given once').toBe(1);
        expect(body).toContain(flat(t('risk.reason.marked-rare-finding')));
        expect(body).toContain(flat(t('sheet.risks.varyingFound', { n: '3' })));
        expect(body).toContain(flat(t('sheet.risks.amountFound', { n: formatted(language, EXAMPLE.objects), fields: [t('sheet.field.ageBand'), t('sheet.field.sex'), t('sheet.field.modality')].map((f) => f.charAt(0).toLowerCase() + f.slice(1)).join(', ') })));
        expect(body).toContain(flat(t('sheet.risks.noDecision')));
        const dental = flat(t('risk.dental.title'));
        expect(body.split(dental).length - 1, 'one item for a risk with two decisions').toBe(1);
        expect(body).toContain(flat(t('sheet.risks.scopeAll')));
        expect(body).toContain('S0001/SE0002, S0001/SE0003, S0002/SE0001');
      });

      it('shows the small-numbers result: k, fields, groups, violations, suggestions and the override', () => {
        const { body, sheet } = get();
        expect(body).toContain(`${flat(t('sheet.smallNumbers.k'))} 5`);
        expect(body).toContain(`${t('sheet.field.ageBand')}, ${t('sheet.field.sex')}`);
        expect(body).toContain(t('sheet.smallNumbers.belowK', { n: '1' }));
        expect(body).toContain(t('sheet.smallNumbers.belowK', { n: '3' }));
        expect(body).toMatch(/90\+\s+F\s/);
        expect(body).toContain(flat(t('sheet.smallNumbers.widenAgeBand', { width: '20' })));
        expect(body).toContain(flat(t('sheet.smallNumbers.dropField', { field: t('sheet.field.sex') })));
        expect(body).toContain(flat(sheet.smallNumbers.override!.justification));
      });

      it('reports the verification with the digest of the output list on one line, and the number of outputs', () => {
        const { body, pages, sheet } = get();
        expect(pages.some((p) => p.split('\n').some((line) => line.trim() === sheet.verification.outputsDigest))).toBe(true);
        expect(body).toContain(flat(t('sheet.verification.validationValue', { valid: formatted(language, 1284), files: formatted(language, 1284) })));
        expect(body).toContain(`${flat(t('sheet.verification.outputCount'))} ${formatted(language, EXAMPLE.outputs)}`);
        for (const output of sheet.verification.outputs.slice(0, 3)) expect(body).not.toContain(output.sha256);
        expect(body).toContain(formatted(language, 734003221));
      });

      it('ends with the signed statement and signature, name and date lines for operator and reviewer', () => {
        const { pages } = get();
        const last = flat(pages.at(-1)!);
        expect(last).toContain(flat(t('sheet.signOff.statement')));
        for (const key of ['operator', 'reviewer', 'signature', 'name', 'date']) {
          expect(last.split(t(`sheet.signOff.${key}`)).length - 1, key).toBeGreaterThanOrEqual(key === 'operator' || key === 'reviewer' ? 1 : 2);
        }
        expect(last).toContain(EXAMPLE.reviewer);
      });

      it('embeds its two fonts, subset and mapped to Unicode, and no other', () => {
        const fonts = pdfFonts(get().file);
        expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
        for (const font of fonts) expect(font).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
      });

      it('is A4 on every page, with the export time as its dates and the language and title set', () => {
        const { file, pages } = get();
        const info = pdfInfo(file, ['-f', '1', '-l', String(pages.length), '-isodates']);
        expect(Number(info.get('Pages'))).toBe(pages.length);
        for (let page = 1; page <= pages.length; page++) expect(info.get(`Page ${String(page).padStart(4)} size`)).toBe('595.276 x 841.89 pts (A4)');
        expect(info.get('CreationDate')).toBe('2025-03-14T07:15:42Z');
        expect(info.get('ModDate')).toBe('2025-03-14T07:15:42Z');
        expect(info.get('Title')).toBe(t('sheet.document.pdfTitle', { exportId: EXAMPLE.exportId }));
        expect(info.get('Author')).toBe(EXAMPLE.organisation);
      });

      it('renders to images for a look at the layout (test/artifacts/assessment-sheet-*.png)', () => {
        const { file, pages } = get();
        const written = renderPages(file, join(ROOT, 'test/artifacts'), `assessment-sheet-${language}`, 60, 1, pages.length);
        expect(written).toHaveLength(pages.length);
      });
    });
  }

  it('renders the example sheet in well under a few seconds', () => {
    for (const { milliseconds } of rendered.values()) expect(milliseconds).toBeLessThan(5000);
  });

  it('states the publication setting, an interrupted export, a failed check, the pseudonym key holder and a bad thumbnail', async () => {
    const base = exampleSheet('en');
    const [good, ...rest] = base.pixels.thumbnails;
    const sheet: AssessmentSheet = {
      ...base,
      pixels: { ...base.pixels, thumbnails: [{ ...good!, png: good!.png.subarray(0, 60) }, ...rest] },
      release: { ...base.release, recipient: 'publication', status: 'interrupted' },
      identifiers: { ...base.identifiers, mode: 'pseudonymous', keyHolder: EXAMPLE.keyHolder },
      verification: { ...base.verification, passed: false, hits: 3 },
      smallNumbers: { ...base.smallNumbers, override: undefined },
    };
    const t = createTranslator('en');
    const body = bodyText(pageTexts(pdfFile(await renderAssessmentPdf(sheet)), 'raw'), 'en', sheet);
    expect(body).toContain(flat(t('sheet.release.recipientMeaning.publication')));
    expect(body).toContain(flat(t('sheet.release.interrupted')));
    expect(body).toContain(t('sheet.summary.verificationFailed'));
    expect(body).toContain(flat(t('sheet.identifiers.pseudonymous', { keyHolder: EXAMPLE.keyHolder })));
    expect(body).toContain(flat(t('sheet.smallNumbers.noOverride')));
    expect(body).toContain(t('sheet.pixels.thumbnailUnreadable'));
  });

  it('says so when there is nothing to list, or nothing recorded: no fields, refusals, masks, thumbnails, violations, names', async () => {
    const base = exampleSheet('sv');
    const sheet: AssessmentSheet = {
      ...base,
      release: { ...base.release, organisation: '', reference: ' ' },
      risks: [{ risk: 'iris', raised: false, objects: 0, reasons: [], scope: 'all' }, { risk: 'tattoo', raised: true, objects: 2, reasons: [], scope: 'all' }],
      data: { ...base.data, supplementaryFields: [], refused: [] },
      pixels: { series: [], thumbnails: [] },
      smallNumbers: { k: 5, fields: [], groups: 0, smallest: [], violations: 0, suggestions: [] },
      signOff: { operator: EXAMPLE.operator },
    };
    const t = createTranslator('sv');
    const body = bodyText(pageTexts(pdfFile(await renderAssessmentPdf(sheet)), 'raw'), 'sv', sheet);
    for (const key of ['data.noSupplementary', 'data.noneRefused', 'pixels.noSeries', 'pixels.noThumbnails', 'smallNumbers.noFields']) {
      expect(body, key).toContain(flat(t(`sheet.${key}`)));
    }
    expect(body).toContain(flat(t('sheet.smallNumbers.allReach', { k: '5' })));
    expect(body.split(t('sheet.format.notRecorded')).length - 1, 'title box and section 1, organisation and reference').toBe(4);
    expect(body).toContain(`${t('sheet.risks.decision')} ${t('sheet.risks.noDecisionNeeded')}`);
    expect(body).toContain(`${t('sheet.risks.finding')} ${t('sheet.risks.raised', { n: '2' })} ${t('sheet.risks.decision')} ${t('sheet.risks.noDecision')}`);
    expect(body).not.toMatch(/\bsheet\.[a-z]|\{[a-zA-Z]+\}/);
  });
});

/** The text of the pages in drawing order without the running header and footer, whitespace collapsed. */
function bodyText(rawPages: readonly string[], language: Language, sheet: AssessmentSheet): string {
  const t = createTranslator(language);
  const furniture = [t('sheet.furniture.header'), t('sheet.furniture.exportId', { exportId: EXAMPLE.exportId }), `Peitto ${sheet.release.peittoVersion} ·`];
  return flat(
    rawPages
      .flatMap((page) => page.split('\n'))
      .filter((line) => !furniture.some((f) => line.includes(f)))
      .join('\n'),
  );
}

/** A number as the sheet writes it in a language, with no-break spaces read as spaces like pdftotext's output. */
function formatted(language: Language, value: number): string {
  const thousands = createTranslator(language)('sheet.format.thousands').replace('\u00a0', ' ');
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
}
