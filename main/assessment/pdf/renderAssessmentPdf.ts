import { createTranslator } from '../../i18n/translate.js';
import type { AssessmentSheet } from '../assessmentSheet.js';
import { createFormatter, instantOf } from './format.js';
import { drawPageFurniture } from './furniture/pageFurniture.js';
import { titleBlock, type TitleFact } from './furniture/titleBlock.js';
import { Flow } from './layout/flow.js';
import { dataSection } from './sections/dataSection.js';
import { identifiersSection } from './sections/identifiersSection.js';
import { pixelsSection } from './sections/pixelsSection.js';
import { releaseSection } from './sections/releaseSection.js';
import { risksSection } from './sections/risksSection.js';
import { signOffSection } from './sections/signOffSection.js';
import { smallNumbersSection } from './sections/smallNumbersSection.js';
import { verificationSection } from './sections/verificationSection.js';
import type { SheetContext } from './sheetContext.js';
import { sheetDigest } from './sheetDigest.js';
import { documentInfo, openDocument } from './sheetDocument.js';

/** The sections of the sheet, in the order the assessment is read. */
const SECTIONS: readonly ((ctx: SheetContext) => void)[] = [
  releaseSection,
  dataSection,
  identifiersSection,
  pixelsSection,
  risksSection,
  smallNumbersSection,
  verificationSection,
  signOffSection,
];

/**
 * assessment.pdf: the documented risk assessment of one release, in the sheet's language, on A4. The result is a
 * function of the sheet alone (and of the fonts and translations shipped in assets/): rendering the same sheet
 * again, in any process, on any day, gives the same bytes.
 */
export async function renderAssessmentPdf(sheet: AssessmentSheet): Promise<Uint8Array> {
  const t = createTranslator(sheet.language);
  const format = createFormatter(t);
  const r = sheet.release;
  const names = { exportId: r.exportId, reference: r.reference, version: r.peittoVersion };
  const doc = openDocument();
  const stated = (label: string, value: string): TitleFact =>
    value.trim() ? { label, value } : { label, value: t('sheet.format.notRecorded'), tone: 'warning' };
  const flow = new Flow(doc);
  const ctx: SheetContext = { sheet, flow, t, format };

  titleBlock(flow, {
    title: t('sheet.document.title'),
    subtitle: t('sheet.document.subtitle'),
    basis: t('sheet.document.basis'),
    facts: [
      { label: t('sheet.release.exportId'), value: r.exportId },
      { label: t('sheet.release.createdAt'), value: format.dateTime(r.createdAt) },
      stated(t('sheet.release.organisation'), r.organisation),
      stated(t('sheet.release.reference'), r.reference),
      { label: t('sheet.release.recipient'), value: t(`sheet.release.recipientSetting.${r.recipient}`) },
      sheet.verification.passed
        ? { label: t('sheet.summary.verification'), value: t('sheet.summary.verificationPassed'), tone: 'ok' }
        : { label: t('sheet.summary.verification'), value: t('sheet.summary.verificationFailed'), tone: 'warning' },
      ...(r.status === 'interrupted' ? [{ label: t('sheet.summary.status'), value: t('sheet.release.interrupted'), tone: 'warning' as const }] : []),
    ],
  });
  for (const section of SECTIONS) section(ctx);

  drawPageFurniture(doc, {
    header: t('sheet.furniture.header'),
    exportId: t('sheet.furniture.exportId', { exportId: r.exportId }),
    footer: t('sheet.furniture.footer', { version: r.peittoVersion, dateTime: format.dateTime(r.createdAt) }),
    page: (page, pages) => t('sheet.furniture.page', { page, pages }),
  });
  return doc.finish(
    documentInfo({
      title: t('sheet.document.pdfTitle', names),
      subject: t('sheet.document.pdfSubject', names),
      author: r.organisation,
      keywords: t('sheet.document.pdfKeywords', names),
      creator: t('sheet.document.creator', names),
      created: instantOf(r.createdAt),
      language: t('sheet.document.languageTag'),
      contentDigest: sheetDigest(sheet),
      version: r.peittoVersion,
    }),
  );
}
